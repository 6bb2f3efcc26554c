package app.contactshield.graphsync.store;

import app.contactshield.graphsync.sync.SyncException;

/** The encrypted store could not be opened, read or written. */
public class StoreException extends SyncException {
    private static final long serialVersionUID = 1L;

    /** Whether the store file is damaged, so the next open should set it aside ({@link StoreOpener#markDamaged}). */
    public boolean damaged() {
        return SqlErrors.DAMAGED.equals(userMessageKey());
    }

    public StoreException(String userMessageKey, String message) {
        super(userMessageKey, message);
    }

    public StoreException(String userMessageKey, String message, Throwable cause) {
        super(userMessageKey, message, cause);
    }
}
