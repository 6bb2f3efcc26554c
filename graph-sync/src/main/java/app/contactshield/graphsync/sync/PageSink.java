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
}
