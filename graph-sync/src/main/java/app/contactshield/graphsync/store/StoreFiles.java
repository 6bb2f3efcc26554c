package app.contactshield.graphsync.store;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Names the files of the encrypted store inside the data directory. Stateless.
 */
public final class StoreFiles {
    /** The base name H2 is given; H2 appends {@code .mv.db}. */
    public static final String DATABASE_NAME = "contacts";
    /** The suffix H2 gives the database file. */
    public static final String DATABASE_SUFFIX = ".mv.db";

    private static final Set<PosixFilePermission> OWNER_DIRECTORY = PosixFilePermissions.fromString("rwx------");
    private static final Set<PosixFilePermission> OWNER_FILE = PosixFilePermissions.fromString("rw-------");

    private StoreFiles() {
    }

    /**
     * Creates the data directory when absent, on POSIX file systems accessible to its owner only ({@code 700}),
     * before H2 writes anything into it. A folder that already exists keeps its permissions: it may be shared with
     * other people's files, and the store files in it are made owner-only anyway.
     */
    static void prepareDirectory(Path dataDir) throws IOException {
        if (Files.isDirectory(dataDir)) {
            return;
        }
        if (isPosix()) {
            Files.createDirectories(dataDir, PosixFilePermissions.asFileAttribute(OWNER_DIRECTORY));
            Files.setPosixFilePermissions(dataDir, OWNER_DIRECTORY);
        } else {
            Files.createDirectories(dataDir);
        }
    }

    /** On POSIX file systems, makes every store file in the data directory readable by its owner only (600). */
    static void restrictFiles(Path dataDir) throws IOException {
        if (!isPosix()) {
            return;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dataDir, DATABASE_NAME + "*")) {
            for (Path file : files) {
                if (Files.isRegularFile(file)) {
                    Files.setPosixFilePermissions(file, OWNER_FILE);
                }
            }
        }
    }

    private static boolean isPosix() {
        return FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    }

    /** The path H2 is given for the store in {@code dataDir} (without suffix). */
    public static Path databaseBase(Path dataDir) {
        return dataDir.resolve(DATABASE_NAME);
    }

    /** The database file itself. */
    public static Path databaseFile(Path dataDir) {
        return dataDir.resolve(DATABASE_NAME + DATABASE_SUFFIX);
    }
}
