package app.contactshield.graphsync.presence;

import java.time.Duration;

/** Waits on the calling thread; tests pass one that records the wait instead of waiting. */
@FunctionalInterface
public interface Sleeper {
    /** Sleeps on the calling thread with {@link Thread#sleep(long)}. */
    Sleeper SYSTEM = duration -> Thread.sleep(duration.toMillis());

    /** Waits for the given duration on the calling thread. */
    void sleep(Duration duration) throws InterruptedException;
}
