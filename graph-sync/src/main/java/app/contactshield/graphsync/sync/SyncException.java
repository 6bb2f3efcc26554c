package app.contactshield.graphsync.sync;

/**
 * A sync, sign-in or store step failed. The message names the bad value, the limit and where the limit came from;
 * {@link #userMessageKey()} names the short sentence a person sees (a resource-bundle key).
 */
public class SyncException extends Exception {
    private static final long serialVersionUID = 1L;

    private final String userMessageKey;

    public SyncException(String userMessageKey, String message) {
        super(message);
        this.userMessageKey = userMessageKey;
    }

    public SyncException(String userMessageKey, String message, Throwable cause) {
        super(message, cause);
        this.userMessageKey = userMessageKey;
    }

    /** The resource-bundle key of the sentence to show a person, for example {@code sync.error.offline}. */
    public String userMessageKey() {
        return userMessageKey;
    }
}
