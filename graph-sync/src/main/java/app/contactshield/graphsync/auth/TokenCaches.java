package app.contactshield.graphsync.auth;

import app.contactshield.graphsync.sync.SyncException;
import com.microsoft.aad.msal4j.ITokenCacheAccessAspect;
import com.microsoft.aad.msal4jextensions.PersistenceSettings;
import com.microsoft.aad.msal4jextensions.PersistenceTokenCacheAccessAspect;
import com.microsoft.aad.msal4jextensions.persistence.linux.KeyRingAccessException;
import com.microsoft.aad.msal4jextensions.persistence.linux.KeyRingAccessor;
import com.sun.jna.Platform;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds MSAL's persistent token cache with msal4j-persistence-extension, encrypted by the operating system. On
 * Linux it first checks that a Secret Service keyring answers; when none does it reports
 * {@link #KEY_KEYRING_MISSING} so the UI can ask the user before falling back to {@link TokenCacheMode#MEMORY_ONLY}.
 * Runs on the calling thread (the keyring check talks D-Bus); never call it on the JavaFX thread.
 */
public final class TokenCaches {
    /** Message key: no OS key store is available for the token cache; ask the user before any fallback. */
    public static final String KEY_KEYRING_MISSING = "signin.keyring.missing";
    private static final Logger LOG = LoggerFactory.getLogger(TokenCaches.class);
    private static final String FILE = "msal-token-cache.bin";
    private static final String SCHEMA = "app.contactshield.tokencache";
    private static final String LABEL = "Contact Shield sign-in";

    private final KeyringCheck keyringCheck;

    /** Uses the real Secret Service check on Linux. */
    public TokenCaches() {
        this(TokenCaches::verifySecretService);
    }

    TokenCaches(KeyringCheck keyringCheck) {
        this.keyringCheck = keyringCheck;
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
        PersistenceSettings settings = PersistenceSettings.builder(FILE, directory)
                .setMacKeychain("app.contactshield", "msal-token-cache")
                .setLinuxKeyring(null, SCHEMA, LABEL, "application", "contact-shield", "purpose", "msal-cache")
                .setLockRetry(100, 60)
                .build();
        Path file = directory.resolve(FILE);
        try {
            Files.createDirectories(directory);
            if (!Files.exists(file)) {
                Files.createFile(file);
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

    private static void verifySecretService(Path cacheFile) throws SyncException {
        try {
            new KeyRingAccessor(cacheFile.toString(), null, SCHEMA, LABEL, "application", "contact-shield",
                    "purpose", "msal-cache").verify();
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
}
