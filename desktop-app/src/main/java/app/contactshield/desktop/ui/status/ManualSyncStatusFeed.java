package app.contactshield.desktop.ui.status;

import app.contactshield.graphsync.sync.SyncProgress;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A sync status feed that an engine (or a test) drives by calling {@link #publish}, {@link #complete} and
 * {@link #fail}. Listeners run on the calling thread. Thread-safe.
 */
public final class ManualSyncStatusFeed implements SyncStatusFeed {
    private final List<Listener> listeners = new CopyOnWriteArrayList<>();
    private volatile Instant lastCompleted;
    private volatile Runnable retry = () -> { };

    /** @param lastCompleted when the last run completed, or {@code null} */
    public ManualSyncStatusFeed(Instant lastCompleted) {
        this.lastCompleted = lastCompleted;
    }

    /** Passes on one progress event. */
    public void publish(SyncProgress progress) {
        listeners.forEach(listener -> listener.progress(progress));
    }

    /** Marks a run complete. */
    public void complete(Instant at) {
        lastCompleted = at;
        listeners.forEach(listener -> listener.completed(at));
    }

    /** Marks a run failed; the last successful time stays. */
    public void fail(Instant at, String reasonKey) {
        listeners.forEach(listener -> listener.failed(at, reasonKey));
    }

    /** Sets what {@link #retry()} does: the schedule's "sync now". */
    public void onRetry(Runnable action) {
        retry = action;
    }

    @Override
    public void retry() {
        retry.run();
    }

    @Override
    public Optional<Instant> lastCompletedAt() {
        return Optional.ofNullable(lastCompleted);
    }

    @Override
    public void addListener(Listener listener) {
        listeners.add(listener);
    }
}
