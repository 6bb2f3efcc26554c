package app.contactshield.desktop.ui.shell;

import app.contactshield.desktop.ui.AppContext;
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
 * Syncs the enabled sources once the first search index is complete (so that the first sync does not compete with
 * it for the processor at start) and then every interval, on the sync engine's own thread (never the JavaFX
 * thread), publishing progress, success and failure to the status bar's feed; the feed's retry runs one sync at
 * once, and a failed run never stops the next scheduled one. The engine is made on the timer thread before the first
 * run, so whatever making it costs (purging sources no longer enabled reads the whole store) is off the start as
 * well. A timer thread named {@value #THREAD_NAME} only starts the runs, one at a time. Whoever starts it closes it,
 * which also closes the engine.
 */
final class SyncSchedule implements AutoCloseable, AppContext.StartsAfterIndex {
    /** The name of the timer thread. */
    static final String THREAD_NAME = "contactshield-sync-timer";
    /** The reason shown for a failure that carries no user message key. */
    static final String UNEXPECTED = "sync.error.unexpected";

    private static final Logger LOG = LoggerFactory.getLogger(SyncSchedule.class);

    private final EngineFactory engines;
    private final RunListener runs;
    private final ManualSyncStatusFeed status;
    private final Clock clock;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, THREAD_NAME);
        thread.setDaemon(true);
        return thread;
    });
    private volatile SyncEngine engine;
    private ScheduledFuture<?> next;
    private Duration interval;

    /** Makes the sync engine; may read and change the store. */
    @FunctionalInterface
    interface EngineFactory {
        SyncEngine create() throws SyncException;
    }

    /** Told before each run ({@code true}) and after it ({@code false}), on the timer thread. */
    @FunctionalInterface
    interface RunListener {
        void syncing(boolean running);
    }

    SyncSchedule(EngineFactory engines, ManualSyncStatusFeed status, Clock clock) {
        this(engines, status, clock, running -> { });
    }

    /** @param runs told when each run starts and ends (the app raises the store's cache while it syncs) */
    SyncSchedule(EngineFactory engines, ManualSyncStatusFeed status, Clock clock, RunListener runs) {
        this.runs = Objects.requireNonNull(runs, "runs");
        this.engines = Objects.requireNonNull(engines, "engines");
        this.status = Objects.requireNonNull(status, "status");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Runs the first sync now and the next ones every {@code interval}; the feed's retry syncs at once. A second call
     * does nothing.
     */
    synchronized void start(Duration interval) {
        if (next != null || timer.isShutdown()) {
            return;
        }
        this.interval = interval;
        status.onRetry(this::syncNow);
        next = timer.scheduleWithFixedDelay(this::runOnce, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Starts with {@code interval} once the first search index is complete ({@link #indexComplete()}). */
    synchronized void startAfterIndex(Duration interval) {
        this.interval = Objects.requireNonNull(interval, "interval");
    }

    /** The first search index is complete: the first sync runs now, the next ones every interval. */
    @Override
    public synchronized void indexComplete() {
        if (interval != null) {
            start(interval);
        }
    }

    /** Keeps the schedule but with another interval, counted from now; before the first sync, the one to start with. */
    synchronized void changeInterval(Duration interval) {
        this.interval = interval;
        if (next == null || timer.isShutdown()) {
            return;
        }
        next.cancel(false);
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
        runs.syncing(true);
        try {
            if (engine == null) {
                engine = engines.create();
            }
            SyncRun run = engine.start(status::publish).join();
            if (run.succeeded()) {
                LOG.info("Sync finished in {} ms", (System.nanoTime() - started) / 1_000_000);
                status.complete(clock.instant());
                return;
            }
            LOG.warn("Sync of {} source(s) failed; the next one runs at the next interval", run.failures().size());
            status.fail(clock.instant(), run.failures().values().iterator().next().userMessageKey());
        } catch (SyncException e) {
            LOG.warn("Sync could not start; the next one runs at the next interval: {}", e.getMessage());
            status.fail(clock.instant(), e.userMessageKey());
        } catch (CompletionException e) {
            LOG.warn("Sync failed; the next one runs at the next interval: {}", e.getCause().getMessage());
            status.fail(clock.instant(), e.getCause() instanceof SyncException failure
                    ? failure.userMessageKey() : UNEXPECTED);
        } catch (RuntimeException e) {
            LOG.warn("Sync failed; the next one runs at the next interval", e);
            status.fail(clock.instant(), UNEXPECTED);
        } finally {
            runs.syncing(false);
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
        synchronized (this) {
            timer.shutdownNow();
        }
        SyncEngine made = engine;
        if (made != null) {
            made.close();
        }
    }
}
