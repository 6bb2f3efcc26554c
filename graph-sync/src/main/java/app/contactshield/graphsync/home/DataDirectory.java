package app.contactshield.graphsync.home;

import app.contactshield.graphsync.store.StoreException;
import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Where Contact Shield keeps its files: an explicit option ({@code --data-dir}), else the environment variable
 * {@code CONTACT_SHIELD_HOME}, else the platform's per-user application data folder (Linux
 * {@code $XDG_DATA_HOME/contact-shield} or {@code ~/.local/share/contact-shield}, Windows
 * {@code %LOCALAPPDATA%\ContactShield}, macOS {@code ~/Library/Application Support/Contact Shield}). Immutable.
 *
 * @param path   the directory
 * @param origin how it was chosen, for {@code doctor}
 */
public record DataDirectory(Path path, Origin origin) {
    /** The environment variable that selects the data directory. */
    public static final String ENV = "CONTACT_SHIELD_HOME";

    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rwx------");

    /** How the directory was chosen. */
    public enum Origin { OPTION, ENVIRONMENT, PLATFORM_DEFAULT }

    /** Resolves the directory for this process (environment and system properties of the running JVM). */
    public static DataDirectory resolve(Optional<Path> option) {
        return resolve(option, System.getenv(), System.getProperty("os.name", ""), System.getProperty("user.home"));
    }

    /**
     * Resolves the directory from explicit inputs (for tests).
     *
     * @param option the {@code --data-dir} option, if given
     * @param env    the environment
     * @param osName the value of {@code os.name}
     * @param home   the user's home directory
     */
    public static DataDirectory resolve(Optional<Path> option, Map<String, String> env, String osName, String home) {
        if (option.isPresent()) {
            return new DataDirectory(option.get().toAbsolutePath(), Origin.OPTION);
        }
        String fromEnv = env.get(ENV);
        if (fromEnv != null && !fromEnv.isBlank()) {
            return new DataDirectory(Path.of(fromEnv).toAbsolutePath(), Origin.ENVIRONMENT);
        }
        return new DataDirectory(platformDefault(env, osName, home), Origin.PLATFORM_DEFAULT);
    }

    private static Path platformDefault(Map<String, String> env, String osName, String home) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            String local = env.get("LOCALAPPDATA");
            Path base = local == null || local.isBlank() ? Path.of(home, "AppData", "Local") : Path.of(local);
            return base.resolve("ContactShield");
        }
        if (os.startsWith("mac")) {
            return Path.of(home, "Library", "Application Support", "Contact Shield");
        }
        String xdg = env.get("XDG_DATA_HOME");
        Path base = xdg == null || xdg.isBlank() || !Path.of(xdg).isAbsolute()
                ? Path.of(home, ".local", "share") : Path.of(xdg);
        return base.resolve("contact-shield");
    }

    /**
     * Creates the directory when absent; on POSIX file systems it is made readable by its owner only. Returns the
     * path. Runs on the calling thread.
     *
     * @throws StoreException when the directory cannot be created or its permissions cannot be set
     */
    public Path create() throws StoreException {
        try {
            boolean posix = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
            if (!Files.isDirectory(path)) {
                if (posix) {
                    Files.createDirectories(path, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
                } else {
                    Files.createDirectories(path);
                }
            }
            if (posix) {
                Files.setPosixFilePermissions(path, OWNER_ONLY);
            }
            return path;
        } catch (IOException | UnsupportedOperationException e) {
            throw new StoreException("store.error.dataDir", "The data directory " + path + " (" + origin
                    + ") cannot be created with owner-only permissions", e);
        }
    }
}
