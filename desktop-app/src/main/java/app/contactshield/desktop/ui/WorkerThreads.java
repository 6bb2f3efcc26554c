package app.contactshield.desktop.ui;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The app's background executor: two named daemon threads ({@code contactshield-worker-N}) for store reads, index
 * builds, phone commands and OS queries. The composition root creates it and shuts it down on exit.
 */
public final class WorkerThreads {
    private static final Logger LOG = LoggerFactory.getLogger(WorkerThreads.class);

    private WorkerThreads() {
    }

    /** A new executor with named daemon threads; uncaught failures are logged. */
    public static ExecutorService create(String prefix, int threads) {
        AtomicInteger counter = new AtomicInteger();
        ThreadFactory factory = runnable -> {
            Thread thread = new Thread(runnable, prefix + "-" + counter.incrementAndGet());
            thread.setDaemon(true);
            thread.setUncaughtExceptionHandler((t, e) -> LOG.error("Background task failed on {}", t.getName(), e));
            return thread;
        };
        return Executors.newFixedThreadPool(threads, factory);
    }
}
