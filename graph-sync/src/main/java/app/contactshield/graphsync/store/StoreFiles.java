package app.contactshield.graphsync.store;

import app.contactshield.graphsync.home.OwnerOnly;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;

/**
 * Names the files of the encrypted store inside the data directory. Stateless.
 */
public final class StoreFiles {
    /** The base name H2 is given; H2 appends {@code .mv.db}. */
    public static final String DATABASE_NAME = "contacts";
    /** The suffix H2 gives the database file. */
    public static final String DATABASE_SUFFIX = ".mv.db";
    /** The file a process locks while it creates, checks or opens the store ({@link StoreLock}). */
    public static final String LOCK_NAME = DATABASE_NAME + ".lock";

    /** H2 writes its files in blocks of this size. */
    private static final int BLOCK_BYTES = 4096;
    /** The encryption header and the two store headers, each a block, come before any data. */
    private static final long MIN_STORE_BYTES = 3L * BLOCK_BYTES;
    /** How H2's encrypting file system starts every file. */
    private static final byte[] ENCRYPTED_HEADER = "H2encrypt\n".getBytes(StandardCharsets.US_ASCII);

    private StoreFiles() {
    }

    /**
     * Creates the data directory when absent, on POSIX file systems accessible to its owner only ({@code 700}),
     * before H2 writes anything into it. A folder that already exists keeps its permissions: it may be shared with
     * other people's files, and the store files in it are made owner-only anyway.
     */
    static void prepareDirectory(Path dataDir) throws IOException {
        OwnerOnly.createFolders(dataDir);
    }

    /** On POSIX file systems, makes every store file in the data directory readable by its owner only (600). */
    static void restrictFiles(Path dataDir) throws IOException {
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dataDir, DATABASE_NAME + "*")) {
            for (Path file : files) {
                if (Files.isRegularFile(file)) {
                    OwnerOnly.restrict(file);
                }
            }
        }
    }

    /** The path H2 is given for the store in {@code dataDir} (without suffix). */
    public static Path databaseBase(Path dataDir) {
        return dataDir.resolve(DATABASE_NAME);
    }

    /** The note that a read of the store failed in a way only damage explains; the next open sets it aside. */
    static Path damageMarker(Path dataDir) {
        return dataDir.resolve(DATABASE_NAME + ".damaged");
    }

    /**
     * What is wrong with the store file before H2 reads it, seen from outside: a note of an earlier failed read, a
     * length that no store has, or a start that is not H2's encryption header. H2 would take such a file for an
     * empty store and write over it (or roll it back to an old state), so it must be set aside before H2 opens it.
     *
     * @return the damage in words; empty when the file looks like an encrypted store
     */
    static Optional<String> damage(Path dataDir) {
        Path file = databaseFile(dataDir);
        try {
            if (Files.exists(damageMarker(dataDir))) {
                return Optional.of("an earlier read of it failed: " + Files.readString(damageMarker(dataDir)).strip());
            }
            byte[] start = new byte[ENCRYPTED_HEADER.length];
            try (InputStream in = Files.newInputStream(file)) {
                if (in.readNBytes(start, 0, start.length) < start.length || !Arrays.equals(start, ENCRYPTED_HEADER)) {
                    return Optional.of("it does not start with the header of an encrypted store");
                }
            }
            long size = Files.size(file);
            if (size < MIN_STORE_BYTES || size % BLOCK_BYTES != 0) {
                return Optional.of("it is cut short: " + size + " bytes, where a store has whole blocks of "
                        + BLOCK_BYTES + " bytes and at least " + MIN_STORE_BYTES);
            }
            return Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** The file {@link StoreLock} locks; it holds nothing. */
    public static Path lockFile(Path dataDir) {
        return dataDir.resolve(LOCK_NAME);
    }

    /** The database file itself. */
    public static Path databaseFile(Path dataDir) {
        return dataDir.resolve(DATABASE_NAME + DATABASE_SUFFIX);
    }
}
