package app.contactshield.callerid.demo;

import app.contactshield.callerid.hfp.HandsFreeEngine;
import app.contactshield.callerid.hfp.HandsFreeSettings;
import app.contactshield.callerid.link.LinkState;
import app.contactshield.callerid.link.PhoneCall;
import app.contactshield.callerid.link.PhoneLink;
import app.contactshield.callerid.link.PhoneLinkException;
import app.contactshield.callerid.link.PhoneLinkListener;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.Channel;
import java.nio.channels.Pipe;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Demo mode: the real {@link HandsFreeEngine} talking to a {@link SimulatedPhone} over two in-process pipes, with a
 * script that rings now and then with the {@link DemoScript} callers from the demo directory, in the formats
 * networks use (national, international with and without plus, {@code 00}-prefixed, withheld), including a second
 * call waiting on an active one. A call dialled on it is answered at the other end after two ticks and ends like an
 * answered demo call. The link's backend is "Demo". No port is opened and no Bluetooth is touched.
 *
 * <p>Threads: the engine's event thread calls listeners; the script runs on {@code demo-phone-script}. Whoever
 * starts the demo closes it; closing ends the script, the engine and the simulated phone.
 */
public final class DemoPhoneLink implements PhoneLink {

    /** The name the demo phone reports; screens show it in the user's language. */
    public static final String PHONE_NAME = "Demo phone";

    /** The script's default tick: how often a ringing phone repeats {@code RING}. */
    public static final Duration TICK = Duration.ofSeconds(4);

    private static final Logger LOG = LoggerFactory.getLogger(DemoPhoneLink.class);
    private static final int RINGS_BEFORE_GIVING_UP = 6;
    private static final int TICKS_PER_CALL = 8;
    private static final int RINGS_BEFORE_ANSWERING = 2;
    private static final int TICKS_BEFORE_CALL_WAITING = 2;
    private static final List<DemoCaller> CALLERS = DemoScript.CALLERS;

    private final HandsFreeEngine engine;
    private final SimulatedPhone phone;
    private final ScheduledExecutorService script;
    private final long ticksBetweenCalls;
    private int nextCaller;
    private DemoCaller ringing;
    private int ringTicks;
    private int waitTicks;
    private int callTicks;
    private int outgoingTicks;
    private long idleTicks;

