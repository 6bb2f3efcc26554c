package app.contactshield.graphsync.graph;

import java.time.Duration;

/** Waits before a retry. Injected so that tests can record the waits instead of sleeping. */
@FunctionalInterface
public interface Sleeper {

    /** Sleeps on the calling thread, the syncing thread. */
    Sleeper REAL = duration -> Thread.sleep(duration.toMillis());

    /**
     * Blocks the calling thread for {@code duration}.
     *
     * @throws InterruptedException when the sync is cancelled while waiting
     */
    void sleep(Duration duration) throws InterruptedException;
}
