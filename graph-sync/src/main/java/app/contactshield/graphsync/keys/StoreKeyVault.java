package app.contactshield.graphsync.keys;

import app.contactshield.graphsync.store.StoreException;
import java.security.SecureRandom;
import java.util.Optional;

/**
 * Keeps the random 256-bit key that opens the encrypted store. Implementations hold it in the operating system's key
 * store, or wrapped with a key derived from a passphrase or PIN. Calls may block on the key store (D-Bus, Keychain)
 * and must not run on the JavaFX thread.
 */
public interface StoreKeyVault {
    /** Length of the store key in bytes. */
    int KEY_BYTES = 32;

    /** The stored key, or empty when this vault holds none yet. */
    Optional<byte[]> load() throws StoreException;

    /** Stores a key, replacing any earlier one. */
    void store(byte[] key) throws StoreException;

    /** Deletes the key; returns whether there was one. */
    boolean delete() throws StoreException;

    /** Where the key is kept, in words for {@code doctor} ("Secret Service (login keyring)"). */
    String describe();

    /** Loads the key, creating and storing a new random one on first start. */
    default byte[] loadOrCreate() throws StoreException {
        Optional<byte[]> existing = load();
        if (existing.isPresent()) {
            return existing.get();
        }
        byte[] key = new byte[KEY_BYTES];
        new SecureRandom().nextBytes(key);
        store(key);
        return key;
    }
}
