package app.contactshield.callerid.hfp;

import app.contactshield.callerid.link.CallState;
import app.contactshield.callerid.link.PhoneCall;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The calls the engine knows, built from indicators, {@code RING}, {@code +CLIP}, {@code +CCWA} and {@code +CLCC}
 * listings. Publishes a {@link PhoneCall} only when something a listener sees changed. Call ids are the engine's
 * own ({@code hfp-1}, {@code hfp-2}, ...) because the phone's {@code +CLCC} index is often not known yet when a call
 * starts ringing. Runs on the session thread only.
 */
final class CallTracker {

    /** One call as tracked. */
    static final class Tracked {
        final String id;
        int index = -1;
        String number = "";
        boolean withheld;
        boolean incoming;
        CallState state;
        PhoneCall published;

        Tracked(String id, CallState state, boolean incoming) {
            this.id = id;
            this.state = state;
            this.incoming = incoming;
        }

        boolean numberUnknown() {
            return number.isEmpty() && !withheld;
        }
    }

    private final Map<String, Tracked> calls = new LinkedHashMap<>();
    private final Consumer<PhoneCall> publisher;
    private int nextId = 1;

    CallTracker(Consumer<PhoneCall> publisher) {
        this.publisher = publisher;
    }

    Tracked create(CallState state, boolean incoming) {
        Tracked call = new Tracked("hfp-" + nextId++, state, incoming);
        calls.put(call.id, call);
        return call;
    }

    Tracked byId(String id) {
        return calls.get(id);
    }

    /** The first call in one of the states, or {@code null}. */
    Tracked find(CallState... states) {
        for (Tracked call : calls.values()) {
            for (CallState s : states) {
                if (call.state == s) {
                    return call;
                }
            }
        }
        return null;
    }

    boolean has(CallState... states) {
        return find(states) != null;
    }

    /** Whether a call other than {@code except} is in one of the states. */
    boolean hasOther(Tracked except, CallState... states) {
        for (Tracked call : calls.values()) {
            if (call != except && List.of(states).contains(call.state)) {
                return true;
            }
        }
        return false;
    }

    int size() {
        return calls.size();
    }

    /** The calls as listeners last saw them, in creation order. */
    List<PhoneCall> snapshot() {
        List<PhoneCall> out = new ArrayList<>(calls.size());
        for (Tracked call : calls.values()) {
            if (call.published != null) {
                out.add(call.published);
            }
        }
        return Collections.unmodifiableList(out);
    }

    /** Applies a caller identity from {@code +CLIP}, {@code +CCWA} or {@code +CLCC}. */
    static void identify(Tracked call, String number, int type, boolean withheld) {
        if (withheld) {
            if (call.number.isEmpty()) {
                call.withheld = true;
            }
            return;
        }
        call.number = delivered(number, type);
        call.withheld = false;
    }

    /**
     * The number as delivered, trimmed; a type-145 (international) number that lacks its {@code +} gets one, as the
     * network meant it.
     */
    static String delivered(String number, int type) {
        String s = number.strip();
        if (type == 145 && !s.isEmpty() && s.charAt(0) >= '1' && s.charAt(0) <= '9') {
            return "+" + s;
        }
        return s;
    }

    /** Publishes one call when it changed; forgets it once ENDED. A call never seen is not reported as ended. */
    void publish(Tracked call) {
        if (call.state == CallState.ENDED) {
            calls.remove(call.id);
            if (call.published == null) {
                return;
            }
        }
        PhoneCall now = new PhoneCall(call.id, call.number, call.state, call.withheld);
        if (!now.equals(call.published)) {
            call.published = now;
            publisher.accept(now);
        }
    }

    void publishAll() {
        for (Tracked call : new ArrayList<>(calls.values())) {
            publish(call);
        }
    }

    /** Ends every call (link lost, or the phone shows none). */
    void endAll() {
        for (Tracked call : calls.values()) {
            call.state = CallState.ENDED;
        }
        publishAll();
    }

    /** {@code callsetup} became 1: a call rings, or waits when another one is in progress. */
    Tracked incomingSetup() {
        boolean busy = has(CallState.ACTIVE, CallState.HELD);
        CallState wanted = busy ? CallState.WAITING : CallState.INCOMING;
        Tracked call = find(wanted);
        if (call == null) {
            call = find(CallState.INCOMING, CallState.WAITING);
        }
        if (call == null) {
            call = create(wanted, true);
        }
        call.state = wanted;
        publish(call);
        return call;
    }

    /** {@code callsetup} became 2 (dialling) or 3 (alerting). */
    Tracked outgoingSetup(CallState state, String dialled) {
        Tracked call = find(CallState.DIALING, CallState.ALERTING);
        if (call == null) {
            call = create(state, false);
        }
        if (call.number.isEmpty() && !dialled.isEmpty()) {
            call.number = dialled;
        }
        call.state = state;
        publish(call);
        return call;
    }

