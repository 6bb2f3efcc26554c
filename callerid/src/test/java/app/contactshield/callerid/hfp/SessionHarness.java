package app.contactshield.callerid.hfp;

import app.contactshield.callerid.link.LinkState;
import app.contactshield.callerid.link.PhoneCall;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CompletableFuture;

/**
 * Drives a {@link HandsFreeSession} without threads: records what it sends and reports, feeds the phone's lines one
 * to three bytes at a time, and runs timers on a manual clock.
 */
final class SessionHarness implements SessionOutput, SessionTimer {

    static final List<String> IPHONE_CIND = List.of(
            "+CIND: (\"service\",(0-1)),(\"call\",(0-1)),(\"callsetup\",(0-3)),(\"battchg\",(0-5)),"
                    + "(\"signal\",(0-5)),(\"roam\",(0-1)),(\"callheld\",(0-2))");
    static final List<String> ANDROID_CIND = List.of(
            "+CIND: (\"call\",(0,1)),(\"callsetup\",(0-3)),(\"service\",(0-1)),(\"signal\",(0-5)),"
                    + "(\"roam\",(0,1)),(\"battchg\",(0-5)),(\"callheld\",(0-2))");

    final List<String> sent = new ArrayList<>();
    final List<PhoneCall> events = new ArrayList<>();
    final List<LinkState> links = new ArrayList<>();
    final List<String> closes = new ArrayList<>();
    final HandsFreeSession session;
    private final Random random = new Random(7);
    private final List<Timer> timers = new ArrayList<>();
    private long now;

    private static final class Timer {
        final long due;
        final Runnable task;
        boolean cancelled;

        Timer(long due, Runnable task) {
            this.due = due;
            this.task = task;
        }
    }

    SessionHarness(HandsFreeSettings settings) {
        this.session = new HandsFreeSession(settings, this, this);
    }

    static SessionHarness standard() {
        return new SessionHarness(HandsFreeSettings.forPhone("Test phone").withHideCallerIdPrefix("#31#"));
    }

    @Override
    public void send(String command) {
        sent.add(command);
    }

    @Override
    public void callChanged(PhoneCall call) {
        events.add(call);
    }

    @Override
    public void linkChanged(LinkState state) {
        links.add(state);
    }

    @Override
    public void closeTransport(String reason) {
        closes.add(reason);
    }

    @Override
    public Cancellable schedule(Duration delay, Runnable task) {
        Timer timer = new Timer(now + delay.toNanos(), task);
        timers.add(timer);
        return () -> timer.cancelled = true;
    }

    /** Moves the manual clock on, running due timers. */
    void advance(Duration by) {
        now += by.toNanos();
        boolean ran = true;
        while (ran) {
            ran = false;
            for (Iterator<Timer> it = timers.iterator(); it.hasNext();) {
                Timer t = it.next();
                if (t.cancelled) {
                    it.remove();
                } else if (t.due <= now) {
                    it.remove();
                    t.task.run();
                    ran = true;
                    break;
                }
            }
        }
    }

    /** The phone sends these result lines, framed as {@code \r\n<line>\r\n}, one to three bytes at a time. */
    void phone(String... lines) {
        for (String line : lines) {
            byte[] bytes = ("\r\n" + line + "\r\n").getBytes(StandardCharsets.UTF_8);
            int i = 0;
            while (i < bytes.length) {
                int n = Math.min(bytes.length - i, 1 + random.nextInt(3));
                session.onBytes(bytes, i, n);
                i += n;
            }
        }
    }

    String lastSent() {
        return sent.isEmpty() ? "" : sent.get(sent.size() - 1);
    }

    PhoneCall lastEvent() {
        return events.get(events.size() - 1);
    }

    /** Runs the service level connection with an iPhone-like phone (no HF indicators). */
    void connectIphone() {
        session.start();
        phone("+BRSF:1007", "OK");
        phone("OK");
        phone(IPHONE_CIND.get(0), "OK");
        phone("+CIND: 1,0,0,3,4,0,0", "OK");
        phone("OK");
        phone("+CHLD: (0,1,1x,2,2x,3)", "OK");
        finishSetup();
    }

    /** Runs the service level connection with an Android-like phone (HF indicators, no enhanced call control). */
    void connectAndroid() {
        session.start();
        phone("+BRSF: 3951", "OK");
        phone("OK");
        phone(ANDROID_CIND.get(0), "OK");
        phone("+CIND: 0,0,1,4,0,3,0", "OK");
        phone("OK");
        phone("+CHLD: (0,1,2,3)", "OK");
        phone("OK");
        phone("+BIND: (1,2)", "OK");
        phone("+BIND: 1,1", "+BIND: 2,1", "OK");
        finishSetup();
    }

    private void finishSetup() {
        phone("OK");
        phone("OK");
        phone("OK");
        phone("OK");
        sent.clear();
        events.clear();
    }

    CompletableFuture<Void> answer(String id) {
        CompletableFuture<Void> done = new CompletableFuture<>();
        session.answer(id, done);
        return done;
    }

    CompletableFuture<Void> hangUp(String id) {
        CompletableFuture<Void> done = new CompletableFuture<>();
        session.hangUp(id, done);
        return done;
    }

    CompletableFuture<Void> dial(String number, boolean hide) {
        CompletableFuture<Void> done = new CompletableFuture<>();
        session.dial(number, hide, done);
        return done;
    }
}
