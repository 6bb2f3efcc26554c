package app.contactshield.desktop.ui.shell;

import app.contactshield.desktop.ui.AppContext;
import app.contactshield.desktop.ui.status.ManualSyncStatusFeed;
import app.contactshield.graphsync.sync.SyncEngine;
import app.contactshield.graphsync.sync.SyncException;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Syncs the enabled sources once the first search index is complete (so that the first sync does not compete with
 * it for the processor at start) and then every interval, on the sync engine's own thread (never the JavaFX
 * thread), publishing progress and completion to the status bar's feed. The engine is made on the timer thread
 * before the first run, so whatever making it costs (purging sources no longer enabled reads the whole store) is
 * off the start as well. A timer thread named {@value #THREAD_NAME} only starts the runs; the engine refuses
 * overlapping ones. Whoever starts it closes it, which also closes the engine.
 */
final class SyncSchedule implements AutoCloseable, AppContext.StartsAfterIndex {
    /** The name of the timer thread. */
    static final String THREAD_NAME = "contactshield-sync-timer";
    /** How often the app syncs, as the command line's {@code sync} does by default. */
    static final Duration DEFAULT_INTERVAL = Duration.ofMinutes(15);

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
    private boolean scheduled;

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

    /** Runs the first sync now and the next ones every {@code interval}; a second call does nothing. */
    synchronized void start(Duration interval) {
        if (scheduled || timer.isShutdown()) {
            return;
        }
        scheduled = true;
        timer.scheduleWithFixedDelay(this::runOnce, 0, interval.toSeconds(), TimeUnit.SECONDS);
    }

    /** The first search index is complete: the first sync runs now, the next ones every 15 minutes. */
    @Override
    public void indexComplete() {
        start(DEFAULT_INTERVAL);
    }

    private void runOnce() {
        long started = System.nanoTime();
        runs.syncing(true);
        try {
            if (engine == null) {
                engine = engines.create();
            }
            engine.start(status::publish).join();
            LOG.info("Sync finished in {} ms", (System.nanoTime() - started) / 1_000_000);
        } catch (SyncException | RuntimeException e) {
            LOG.warn("Sync failed; the next one runs at the next interval: {}", e.getMessage());
        } finally {
            runs.syncing(false);
        }
        status.complete(clock.instant());
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
