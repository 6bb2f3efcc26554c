package app.contactshield.graphsync.store;

import app.contactshield.graphsync.sync.SyncException;

/** The encrypted store could not be opened, read or written. */
public class StoreException extends SyncException {
    private static final long serialVersionUID = 1L;

    public StoreException(String userMessageKey, String message) {
        super(userMessageKey, message);
    }

    public StoreException(String userMessageKey, String message, Throwable cause) {
        super(userMessageKey, message, cause);
    }
}