    private DemoPhoneLink(HandsFreeEngine engine, SimulatedPhone phone, Duration ringEvery, Duration tick) {
        this.engine = engine;
        this.phone = phone;
        this.ticksBetweenCalls = ringEvery.isZero() ? Long.MAX_VALUE : Math.max(1, ringEvery.dividedBy(tick));
        this.script = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "demo-phone-script");
            t.setDaemon(true);
            return t;
        });
    }

    /** Starts demo mode with an iPhone-like phone that rings every 45 seconds. */
    public static DemoPhoneLink start() {
        return start(AgProfile.iphoneLike(), Duration.ofSeconds(45));
    }

    /**
     * Starts demo mode.
     *
     * @param profile   how the simulated phone behaves
     * @param ringEvery the pause between demo calls; {@link Duration#ZERO} rings only on {@link #ringNow()}
     */
    public static DemoPhoneLink start(AgProfile profile, Duration ringEvery) {
        return start(profile, ringEvery, TICK);
    }

    /**
     * Starts demo mode with another script tick (tests use a short one). A ringing call repeats {@code RING} every
     * tick and the caller gives up after six; an answered call ends after eight.
     */
    public static DemoPhoneLink start(AgProfile profile, Duration ringEvery, Duration tick) {
        if (tick.isZero() || tick.isNegative()) {
            throw new IllegalArgumentException("tick " + tick + " must be positive");
        }
        Pipe toPhone;
        Pipe toEngine;
        try {
            toPhone = Pipe.open();
            toEngine = Pipe.open();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the demo phone's pipes", e);
        }
        Pipe.SourceChannel phoneIn = toPhone.source();
        Pipe.SinkChannel phoneOut = toEngine.sink();
        SimulatedPhone phone = SimulatedPhone.start(profile, phoneIn, phoneOut, () -> closeBoth(phoneIn, phoneOut),
                null);
        Pipe.SourceChannel engineIn = toEngine.source();
        Pipe.SinkChannel engineOut = toPhone.sink();
        HandsFreeSettings settings = HandsFreeSettings.forPhone(PHONE_NAME).withBackend("Demo")
                .withHideCallerIdPrefix("#31#");
        HandsFreeEngine engine = HandsFreeEngine.start(engineIn, engineOut, () -> closeBoth(engineIn, engineOut),
                settings);
        DemoPhoneLink demo = new DemoPhoneLink(engine, phone, ringEvery, tick);
        demo.script.scheduleAtFixedRate(demo::tick, tick.toMillis(), tick.toMillis(), TimeUnit.MILLISECONDS);
        LOG.info("Demo phone started ({}), a call every {} s", profile.name(), ringEvery.toSeconds());
        return demo;
    }

    private static void closeBoth(Channel a, Channel b) throws IOException {
        try (a; b) {
            LOG.debug("Closing a demo pipe pair");
        }
    }

    /** The simulated phone, to script calls (a "ring now" button, tests). */
    public SimulatedPhone phone() {
        return phone;
    }

    /** The engine behind this link. */
    public HandsFreeEngine engine() {
        return engine;
    }

    /** Completes once the demo link is up. */
    public CompletableFuture<LinkState> setup() {
        return engine.setup();
    }

    /** Rings with the next demo caller now (any thread); while a call is active it becomes call waiting. */
    public void ringNow() {
        DemoCaller caller;
        synchronized (this) {
            caller = CALLERS.get(nextCaller++ % CALLERS.size());
            ringing = caller;
        }
        phone.ring(caller.number(), caller.format());
    }

    private synchronized boolean nextWaits() {
        return CALLERS.get(nextCaller % CALLERS.size()).waiting();
    }

    private synchronized boolean answeredHere() {
        return ringing != null && ringing.answeredHere();
    }

    private void tick() {
        try {
            if (phone.isRinging()) {
                callTicks = 0;
                ringingTick();
                return;
            }
            ringTicks = 0;
            if (phone.isCallingOut()) {
                outgoingTicks++;
                if (outgoingTicks >= RINGS_BEFORE_ANSWERING) {
                    phone.remoteAnswers();
                }
                return;
            }
            outgoingTicks = 0;
            if (phone.isWaiting() && ++waitTicks >= RINGS_BEFORE_GIVING_UP) {
                phone.callerHangsUp();
            } else if (phone.isWaiting()) {
                phone.repeatCallWaiting();
            }
            if (phone.callCount() > 0) {
                activeTick();
                return;
            }
            if (++idleTicks >= ticksBetweenCalls) {
                idleTicks = 0;
                ringNow();
            }
        } catch (RuntimeException e) {
            LOG.warn("The demo phone script failed a step", e);
        }
    }

    private void ringingTick() {
        ++ringTicks;
        if (answeredHere() && ringTicks >= RINGS_BEFORE_ANSWERING) {
            phone.answerOnHandset();
        } else if (ringTicks >= RINGS_BEFORE_GIVING_UP) {
            phone.callerHangsUp();
        } else {
            phone.ringAgain();
        }
    }

    private void activeTick() {
        ++callTicks;
        if (callTicks == TICKS_BEFORE_CALL_WAITING && !phone.isWaiting() && nextWaits()) {
            waitTicks = 0;
            ringNow();
        }
        if (callTicks >= TICKS_PER_CALL) {
            phone.remoteHangsUp();
            callTicks = 0;
        }
    }

    @Override
    public void addListener(PhoneLinkListener listener) {
        engine.addListener(listener);
    }

    @Override
    public void removeListener(PhoneLinkListener listener) {
        engine.removeListener(listener);
    }

    @Override
    public LinkState state() {
        return engine.state();
    }

    @Override
    public List<PhoneCall> calls() {
        return engine.calls();
    }

    @Override
    public void answer(String callId) throws PhoneLinkException {
        engine.answer(callId);
    }

    @Override
    public void hangUp(String callId) throws PhoneLinkException {
        engine.hangUp(callId);
    }

    @Override
    public void dial(String number, boolean hideCallerId) throws PhoneLinkException {
        engine.dial(number, hideCallerId);
    }

    /** Ends the script, the engine and the simulated phone. */
    @Override
    public void close() {
        script.shutdownNow();
        engine.close();
        phone.close();
        LOG.info("Demo phone stopped");
    }
}
