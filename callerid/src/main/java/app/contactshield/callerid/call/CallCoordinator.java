package app.contactshield.callerid.call;

import app.contactshield.callerid.index.Identification;
import app.contactshield.callerid.index.Identifier;
import app.contactshield.callerid.link.CallState;
import app.contactshield.callerid.link.LinkState;
import app.contactshield.callerid.link.PhoneCall;
import app.contactshield.callerid.link.PhoneLink;
import app.contactshield.callerid.link.PhoneLinkException;
import app.contactshield.callerid.link.PhoneLinkListener;
import app.contactshield.callerid.screening.CallHistory;
import app.contactshield.callerid.screening.CallScreener;
import app.contactshield.callerid.screening.ScreeningMode;
import app.contactshield.graphsync.model.PersonKey;
import app.contactshield.graphsync.store.CallLogEntry;
import app.contactshield.graphsync.store.StoreException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.function.BiConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Follows the calls of a {@link PhoneLink}: identifies each call once its number is known (a call may first appear
 * without a number and learn it later), applies screening, writes the call history, and tells
 * {@link CallEventListener}s. Screening decides once, when the number (or the fact that it is withheld) is known;
 * a call whose number never arrives rings unscreened. Every call is written to the history when it ends, or when
 * the phone disconnects while it is still going on.
 *
 * <p>Threading: the link's event thread only hands each event to the coordinator's executor and returns. All work
 * (identification, screening, the hang-up of a screened call, the history write, listener calls) runs on that
 * executor, which must run tasks one at a time in order: a single-thread executor such as {@code call-events}.
 * It must not be the link's event thread when the link's commands wait for replies read on that thread (the
 * hands-free engine does). Nothing here touches JavaFX. Whoever creates the coordinator calls {@link #start()} and
 * {@link #close()}; the executor, the link and the store stay theirs.
 */
public final class CallCoordinator implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(CallCoordinator.class);
    private static final Identification PENDING = Identification.unknown("", "");
    /** How long a ringing call may wait for its number before it counts as an unknown caller. */
    public static final Duration NUMBER_GRACE = Duration.ofSeconds(3);

    private final PhoneLink link;
    private final Identifier identifier;
    private final CallScreener screener;
    private final CallHistory history;
    private final FavouriteLookup favourites;
    private final Executor executor;
    private final Clock clock;
    private final CallTimer timer;
    private final Duration numberGrace;
    private final List<CallEventListener> listeners = new CopyOnWriteArrayList<>();
    private final Map<String, TrackedCall> calls = new HashMap<>();
    private final PhoneLinkListener linkListener = new PhoneLinkListener() {
        @Override
        public void callChanged(PhoneCall call) {
            executor.execute(() -> handle(call));
        }

        @Override
        public void linkChanged(LinkState state) {
            if (!state.connected()) {
                executor.execute(CallCoordinator.this::endAll);
            }
        }
    };

    /**
     * A coordinator whose calls wait for their number as long as they ring (no grace timeout).
     *
     * @param link       the phone link to follow
     * @param identifier says who a number is
     * @param screener   decides whether a ringing call is rejected
     * @param history    the call history
     * @param favourites the user's favourites, read for ringing calls in vacation mode (keep them in memory, e.g.
     *                   {@code FavouriteSet::favourites}, so that screening reads no store)
     * @param executor   runs all the coordinator's work, one task at a time (see the class description)
     * @param clock      stamps the calls
     */
    public CallCoordinator(PhoneLink link, Identifier identifier, CallScreener screener, CallHistory history,
                           FavouriteLookup favourites, Executor executor, Clock clock) {
        this(link, identifier, screener, history, favourites, executor, clock, CallTimer.never(), NUMBER_GRACE);
    }

    /**
     * A coordinator that treats a ringing call as an unknown caller once {@code numberGrace} passed without its
     * number.
     *
     * @param timer       fires the grace timeouts; the coordinator posts them to {@code executor}
     * @param numberGrace how long a ringing call waits for its number ({@link #NUMBER_GRACE} in the app)
     */
    public CallCoordinator(PhoneLink link, Identifier identifier, CallScreener screener, CallHistory history,
                           FavouriteLookup favourites, Executor executor, Clock clock, CallTimer timer,
                           Duration numberGrace) {
        this.link = Objects.requireNonNull(link, "link");
        this.identifier = Objects.requireNonNull(identifier, "identifier");
        this.screener = Objects.requireNonNull(screener, "screener");
        this.history = Objects.requireNonNull(history, "history");
        this.favourites = Objects.requireNonNull(favourites, "favourites");
        this.executor = Objects.requireNonNull(executor, "executor");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.timer = Objects.requireNonNull(timer, "timer");
        this.numberGrace = Objects.requireNonNull(numberGrace, "numberGrace");
    }

    /** Starts following the link, beginning with the calls it has now. */
    public void start() {
        link.addListener(linkListener);
        for (PhoneCall call : link.calls()) {
            executor.execute(() -> handle(call));
        }
    }

    /** Stops following the link. */
    @Override
    public void close() {
        link.removeListener(linkListener);
    }

    /** Adds a listener; see {@link CallEventListener} for its thread. */
    public void addListener(CallEventListener listener) {
        listeners.add(Objects.requireNonNull(listener, "listener"));
    }

    /** Removes a listener. */
    public void removeListener(CallEventListener listener) {
        listeners.remove(listener);
    }

    /** Answers a call. Blocks on the link: not for the JavaFX thread. */
    public void answer(String callId) throws PhoneLinkException {
        link.answer(callId);
    }

    /** Rejects a ringing call as the user's choice (recorded as rejected). Blocks on the link. */
    public void reject(String callId) throws PhoneLinkException {
        executor.execute(() -> {
            TrackedCall call = calls.get(callId);
            if (call != null) {
                call.rejectedByUser = true;
            }
        });
        link.hangUp(callId);
    }

    /** Hangs up an active or held call. Blocks on the link. */
    public void hangUp(String callId) throws PhoneLinkException {
        link.hangUp(callId);
    }

    /**
     * Dials a number with the user's number hidden (see {@link AnonymousDialing}). Blocks on the link.
     *
     * @param region       the user's country (the policy's default region)
     * @param policyPrefix the policy's prefix for it, or {@code null}
     */
    public void dialAnonymously(String number, String region, String policyPrefix) throws PhoneLinkException {
        boolean nativeHiding = AnonymousDialing.hidesNatively(link.state());
        AnonymousDialing.DialRequest request = AnonymousDialing.plan(number, nativeHiding, region, policyPrefix);
        link.dial(request.number(), request.hideCallerId());
    }

    private void handle(PhoneCall event) {
        TrackedCall call = calls.get(event.callId());
        if (call == null) {
            if (event.state() == CallState.ENDED) {
                return;
            }
            call = new TrackedCall(event.callId(), directionOf(event.state()), clock.instant());
            calls.put(event.callId(), call);
        }
        learnNumber(call, event);
        switch (event.state()) {
            case INCOMING -> ringing(call, CallState.INCOMING, CallEventListener::ringing);
            case WAITING -> ringing(call, CallState.WAITING, CallEventListener::waiting);
            case DIALING, ALERTING -> announce(call, event.state(), CallEventListener::dialling);
            case ACTIVE -> {
                call.everActive = true;
                announce(call, CallState.ACTIVE, CallEventListener::active);
            }
            case HELD -> announce(call, CallState.HELD, CallEventListener::held);
            case ENDED -> end(call);
            default -> throw new IllegalStateException("Unhandled call state " + event.state());
        }
    }

    private void learnNumber(TrackedCall call, PhoneCall event) {
        if (call.numberKnown || (!event.withheld() && event.number().isBlank())) {
            return;
        }
        call.rawNumber = event.withheld() ? "" : event.number();
        if (event.withheld()) {
            call.identification = Identification.withheld("");
        } else if (call.direction == CallLogEntry.Direction.OUTGOING) {
            call.identification = identifier.identify(withoutAnonymousPrefix(event.number()));
        } else {
            call.identification = identifier.identify(event.number());
        }
        call.numberKnown = true;
    }

    private void ringing(TrackedCall call, CallState state, BiConsumer<CallEventListener, CallView> event) {
        if (call.screened) {
            return;
        }
        if (!call.numberKnown && !call.numberTimedOut && call.graceTimer == null) {
            String callId = call.callId;
            call.graceTimer = timer.schedule(() -> executor.execute(() -> numberNeverCame(callId)), numberGrace);
        }
        boolean decidable = call.numberKnown || call.numberTimedOut;
        if (decidable && !call.screeningDone && call.direction == CallLogEntry.Direction.INCOMING) {
            call.screeningDone = true;
            if (screenerRejects(call.identification)) {
                call.screened = true;
                try {
                    link.hangUp(call.callId);
                    return;
                } catch (PhoneLinkException e) {
                    LOG.warn("Vacation mode could not reject a call; it rings instead", e);
                    call.screened = false;
                }
            }
        }
        announce(call, state, event);
    }

    /** The grace time passed: a call still ringing without a number is screened as an unknown caller. */
    private void numberNeverCame(String callId) {
        TrackedCall call = calls.get(callId);
        boolean ringing = call != null
                && (call.lastState == CallState.INCOMING || call.lastState == CallState.WAITING);
        if (!ringing || call.numberKnown) {
            return;
        }
        call.numberTimedOut = true;
        call.identification = Identification.unknown("", "");
        LOG.info("A ringing call sent no number within {} ms; screened as an unknown caller", numberGrace.toMillis());
        ringing(call, call.lastState, call.lastState == CallState.WAITING ? CallEventListener::waiting
                : CallEventListener::ringing);
    }

    private boolean screenerRejects(Identification caller) {
        if (screener.mode() != ScreeningMode.VACATION) {
            return false;
        }
        Set<PersonKey> favouriteKeys;
        try {
            favouriteKeys = favourites.favourites();
        } catch (StoreException e) {
            LOG.warn("Favourites could not be read; vacation mode lets the call ring", e);
            return false;
        }
        return screener.decide(caller, favouriteKeys) == CallScreener.Decision.REJECT;
    }

    private void announce(TrackedCall call, CallState state, BiConsumer<CallEventListener, CallView> event) {
        if (state == call.lastState && call.identification == call.lastAnnounced) {
            return;
        }
        call.lastState = state;
        call.lastAnnounced = call.identification;
        emit(event, call.view(state, null));
    }

    private void end(TrackedCall call) {
        calls.remove(call.callId);
        if (call.graceTimer != null) {
            call.graceTimer.run();
        }
        CallLogEntry.Outcome outcome = call.outcome();
        Identification who = call.identification;
        PersonKey person = who.kind() == Identification.Kind.PERSON ? who.candidates().get(0).person() : null;
        String number = who.e164().isEmpty() ? call.rawNumber : who.e164();
        history.record(new CallLogEntry(call.startedAt, number, person, who.displayText(), call.direction, outcome));
        emit(CallEventListener::ended, call.view(CallState.ENDED, outcome));
    }

    private void endAll() {
        for (TrackedCall call : new ArrayList<>(calls.values())) {
            end(call);
        }
    }

    private void emit(BiConsumer<CallEventListener, CallView> event, CallView view) {
        for (CallEventListener listener : listeners) {
            try {
                event.accept(listener, view);
            } catch (RuntimeException e) {
                LOG.error("A call event listener failed; the other listeners are still told", e);
            }
        }
    }

    private static CallLogEntry.Direction directionOf(CallState state) {
        boolean outgoing = state == CallState.DIALING || state == CallState.ALERTING;
        return outgoing ? CallLogEntry.Direction.OUTGOING : CallLogEntry.Direction.INCOMING;
    }

    private static String withoutAnonymousPrefix(String number) {
        String trimmed = number.strip();
        if (trimmed.startsWith(AnonymousDialing.GSM) || trimmed.startsWith("*31#")) {
            return trimmed.substring(4);
        }
        return trimmed.startsWith(AnonymousDialing.NORTH_AMERICA) ? trimmed.substring(3) : trimmed;
    }

    /** Reads the user's favourites; the store's {@code favourites()} method fits. */
    @FunctionalInterface
    public interface FavouriteLookup {
        /** The keys of the user's favourites. */
        Set<PersonKey> favourites() throws StoreException;
    }

    /** What the coordinator knows about one call; touched only on the executor. */
    private static final class TrackedCall {
        private final String callId;
        private final CallLogEntry.Direction direction;
        private final Instant startedAt;
        private Identification identification = PENDING;
        private Identification lastAnnounced;
        private CallState lastState;
        private String rawNumber = "";
        private boolean numberKnown;
        private boolean numberTimedOut;
        private Runnable graceTimer;
        private boolean screeningDone;
        private boolean screened;
        private boolean everActive;
        private boolean rejectedByUser;

        private TrackedCall(String callId, CallLogEntry.Direction direction, Instant startedAt) {
            this.callId = callId;
            this.direction = direction;
            this.startedAt = startedAt;
        }

        private CallLogEntry.Outcome outcome() {
            if (direction == CallLogEntry.Direction.OUTGOING) {
                return CallLogEntry.Outcome.DIALLED;
            }
            if (screened) {
                return CallLogEntry.Outcome.SCREENED;
            }
            if (everActive) {
                return CallLogEntry.Outcome.ANSWERED;
            }
            return rejectedByUser ? CallLogEntry.Outcome.REJECTED : CallLogEntry.Outcome.MISSED;
        }

        private CallView view(CallState state, CallLogEntry.Outcome outcome) {
            return new CallView(callId, state, direction, identification, numberKnown, startedAt, screened, outcome);
        }
    }
}
