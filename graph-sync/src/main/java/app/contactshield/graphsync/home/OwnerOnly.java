package app.contactshield.graphsync.home;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Makes the folders and files that hold a user's data private to that user on POSIX file systems: folders
 * {@code 700}, files {@code 600}, whichever part of the app (command line or desktop) creates them first. Elsewhere
 * (Windows) the per-user folder's own access rules apply and nothing is changed. Stateless.
 */
public final class OwnerOnly {
    private static final Set<PosixFilePermission> FOLDER = PosixFilePermissions.fromString("rwx------");
    private static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");

    private OwnerOnly() {
    }

    /**
     * Creates a folder and its missing parents, each new one {@code 700}. A folder that already exists keeps its
     * permissions: it may be one the user chose to share ({@link DataDirectory#openToOthers()} tells).
     */
    public static Path createFolders(Path folder) throws IOException {
        if (Files.isDirectory(folder)) {
            return folder;
        }
        if (!isPosix()) {
            return Files.createDirectories(folder);
        }
        Path parent = folder.toAbsolutePath().getParent();
        if (parent != null && !Files.isDirectory(parent)) {
            createFolders(parent);
        }
        Files.createDirectories(folder, PosixFilePermissions.asFileAttribute(FOLDER));
        Files.setPosixFilePermissions(folder, FOLDER);
        return folder;
    }

    /**
     * Makes an empty file, or empties one that exists, readable and writable by its owner only before anything is
     * written into it; its folder is created as {@link #createFolders} does.
     */
    public static Path emptyFile(Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            createFolders(parent);
        }
        Files.deleteIfExists(file);
        if (isPosix()) {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(FILE));
            Files.setPosixFilePermissions(file, FILE);
        } else {
            Files.createFile(file);
        }
        return file;
    }

    /** Makes an existing file readable and writable by its owner only. */
    public static void restrict(Path file) throws IOException {
        if (isPosix()) {
            Files.setPosixFilePermissions(file, FILE);
        }
    }

    private static boolean isPosix() {
        return FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    }
}
