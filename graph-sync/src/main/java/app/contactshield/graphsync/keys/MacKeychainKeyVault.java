package app.contactshield.graphsync.keys;

import app.contactshield.graphsync.store.StoreException;
import com.microsoft.aad.msal4jextensions.persistence.mac.KeyChainAccessor;
import java.nio.file.Path;
import java.util.Optional;

/** Keeps the store key in the macOS login Keychain through msal4j-persistence-extension's accessor. */
public final class MacKeychainKeyVault implements StoreKeyVault {
    private final KeyChainAccessor accessor;

    /** A vault for the store of one data directory. */
    public MacKeychainKeyVault(Path dataDir) {
        this.accessor = new KeyChainAccessor(dataDir.resolve("store-key.keychain").toString(),
                "Contact Shield store key", SecretServiceKeyVault.digest(dataDir));
    }

    @Override
    public Optional<byte[]> load() throws StoreException {
        try {
            byte[] value = accessor.read();
            return value == null || value.length == 0 ? Optional.empty() : Optional.of(value);
        } catch (RuntimeException e) {
            throw new StoreException("store.error.keyring", "The Keychain refused to read the store key", e);
        }
    }

    @Override
    public void store(byte[] key) throws StoreException {
        try {
            accessor.write(key);
        } catch (RuntimeException e) {
            throw new StoreException("store.error.keyring", "The Keychain refused to store the store key", e);
        }
    }

    @Override
    public boolean delete() throws StoreException {
        boolean existed = load().isPresent();
        try {
            accessor.delete();
            return existed;
        } catch (RuntimeException e) {
            throw new StoreException("store.error.keyring", "The Keychain refused to delete the store key", e);
        }
    }

    @Override
    public String describe() {
        return "macOS Keychain";
    }
}
