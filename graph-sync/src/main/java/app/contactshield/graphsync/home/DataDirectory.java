package app.contactshield.graphsync.home;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The folder that holds the encrypted store, the wrapped key (where no key store exists), the token cache marker and
 * the user's settings. Chosen by an explicit option, else the environment variable {@code CONTACT_SHIELD_HOME},
 * else the platform's per-user application data folder.
 *
 * @param path the folder
 */
public record DataDirectory(Path path) {
    /** The environment variable that selects the data directory. */
    public static final String ENV = "CONTACT_SHIELD_HOME";

    private static final Set<PosixFilePermission> OPEN_TO_OTHERS = EnumSet.of(PosixFilePermission.GROUP_READ,
            PosixFilePermission.GROUP_WRITE, PosixFilePermission.OTHERS_READ, PosixFilePermission.OTHERS_WRITE);

    public DataDirectory {
        Objects.requireNonNull(path, "path");
        path = path.toAbsolutePath().normalize();
    }

    /** Resolves the data directory for this process from the option, its environment and its platform. */
    public static DataDirectory resolve(Optional<Path> option) {
        return resolve(option, System.getenv(), System.getProperty("os.name"), System.getProperty("user.home"));
    }

    /** Resolves the data directory from explicit inputs (for tests and other platforms). */
    public static DataDirectory resolve(Optional<Path> option, Map<String, String> env, String osName, String home) {
        if (option.isPresent()) {
            return new DataDirectory(option.get());
        }
        String fromEnv = env.get(ENV);
        if (fromEnv != null && !fromEnv.isBlank()) {
            return new DataDirectory(Path.of(fromEnv));
        }
        String os = osName == null ? "" : osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            String local = env.getOrDefault("LOCALAPPDATA", home + "\\AppData\\Local");
            return new DataDirectory(Path.of(local, "ContactShield"));
        }
        if (os.startsWith("mac")) {
            return new DataDirectory(Path.of(home, "Library", "Application Support", "Contact Shield"));
        }
        String xdg = env.get("XDG_DATA_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(home, ".local", "share");
        return new DataDirectory(base.resolve("contact-shield"));
    }

    /**
     * Creates the folder if needed, readable and writable by its owner only where the file system allows. A folder
     * that already exists keeps its permissions, whoever else may use it ({@link #openToOthers()} tells).
     */
    public DataDirectory ensureExists() {
        try {
            OwnerOnly.createFolders(path);
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the data directory " + path, e);
        }
    }

    /**
     * The permissions of this folder when other users may read or write in it (group or others), in the form
     * {@code ls -l} shows them ({@code rwxrwxrwx}); empty when only its owner may, when it does not exist or where
     * the file system has no POSIX permissions.
     */
    public Optional<String> openToOthers() {
        if (!isPosix() || !Files.isDirectory(path)) {
            return Optional.empty();
        }
        try {
            Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(path);
            boolean open = permissions.stream().anyMatch(OPEN_TO_OTHERS::contains);
            return open ? Optional.of(PosixFilePermissions.toString(permissions)) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static boolean isPosix() {
        return FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    }

    /**
     * The file that stands where this folder or one of its parents should be, so that no store can be made here
     * (opening it would fail, and guessing another folder would hide the mistake).
     *
     * @return the path that is a file, not a folder; empty when the folder exists or can be created
     */
    public Optional<Path> fileInTheWay() {
        for (Path at = path; at != null; at = at.getParent()) {
            if (Files.exists(at)) {
                return Files.isDirectory(at) ? Optional.empty() : Optional.of(at);
            }
        }
        return Optional.empty();
    }

    /**
     * Creates the folder where it is missing, as {@link #ensureExists()} does, and says why it cannot be: the path the
     * system refused and its reason, e.g. {@code /proc/x: no such file or directory} or {@code /srv: permission
     * denied}. Empty when the folder exists or was created, and when a file stands in the way ({@link #fileInTheWay()}
     * names that).
     */
    public Optional<String> whyNotCreated() {
        if (Files.isDirectory(path) || fileInTheWay().isPresent()) {
            return Optional.empty();
        }
        try {
            ensureExists();
            return Optional.empty();
        } catch (UncheckedIOException e) {
            IOException cause = e.getCause();
            String at = cause instanceof FileSystemException system && system.getFile() != null ? system.getFile()
                    : path.toString();
            String reason;
            if (cause instanceof AccessDeniedException) {
                reason = "permission denied";
            } else if (cause instanceof NoSuchFileException) {
                reason = "no such file or directory";
            } else if (cause instanceof FileSystemException system && system.getReason() != null) {
                reason = system.getReason();
            } else {
                reason = cause.getClass().getSimpleName();
            }
            return Optional.of(at + ": " + reason);
        }
    }

    /** A file inside the data directory. */
    public Path resolveFile(String name) {
        return path.resolve(name);
    }

    @Override
    public String toString() {
        return path.toString();
    }
}
