package app.contactshield.callerid.call;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * Runs a task once after a delay, for the call coordinator's grace timeouts. The task runs on the timer's thread and
 * must only hand work on (the coordinator posts it to its executor). Tests pass a timer they advance by hand.
 */
@FunctionalInterface
public interface CallTimer {

    /** Runs {@code task} after {@code delay}; the returned handle cancels it if it has not run yet. */
    Runnable schedule(Runnable task, Duration delay);

    /** A timer on a scheduler the caller owns and shuts down. */
    static CallTimer on(ScheduledExecutorService scheduler) {
        Objects.requireNonNull(scheduler, "scheduler");
        return (task, delay) -> {
            ScheduledFuture<?> future = scheduler.schedule(task, delay.toMillis(), TimeUnit.MILLISECONDS);
            return () -> future.cancel(false);
        };
    }

    /** A timer that never fires: calls without a number wait for it as long as they ring. */
    static CallTimer never() {
        return (task, delay) -> () -> { };
    }
}
