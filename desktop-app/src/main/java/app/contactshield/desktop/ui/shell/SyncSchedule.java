package app.contactshield.desktop.ui.shell;

import app.contactshield.desktop.ui.status.ManualSyncStatusFeed;
import app.contactshield.graphsync.model.SourceId;
import app.contactshield.graphsync.store.ContactStore;
import app.contactshield.graphsync.sync.SyncEngine;
import app.contactshield.graphsync.sync.SyncException;
import app.contactshield.graphsync.sync.SyncRun;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Syncs the enabled sources at start and then every interval, on the sync engine's own thread (never the JavaFX
 * thread), publishing progress, success and failure to the status bar's feed; the feed's retry runs one sync at
 * once, and a failed run never stops the next scheduled one. A timer thread named {@value #THREAD_NAME} only starts
 * the runs, one at a time. Whoever starts it closes it, which also closes the engine.
 */
final class SyncSchedule implements AutoCloseable {
    /** The name of the timer thread. */
    static final String THREAD_NAME = "contactshield-sync-timer";
    /** The reason shown for a failure that carries no user message key. */
    static final String UNEXPECTED = "sync.error.unexpected";

    private static final Logger LOG = LoggerFactory.getLogger(SyncSchedule.class);

    private final SyncEngine engine;
    private final ManualSyncStatusFeed status;
    private final Clock clock;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, THREAD_NAME);
        thread.setDaemon(true);
        return thread;
    });
    private ScheduledFuture<?> next;

    SyncSchedule(SyncEngine engine, ManualSyncStatusFeed status, Clock clock) {
        this.engine = Objects.requireNonNull(engine, "engine");
        this.status = Objects.requireNonNull(status, "status");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Runs the first sync now and the next ones every {@code interval}; the feed's retry syncs at once. */
    synchronized void start(Duration interval) {
        status.onRetry(this::syncNow);
        next = timer.scheduleWithFixedDelay(this::runOnce, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Keeps the schedule but with another interval, counted from now. */
    synchronized void changeInterval(Duration interval) {
        if (next != null) {
            next.cancel(false);
        }
        next = timer.scheduleWithFixedDelay(this::runOnce, interval.toMillis(), interval.toMillis(),
                TimeUnit.MILLISECONDS);
        LOG.info("Syncs now run every {} min", interval.toMinutes());
    }

    /** Runs one sync as soon as the timer is free; the schedule goes on as before. */
    void syncNow() {
        try {
            timer.execute(this::runOnce);
        } catch (RejectedExecutionException e) {
            LOG.debug("The app is closing; no sync is started");
        }
    }

    private void runOnce() {
        long started = System.nanoTime();
        try {
            SyncRun run = engine.start(status::publish).join();
            if (run.succeeded()) {
                LOG.info("Sync finished in {} ms", (System.nanoTime() - started) / 1_000_000);
                status.complete(clock.instant());
                return;
            }
            LOG.warn("Sync of {} source(s) failed; the next one runs at the next interval", run.failures().size());
            status.fail(clock.instant(), run.failures().values().iterator().next().userMessageKey());
        } catch (CompletionException e) {
            LOG.warn("Sync failed; the next one runs at the next interval: {}", e.getCause().getMessage());
            status.fail(clock.instant(), e.getCause() instanceof SyncException failure
                    ? failure.userMessageKey() : UNEXPECTED);
        } catch (RuntimeException e) {
            LOG.warn("Sync failed; the next one runs at the next interval", e);
            status.fail(clock.instant(), UNEXPECTED);
        }
    }

    /**
     * When the store last committed a page of any of the sources, so that the status bar tells the last sync time
     * from the previous session before the first sync of this one ends.
     */
    static Optional<Instant> lastCommitted(ContactStore store, List<SourceId> sources) {
        return sources.stream().map(store::cursorCommittedAt).flatMap(Optional::stream).max(Instant::compareTo);
    }

    @Override
    public void close() {
        timer.shutdownNow();
        engine.close();
    }
}
