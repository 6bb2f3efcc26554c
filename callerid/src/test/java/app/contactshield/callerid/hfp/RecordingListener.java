package app.contactshield.callerid.hfp;

import app.contactshield.callerid.link.LinkState;
import app.contactshield.callerid.link.PhoneCall;
import app.contactshield.callerid.link.PhoneLinkListener;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/** Records link events with the thread they came on, and waits for one that matches. */
public final class RecordingListener implements PhoneLinkListener {

    public static final Duration WAIT = Duration.ofSeconds(10);

    private final List<PhoneCall> calls = new ArrayList<>();
    private final List<LinkState> links = new ArrayList<>();
    private final List<String> threads = new ArrayList<>();

    @Override
    public synchronized void callChanged(PhoneCall call) {
        calls.add(call);
        threads.add(Thread.currentThread().getName());
        notifyAll();
    }

    @Override
    public synchronized void linkChanged(LinkState state) {
        links.add(state);
        threads.add(Thread.currentThread().getName());
        notifyAll();
    }

    public synchronized List<PhoneCall> calls() {
        return List.copyOf(calls);
    }

    public synchronized List<LinkState> links() {
        return List.copyOf(links);
    }

    public synchronized List<String> threads() {
        return List.copyOf(threads);
    }

    /** Waits for a call event matching {@code wanted}; fails the test after {@link #WAIT}. */
    public synchronized PhoneCall await(Predicate<PhoneCall> wanted) throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        int seen = 0;
        while (true) {
            for (; seen < calls.size(); seen++) {
                if (wanted.test(calls.get(seen))) {
                    return calls.get(seen);
                }
            }
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                throw new AssertionError("no matching call event within " + WAIT + "; got " + calls);
            }
            wait(Math.max(1, left / 1_000_000));
        }
    }

    /** Waits for a link event matching {@code wanted}. */
    public synchronized LinkState awaitLink(Predicate<LinkState> wanted) throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (true) {
            for (LinkState s : links) {
                if (wanted.test(s)) {
                    return s;
                }
            }
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                throw new AssertionError("no matching link event within " + WAIT + "; got " + links);
            }
            wait(Math.max(1, left / 1_000_000));
        }
    }
}
