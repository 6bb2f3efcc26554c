package app.contactshield.graphsync.sync;

/** Receives each page of a source's sync in order; the store implements it by committing page and cursor. */
@FunctionalInterface
public interface PageSink {

    /**
     * Commits one page; returns only when the page and its cursor are durable.
     *
     * @return what the page changed
     */
    PageResult accept(ChangePage page) throws SyncException;

    /**
     * Called with a page before {@link #accept}, on the thread that fetched it and possibly while the previous page
     * is still being accepted on another, so that a sink can do the work of the page that needs none of its locks
     * early. A source need not call it; the default does nothing.
     */
    default void prepare(ChangePage page) {
    }
}
