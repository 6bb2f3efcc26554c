package app.contactshield.graphsync.sync;

import app.contactshield.graphsync.model.SourceId;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * A place contacts come from. A source fetches changes since a cursor, page by page, and hands each page to the
 * sink before it fetches the next, so that a crash loses at most the page in flight. Implementations do their I/O on
 * the calling thread, which must never be the JavaFX thread.
 */
public interface ContactSource {

    /** The id of this source. */
    SourceId id();

    /**
     * Syncs from {@code from} (empty: a full sync) until the round is complete.
     *
     * @param from     the last committed cursor, or empty for a full sync
     * @param sink     commits each page and its cursor
     * @param progress told after each committed page; called on the syncing thread
     * @return the summary of the run
     * @throws SyncException when the source cannot be read; pages committed before the failure stay committed
     */
    SourceReport sync(Optional<DeltaCursor> from, PageSink sink, Consumer<SyncProgress> progress)
            throws SyncException;
}
