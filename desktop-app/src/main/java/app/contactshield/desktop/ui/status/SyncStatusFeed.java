package app.contactshield.desktop.ui.status;

import app.contactshield.graphsync.sync.SyncProgress;
import java.time.Instant;
import java.util.Optional;

/**
 * What the status bar learns about syncing: progress events during a run and when the last run completed. The
 * sync engine publishes here; listeners are called on the syncing thread and must hand over to the toolkit.
 */
public interface SyncStatusFeed {

    /** When the last sync run completed, if one has. */
    Optional<Instant> lastCompletedAt();

    /** Registers a listener. */
    void addListener(Listener listener);

    /** Told about a sync run. */
    interface Listener {
        /** One source committed a page or finished. */
        void progress(SyncProgress progress);

        /** The whole run completed. */
        void completed(Instant at);
    }
}
