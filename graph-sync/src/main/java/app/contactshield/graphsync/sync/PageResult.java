package app.contactshield.graphsync.sync;

/**
 * What committing one page changed in the store.
 *
 * @param added   records new to the store
 * @param changed records that existed and changed (or came back from hiding)
 * @param removed records removed or hidden
 */
public record PageResult(int added, int changed, int removed) {
    public static final PageResult NONE = new PageResult(0, 0, 0);

    /** The sum of two results. */
    public PageResult plus(PageResult other) {
        return new PageResult(added + other.added, changed + other.changed, removed + other.removed);
    }
}
