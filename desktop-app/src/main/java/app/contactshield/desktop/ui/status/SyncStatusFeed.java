package app.contactshield.desktop.ui.status;

import app.contactshield.graphsync.sync.SyncProgress;
import java.time.Instant;
import java.util.Optional;

/**
 * What the status bar learns about syncing: progress events during a run, when the last run succeeded and why a run
 * failed. The sync engine publishes here; listeners are called on the syncing thread and must hand over to the
 * toolkit.
 */
public interface SyncStatusFeed {

    /** When the last sync run completed successfully, if one has (also from an earlier start of the app). */
    Optional<Instant> lastCompletedAt();

    /** Registers a listener. */
    void addListener(Listener listener);

    /** Asks for a sync now, off the calling thread (the status bar's retry); does nothing where nothing syncs. */
    default void retry() {
    }

    /** Told about a sync run. */
    interface Listener {
        /** One source committed a page or finished. */
        void progress(SyncProgress progress);

        /** The whole run completed and every source finished. */
        void completed(Instant at);

        /**
         * The run ended with at least one source failing; what was committed stays and the next scheduled run
         * still happens.
         *
         * @param at        when the run ended
         * @param reasonKey the resource-bundle key of the first failure (a {@code SyncException}'s user message key)
         */
        default void failed(Instant at, String reasonKey) {
        }
    }
}
