package app.contactshield.callerid.hfp;

import java.time.Duration;

/**
 * Schedules a task on the session's own thread after a delay. The engine backs it by its event executor; tests back
 * it by a manual clock.
 */
interface SessionTimer {

    /** A scheduled task that may be cancelled. */
    interface Cancellable {
        void cancel();
    }

    /** Runs {@code task} on the session thread after {@code delay}, unless cancelled first. */
    Cancellable schedule(Duration delay, Runnable task);
}
