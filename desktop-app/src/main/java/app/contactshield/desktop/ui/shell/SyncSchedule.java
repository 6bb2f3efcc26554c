package app.contactshield.desktop.ui.shell;

import app.contactshield.desktop.ui.status.ManualSyncStatusFeed;
import app.contactshield.graphsync.sync.SyncEngine;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Syncs the enabled sources at start and then every interval, on the sync engine's own thread (never the JavaFX
 * thread), publishing progress and completion to the status bar's feed. A timer thread named
 * {@value #THREAD_NAME} only starts the runs; the engine refuses overlapping ones. Whoever starts it closes it, which
 * also closes the engine.
 */
final class SyncSchedule implements AutoCloseable {
    /** The name of the timer thread. */
    static final String THREAD_NAME = "contactshield-sync-timer";
    /** How often the app syncs, as the command line's {@code sync} does by default. */
    static final Duration DEFAULT_INTERVAL = Duration.ofMinutes(15);

    private static final Logger LOG = LoggerFactory.getLogger(SyncSchedule.class);

    private final SyncEngine engine;
    private final ManualSyncStatusFeed status;
    private final Clock clock;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, THREAD_NAME);
        thread.setDaemon(true);
        return thread;
    });

    SyncSchedule(SyncEngine engine, ManualSyncStatusFeed status, Clock clock) {
        this.engine = Objects.requireNonNull(engine, "engine");
        this.status = Objects.requireNonNull(status, "status");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Runs the first sync now and the next ones every {@code interval}. */
    void start(Duration interval) {
        timer.scheduleWithFixedDelay(this::runOnce, 0, interval.toSeconds(), TimeUnit.SECONDS);
    }

    private void runOnce() {
        long started = System.nanoTime();
        try {
            engine.start(status::publish).join();
            LOG.info("Sync finished in {} ms", (System.nanoTime() - started) / 1_000_000);
        } catch (RuntimeException e) {
            LOG.warn("Sync failed; the next one runs at the next interval: {}", e.getMessage());
        }
        status.complete(clock.instant());
    }

    @Override
    public void close() {
        timer.shutdownNow();
        engine.close();
    }
}
