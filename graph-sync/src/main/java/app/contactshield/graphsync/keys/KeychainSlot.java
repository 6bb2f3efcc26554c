package app.contactshield.graphsync.keys;

import app.contactshield.graphsync.store.StoreException;
import com.microsoft.aad.msal4jextensions.persistence.mac.KeyChainAccessor;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * A generic password in the macOS login Keychain, by way of msal4j-persistence-extension's {@link KeyChainAccessor}.
 * The library touches a marker file in the data directory; the marker holds no secret. Runs on the calling thread;
 * the Keychain may ask the user for permission.
 */
public final class KeychainSlot implements SecretSlot {
    private static final String SERVICE = "app.contactshield.desktop";

    private final Path marker;
    private final String account;

    /**
     * @param marker  the marker file the library touches
     * @param account the Keychain account name of the entry (for example {@code store-key})
     */
    public KeychainSlot(Path marker, String account) {
        this.marker = marker;
        this.account = account;
    }

    @Override
    public String describe() {
        return "macOS Keychain, service " + SERVICE + ", account " + account;
    }

    @Override
    public Optional<byte[]> read() throws StoreException {
        try {
            byte[] stored = accessor().read();
            return stored == null || stored.length == 0 ? Optional.empty() : Optional.of(stored);
        } catch (RuntimeException | LinkageError e) {
            throw failure("Reading", e);
        }
    }

    @Override
    public void write(byte[] secret) throws StoreException {
        try {
            ensureMarker();
            accessor().write(secret);
        } catch (RuntimeException | LinkageError | IOException e) {
            throw failure("Writing", e);
        }
    }

    @Override
    public Optional<String> delete() throws StoreException {
        try {
            if (read().isEmpty()) {
                return Optional.empty();
            }
            ensureMarker();
            accessor().delete();
            Files.deleteIfExists(marker);
            return Optional.of(describe());
        } catch (RuntimeException | LinkageError | IOException e) {
            throw failure("Deleting", e);
        }
    }

    private KeyChainAccessor accessor() {
        return new KeyChainAccessor(marker.toString(), SERVICE, account);
    }

    private void ensureMarker() throws IOException {
        if (!Files.exists(marker)) {
            Files.createFile(marker);
        }
    }

    private StoreException failure(String what, Throwable cause) {
        return new StoreException("store.error.keyStore", what + " the " + describe() + " failed: "
                + cause.getClass().getSimpleName(), cause);
    }
}
