package app.contactshield.graphsync.keys;

import app.contactshield.graphsync.store.StoreException;
import java.util.Optional;

/**
 * Keeps the random 256-bit key of the encrypted store. Implementations run on the calling thread, which must not be
 * the JavaFX thread.
 */
public interface StoreKeyVault {

    /** Which key store holds the key and how it is protected, for {@code doctor}; never the key itself. */
    String describe();

    /** The stored key, or empty when none was created yet. */
    Optional<byte[]> load() throws StoreException;

    /** The stored key; on first use a new random key is generated and stored. */
    byte[] loadOrCreate() throws StoreException;

    /** Deletes the key; returns a description of what was deleted, or empty when there was no key. */
    Optional<String> delete() throws StoreException;
}