    /**
     * {@code callsetup} became 0 and no {@code +CLCC} listing can tell what happened: a setup call became active when
     * the {@code call} indicator shows one and no other call holds it; a waiting call became active when calls are
     * now held; every other setup call ended.
     */
    void setupEnded(int callIndicator, int heldIndicator) {
        for (Tracked call : new ArrayList<>(calls.values())) {
            if (call.state == CallState.WAITING) {
                if (heldIndicator != 0) {
                    holdActive(call);
                    call.state = CallState.ACTIVE;
                } else {
                    call.state = CallState.ENDED;
                }
            } else if (isSetup(call.state)) {
                boolean answered = callIndicator != 0 && !hasOther(call, CallState.ACTIVE, CallState.HELD);
                call.state = answered ? CallState.ACTIVE : CallState.ENDED;
            }
        }
        publishAll();
    }

    /** The {@code call} indicator changed. */
    void callIndicator(int value) {
        if (value != 0) {
            Tracked setup = find(CallState.INCOMING, CallState.DIALING, CallState.ALERTING);
            if (setup != null && !has(CallState.ACTIVE, CallState.HELD)) {
                setup.state = CallState.ACTIVE;
            } else if (calls.isEmpty()) {
                create(CallState.ACTIVE, false);
            }
        } else {
            for (Tracked call : calls.values()) {
                if (call.state == CallState.ACTIVE || call.state == CallState.HELD) {
                    call.state = CallState.ENDED;
                } else if (call.state == CallState.WAITING) {
                    call.state = CallState.INCOMING;
                }
            }
        }
        publishAll();
    }

    /** The {@code callheld} indicator changed and no {@code +CLCC} listing can tell more. */
    void heldIndicator(int value, int callIndicator) {
        if (value == 2) {
            for (Tracked call : calls.values()) {
                if (call.state == CallState.ACTIVE) {
                    call.state = CallState.HELD;
                }
            }
        } else if (value == 1) {
            Tracked waiting = find(CallState.WAITING);
            if (waiting != null) {
                holdActive(waiting);
                waiting.state = CallState.ACTIVE;
            }
        } else {
            boolean active = has(CallState.ACTIVE);
            for (Tracked call : calls.values()) {
                if (call.state == CallState.HELD) {
                    call.state = !active && callIndicator != 0 ? CallState.ACTIVE : CallState.ENDED;
                }
            }
        }
        publishAll();
    }

    private void holdActive(Tracked except) {
        for (Tracked call : calls.values()) {
            if (call != except && call.state == CallState.ACTIVE) {
                call.state = CallState.HELD;
            }
        }
    }

    private static boolean isSetup(CallState state) {
        return state == CallState.INCOMING || state == CallState.DIALING || state == CallState.ALERTING;
    }

    /**
     * Reconciles with a complete {@code +CLCC} listing. An empty listing while the indicators show a call is not
     * trusted (some phones answer {@code AT+CLCC} with a bare {@code OK} while ringing); otherwise calls missing from
     * the listing have ended. An outgoing call keeps the number the user dialled (the phone may list it with the
     * hide-caller-id prefix).
     */
    void reconcile(List<AtResult.Clcc> rows, boolean indicatorsShowCall) {
        if (rows.isEmpty()) {
            if (!indicatorsShowCall) {
                endAll();
            }
            return;
        }
        Set<Tracked> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (AtResult.Clcc row : rows) {
            CallState state = stateOf(row.status());
            Tracked call = match(row, seen);
            if (call == null && state == null) {
                continue;
            }
            if (call == null) {
                call = create(state, row.direction() == 1);
            }
            call.index = row.index();
            call.incoming = row.direction() == 1;
            if (state != null) {
                call.state = state;
            }
            boolean keepDialled = !call.incoming && !call.number.isEmpty();
            if (!row.number().isBlank() && !keepDialled) {
                identify(call, row.number(), row.type(), false);
            }
            seen.add(call);
        }
        for (Tracked call : calls.values()) {
            if (!seen.contains(call)) {
                call.state = CallState.ENDED;
            }
        }
        publishAll();
    }

    private Tracked match(AtResult.Clcc row, Set<Tracked> seen) {
        for (Tracked call : calls.values()) {
            if (call.index == row.index() && !seen.contains(call) && sameCall(call, row)) {
                return call;
            }
        }
        boolean incoming = row.direction() == 1;
        for (Tracked call : calls.values()) {
            if (call.index < 0 && !seen.contains(call) && call.incoming == incoming) {
                return call;
            }
        }
        for (Tracked call : calls.values()) {
            if (call.index < 0 && !seen.contains(call)) {
                return call;
            }
        }
        return null;
    }

    /** Whether a listed row can be this call: same direction, and for an incoming call no other caller's number. */
    private static boolean sameCall(Tracked call, AtResult.Clcc row) {
        if (call.incoming != (row.direction() == 1)) {
            return false;
        }
        return !call.incoming || call.number.isEmpty() || row.number().isBlank()
                || delivered(row.number(), row.type()).equals(call.number);
    }

    /** The call state for a {@code +CLCC} status, or {@code null} for a status 27.007 does not define. */
    static CallState stateOf(int status) {
        switch (status) {
            case 0:
                return CallState.ACTIVE;
            case 1:
                return CallState.HELD;
            case 2:
                return CallState.DIALING;
            case 3:
                return CallState.ALERTING;
            case 4:
                return CallState.INCOMING;
            case 5:
                return CallState.WAITING;
            default:
                return null;
        }
    }
}
