package app.contactshield.graphsync.keys;

import app.contactshield.graphsync.store.StoreException;
import java.util.Optional;

/**
 * One place that keeps a small secret: an entry in the operating system's key store, or a file whose content is
 * already protected (DPAPI blob, passphrase-wrapped key). Implementations run on the calling thread, which must not
 * be the JavaFX thread (a key store may prompt or block).
 */
public interface SecretSlot {

    /** Names the key store and entry for {@code doctor}, without the secret. */
    String describe();

    /** The stored bytes, or empty when nothing is stored. */
    Optional<byte[]> read() throws StoreException;

    /** Stores (replacing) the bytes. */
    void write(byte[] secret) throws StoreException;

    /** Removes the stored bytes; returns a description of what was deleted, or empty when nothing was stored. */
    Optional<String> delete() throws StoreException;
}
