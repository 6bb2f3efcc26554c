package app.contactshield.callerid.hfp;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends AT commands one at a time: the next leaves only when the previous one got its final result or timed out.
 * Runs on the session thread only.
 */
final class CommandQueue {

    /** How a command ended. */
    enum Outcome { OK, FAILED, TIMED_OUT, CLOSED }

    /** Told how a command ended; {@code result} is the final result for OK and FAILED, else {@code null}. */
    interface Handler {
        void finished(Outcome outcome, AtResult result);
    }

    private static final Logger LOG = LoggerFactory.getLogger(CommandQueue.class);

    private final Consumer<String> transmit;
    private final SessionTimer timer;
    private final Duration timeout;
    private final Deque<Command> waiting = new ArrayDeque<>();
    private Command inFlight;
    private SessionTimer.Cancellable inFlightTimer;
    private boolean closed;

    private record Command(String text, String label, Handler handler) {
    }

    CommandQueue(Consumer<String> transmit, SessionTimer timer, Duration timeout) {
        this.transmit = transmit;
        this.timer = timer;
        this.timeout = timeout;
    }

    /**
     * Queues a command.
     *
     * @param text    the command without its CR
     * @param label   what a log line or error message may show (never a number)
     * @param handler told how it ended
     */
    void submit(String text, String label, Handler handler) {
        if (closed) {
            handler.finished(Outcome.CLOSED, null);
            return;
        }
        waiting.add(new Command(text, label, handler));
        pump();
    }

    /** Whether this exact command is in flight now. */
    boolean isInFlight(String text) {
        return inFlight != null && inFlight.text.equals(text);
    }

    /** Whether this exact command waits to be sent. */
    boolean isWaiting(String text) {
        for (Command c : waiting) {
            if (c.text.equals(text)) {
                return true;
            }
        }
        return false;
    }

    /** The response timeout. */
    Duration timeout() {
        return timeout;
    }

    /** Ends the command in flight with a final result; returns false when none was in flight. */
    boolean onFinal(AtResult result) {
        Command done = inFlight;
        if (done == null) {
            return false;
        }
        finish(done, result.isFailure() ? Outcome.FAILED : Outcome.OK, result);
        return true;
    }

    /** Ends everything: the command in flight and the waiting ones end with {@link Outcome#CLOSED}. */
    void close() {
        closed = true;
        if (inFlight != null) {
            finish(inFlight, Outcome.CLOSED, null);
        }
        while (!waiting.isEmpty()) {
            waiting.poll().handler.finished(Outcome.CLOSED, null);
        }
    }

    private void finish(Command done, Outcome outcome, AtResult result) {
        inFlight = null;
        if (inFlightTimer != null) {
            inFlightTimer.cancel();
            inFlightTimer = null;
        }
        done.handler.finished(outcome, result);
        pump();
    }

    private void pump() {
        if (inFlight != null || closed || waiting.isEmpty()) {
            return;
        }
        Command next = waiting.poll();
        inFlight = next;
        inFlightTimer = timer.schedule(timeout, () -> onTimeout(next));
        LOG.debug("AT out: {}", next.label);
        transmit.accept(next.text);
    }

    private void onTimeout(Command command) {
        if (inFlight != command) {
            return;
        }
        LOG.warn("No final result to {} within {} ms; going on with the next command", command.label,
                timeout.toMillis());
        inFlightTimer = null;
        finish(command, Outcome.TIMED_OUT, null);
    }
}
