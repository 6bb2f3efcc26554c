package app.contactshield.graphsync.auth;

import app.contactshield.graphsync.home.OwnerOnly;
import app.contactshield.graphsync.sync.SyncException;
import com.microsoft.aad.msal4j.ITokenCacheAccessAspect;
import com.microsoft.aad.msal4jextensions.PersistenceSettings;
import com.microsoft.aad.msal4jextensions.PersistenceTokenCacheAccessAspect;
import com.microsoft.aad.msal4jextensions.persistence.ICacheAccessor;
import com.microsoft.aad.msal4jextensions.persistence.linux.KeyRingAccessException;
import com.microsoft.aad.msal4jextensions.persistence.linux.KeyRingAccessor;
import com.microsoft.aad.msal4jextensions.persistence.mac.KeyChainAccessor;
import com.sun.jna.Platform;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds MSAL's persistent token cache with msal4j-persistence-extension, encrypted by the operating system. On
 * Linux it first checks that a Secret Service keyring answers; when none does it reports
 * {@link #KEY_KEYRING_MISSING} so the UI can ask the user before falling back to {@link TokenCacheMode#MEMORY_ONLY}.
 * On Linux the tokens live in the Secret Service and on macOS in the Keychain (the cache file is only a marker whose
 * time stamp tells other processes that the cache changed); on Windows the file holds them, encrypted with DPAPI.
 * Each cache directory has its own keyring entry, told apart by {@link #directoryId(Path)}, so two data directories
 * never share a sign-in and wiping one leaves the other alone. Runs on the calling thread (the keyring talks
 * D-Bus); never call it on the JavaFX thread.
 */
public final class TokenCaches {
    /** Message key: no OS key store is available for the token cache; ask the user before any fallback. */
    public static final String KEY_KEYRING_MISSING = "signin.keyring.missing";
    private static final Logger LOG = LoggerFactory.getLogger(TokenCaches.class);
    /** The cache file (Windows) or marker file (Linux, macOS) inside the cache directory. */
    public static final String FILE = "msal-token-cache.bin";
    private static final String SCHEMA = "app.contactshield.tokencache";
    private static final String LABEL = "Contact Shield sign-in";
    private static final String APP_KEY = "application";
    private static final String APP = "contact-shield";
    private static final String DIR_KEY = "data-dir";
    private static final String MAC_SERVICE = "app.contactshield";

    private final KeyringCheck keyringCheck;
    private final KeyringEntry keyring;

    /** Uses the real Secret Service (Linux) or Keychain (macOS). */
    public TokenCaches() {
        this(TokenCaches::verifySecretService, TokenCaches::deleteFromOsKeyring);
    }

    TokenCaches(KeyringCheck keyringCheck) {
        this(keyringCheck, TokenCaches::deleteFromOsKeyring);
    }

    TokenCaches(KeyringCheck keyringCheck, KeyringEntry keyring) {
        this.keyringCheck = keyringCheck;
        this.keyring = keyring;
    }

    /**
     * The cache for a mode: the OS-encrypted cache file below {@code directory}, or none for memory only.
     *
     * @param mode      where the cache lives
     * @param directory the directory for the encrypted cache and its lock file
     * @return the cache aspect, or empty for {@link TokenCacheMode#MEMORY_ONLY}
     * @throws SyncException {@link #KEY_KEYRING_MISSING} when the OS key store is missing or refuses access
     */
    public Optional<ITokenCacheAccessAspect> open(TokenCacheMode mode, Path directory) throws SyncException {
        if (mode == TokenCacheMode.MEMORY_ONLY) {
            LOG.info("Token cache kept in memory only, as the user agreed");
            return Optional.empty();
        }
        String id = directoryId(directory);
        PersistenceSettings settings = PersistenceSettings.builder(FILE, directory)
                .setMacKeychain(MAC_SERVICE, macAccount(id))
                .setLinuxKeyring(null, SCHEMA, LABEL, APP_KEY, APP, DIR_KEY, id)
                .setLockRetry(100, 60)
                .build();
        Path file = directory.resolve(FILE);
        try {
            OwnerOnly.createFolders(directory);
            if (!Files.exists(file)) {
                OwnerOnly.emptyFile(file);
            }
        } catch (IOException e) {
            throw new SyncException("signin.cache.unwritable", "The token cache directory " + directory
                    + " cannot be written", e);
        }
        if (Platform.isLinux()) {
            keyringCheck.verify(file);
        }
        try {
            return Optional.of(new PersistenceTokenCacheAccessAspect(settings));
        } catch (IOException e) {
            throw new SyncException("signin.cache.unwritable", "The token cache in " + directory
                    + " cannot be opened", e);
        }
    }

    /**
     * Deletes the cached sign-in of a cache directory: the keyring entry (Secret Service on Linux, Keychain on
     * macOS) and the files (the DPAPI-encrypted cache on Windows, the marker and lock elsewhere).
     *
     * @param directory the directory given to {@link #open}
     * @return one line per deleted item, for {@code wipe} to print
     * @throws SyncException when the keyring refuses, or a file cannot be deleted
     */
    public List<String> delete(Path directory) throws SyncException {
        List<String> deleted = new ArrayList<>();
        String id = directoryId(directory);
        Path marker = directory.resolve(FILE);
        if (Platform.isLinux() || Platform.isMac()) {
            keyring.delete(marker, id).ifPresent(deleted::add);
        }
        try {
            deleted.addAll(deleteTree(directory));
        } catch (IOException e) {
            throw new SyncException("signin.cache.unwritable", "The token cache directory " + directory
                    + " cannot be deleted", e);
        }
        LOG.info("Cached sign-in deleted: {} items", deleted.size());
        return deleted;
    }

    /**
     * The stable, non-personal id of a cache directory in the keyring's attributes: the first 16 bytes of the
     * SHA-256 of its absolute path, in hex.
     */
    public static String directoryId(Path directory) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(directory.toAbsolutePath().normalize()
                    .toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime provides SHA-256", e);
        }
    }

    private static String macAccount(String id) {
        return "msal-token-cache-" + id;
    }

    private static List<String> deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return List.of();
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
        return List.of("the token cache files in " + root);
    }

    /**
     * The keyring entry that holds the cache of a directory (Secret Service on Linux, Keychain on macOS), for
     * {@code doctor} and tests; empty on Windows, where the DPAPI-encrypted file holds it. Reading it blocks on the
     * keyring.
     */
    public static Optional<ICacheAccessor> keyringEntry(Path directory) {
        Path marker = directory.resolve(FILE);
        if (Platform.isMac()) {
            return Optional.of(new KeyChainAccessor(marker.toString(), MAC_SERVICE,
                    macAccount(directoryId(directory))));
        }
        return Platform.isLinux() ? Optional.of(secretServiceEntry(marker)) : Optional.empty();
    }

    /** The keyring entry of a cache directory, as msal4j-persistence-extension keeps it. */
    static KeyRingAccessor secretServiceEntry(Path cacheFile) {
        return new KeyRingAccessor(cacheFile.toString(), null, SCHEMA, LABEL, APP_KEY, APP, DIR_KEY,
                directoryId(cacheFile.getParent()));
    }

    private static Optional<String> deleteFromOsKeyring(Path marker, String id) throws SyncException {
        String bus = System.getenv("DBUS_SESSION_BUS_ADDRESS");
        if (Platform.isLinux() && (bus == null || bus.isBlank())) {
            LOG.info("No D-Bus session, so no Secret Service can hold a cached sign-in");
            return Optional.empty();
        }
        try {
            ICacheAccessor entry = Platform.isMac() ? new KeyChainAccessor(marker.toString(), MAC_SERVICE,
                    macAccount(id)) : secretServiceEntry(marker);
            byte[] held = entry.read();
            if (held == null || held.length == 0) {
                return Optional.empty();
            }
            entry.delete();
            return Optional.of("the sign-in tokens in the " + (Platform.isMac() ? "Keychain" : "Secret Service")
                    + " (" + LABEL + ", data directory id " + id + ")");
        } catch (RuntimeException | Error e) {
            throw new SyncException("signin.cache.unwritable", "The keyring refused to delete the cached sign-in ("
                    + e.getClass().getSimpleName() + ")", e);
        }
    }

    private static void verifySecretService(Path cacheFile) throws SyncException {
        try {
            secretServiceEntry(cacheFile).verify();
        } catch (KeyRingAccessException | Error e) {
            // With JNA 5.14 and later the extension's error path fails inside JNA with java.lang.Error (it cannot
            // read its package-private GError structure), so a missing keyring surfaces as an Error, not as
            // KeyRingAccessException; a missing libsecret surfaces as UnsatisfiedLinkError.
            LOG.warn("No Secret Service keyring answered ({}); asking the user before any fallback",
                    e.getClass().getSimpleName());
            throw new SyncException(KEY_KEYRING_MISSING, "No Secret Service keyring is available for the token "
                    + "cache (" + e.getClass().getSimpleName() + "); the user must agree to a memory-only cache", e);
        }
    }

    /** Checks that the Secret Service keyring answers. */
    @FunctionalInterface
    interface KeyringCheck {
        void verify(Path cacheFile) throws SyncException;
    }

    /** Deletes a cache directory's keyring entry, saying what it deleted (empty when there was none). */
    @FunctionalInterface
    interface KeyringEntry {
        Optional<String> delete(Path marker, String directoryId) throws SyncException;
    }
}
