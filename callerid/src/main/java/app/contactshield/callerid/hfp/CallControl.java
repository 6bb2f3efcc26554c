package app.contactshield.callerid.hfp;

import app.contactshield.callerid.hfp.CallTracker.Tracked;
import app.contactshield.callerid.link.CallState;
import app.contactshield.callerid.link.PhoneLinkException;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * Turns the user's call control into AT commands: {@code ATA}, {@code AT+CHUP}, {@code ATD} (with the hide-caller-id
 * prefix) and the {@code AT+CHLD} action that fits the call's state and what the phone offers. Refusals complete the
 * future with a {@link PhoneLinkException} that names the call, the state or the missing service. Runs on the
 * session thread only.
 */
final class CallControl {

    /** What the control needs from its session. */
    interface Context {
        /** Sends a command; {@code done} completes with the phone's answer. */
        void send(String command, String label, CompletableFuture<Void> done);

        int phoneFeatures();

        List<String> callHoldModes();

        /** The number being dialled, to name the outgoing call before the phone lists it. */
        void dialling(String digits, CompletableFuture<Void> done);
    }

    private static final int MAX_DIAL_LENGTH = 40;

    private final HandsFreeSettings settings;
    private final CallTracker calls;
    private final Context context;

    CallControl(HandsFreeSettings settings, CallTracker calls, Context context) {
        this.settings = settings;
        this.calls = calls;
        this.context = context;
    }

    /** Answers a ringing ({@code ATA}) or waiting ({@code AT+CHLD=2}) call. */
    void answer(String callId, CompletableFuture<Void> done) {
        Tracked call = requireCall(callId, done);
        if (call == null) {
            return;
        }
        if (call.state == CallState.INCOMING) {
            context.send("ATA", "ATA", done);
        } else if (call.state == CallState.WAITING) {
            callHold(CallHoldAction.HOLD_ACTIVE_ACCEPT_OTHER, call, done);
        } else {
            done.completeExceptionally(new PhoneLinkException("call " + callId + " is " + call.state
                    + "; only an INCOMING or WAITING call can be answered"));
        }
    }

    /** Rejects or ends a call with {@code AT+CHUP} or the fitting {@code AT+CHLD}. */
    void hangUp(String callId, CompletableFuture<Void> done) {
        Tracked call = requireCall(callId, done);
        if (call == null) {
            return;
        }
        switch (call.state) {
            case WAITING:
                callHold(CallHoldAction.RELEASE_HELD_OR_REJECT_WAITING, call, done);
                break;
            case ACTIVE:
                if (calls.hasOther(call, CallState.HELD, CallState.WAITING)) {
                    releaseOne(call, CallHoldAction.RELEASE_ACTIVE_ACCEPT_OTHER, done);
                } else {
                    context.send("AT+CHUP", "AT+CHUP", done);
                }
                break;
            case HELD:
                releaseOne(call, CallHoldAction.RELEASE_HELD_OR_REJECT_WAITING, done);
                break;
            default:
                context.send("AT+CHUP", "AT+CHUP", done);
                break;
        }
    }

    private void releaseOne(Tracked call, CallHoldAction otherwise, CompletableFuture<Void> done) {
        boolean precise = call.index > 0 && offers(CallHoldAction.RELEASE_CALL.mode())
                && (context.phoneFeatures() & HfpFeatures.AG_ENHANCED_CALL_CONTROL) != 0;
        callHold(precise ? CallHoldAction.RELEASE_CALL : otherwise, call, done);
    }

    /** Runs an {@code AT+CHLD} action; {@code callId} is needed for the per-call actions only. */
    void hold(CallHoldAction action, String callId, CompletableFuture<Void> done) {
        Tracked call = null;
        if (callId != null) {
            call = requireCall(callId, done);
            if (call == null) {
                return;
            }
        }
        callHold(action, call, done);
    }

    private void callHold(CallHoldAction action, Tracked call, CompletableFuture<Void> done) {
        if (!offers(action.mode())) {
            String offered = context.callHoldModes().isEmpty() ? "it announced no call hold services"
                    : "it offers " + String.join(",", context.callHoldModes());
            done.completeExceptionally(new PhoneLinkException("the phone does not offer AT+CHLD=" + action.mode()
                    + " (" + offered + ")"));
            return;
        }
        if (action.perCall() && (call == null || call.index < 1)) {
            done.completeExceptionally(new PhoneLinkException("AT+CHLD=" + action.mode() + " needs the phone's index"
                    + " of call " + (call == null ? "(none given)" : call.id) + ", which no +CLCC listing gave yet"));
            return;
        }
        String command = "AT+CHLD=" + action.argument(call == null ? 0 : call.index);
        context.send(command, command, done);
    }

    private boolean offers(String mode) {
        for (String m : context.callHoldModes()) {
            if (m.equalsIgnoreCase(mode)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Dials {@code ATD<number>;}, or {@code ATD<prefix><number>;} to hide the caller id: HFP has no per-call caller
     * id restriction, so the network's prefix from the settings does it.
     */
    void dial(String number, boolean hideCallerId, CompletableFuture<Void> done) {
        String digits;
        try {
            digits = dialString(number);
        } catch (PhoneLinkException e) {
            done.completeExceptionally(e);
            return;
        }
        if (hideCallerId && settings.hideCallerIdPrefix().isEmpty()) {
            done.completeExceptionally(new PhoneLinkException("hiding the caller id needs the network's prefix"
                    + " (#31#, *67 or 141) from the policy, and none is configured"));
            return;
        }
        String prefix = hideCallerId ? settings.hideCallerIdPrefix() : "";
        context.dialling(withoutHidePrefix(digits), done);
        context.send("ATD" + prefix + digits + ";", hideCallerId ? "ATD (caller id hidden)" : "ATD", done);
    }

    /** The dialable form: spaces, dots, dashes, slashes and parentheses dropped; anything else refused. */
    static String dialString(String number) throws PhoneLinkException {
        String s = number == null ? "" : number.strip();
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (" .-/()\u00a0".indexOf(c) >= 0) {
                continue;
            }
            boolean ok = (c >= '0' && c <= '9') || c == '*' || c == '#' || (c == '+' && out.length() == 0);
            if (!ok) {
                throw new PhoneLinkException("the number to dial has the character '" + c + "' at position "
                        + (i + 1) + "; only digits, *, # and a leading + can be dialled");
            }
            out.append(c);
        }
        if (out.length() == 0 || out.toString().equals("+")) {
            throw new PhoneLinkException("the number to dial is empty");
        }
        if (out.length() > MAX_DIAL_LENGTH) {
            throw new PhoneLinkException("the number to dial has " + out.length() + " characters, more than the"
                    + " engine's limit of " + MAX_DIAL_LENGTH);
        }
        return out.toString();
    }

    /**
     * The number a dialled string calls, for naming the outgoing call: a leading caller-id service code
     * ({@code #31#}, {@code *31#}, {@code *67}, or the configured prefix) is not part of the number.
     */
    String withoutHidePrefix(String digits) {
        String prefix = settings.hideCallerIdPrefix();
        for (String code : List.of(prefix, "#31#", "*31#", "*67")) {
            if (!code.isEmpty() && digits.startsWith(code) && digits.length() > code.length()) {
                return digits.substring(code.length());
            }
        }
        return digits;
    }

    private Tracked requireCall(String callId, CompletableFuture<Void> done) {
        Tracked call = callId == null ? null : calls.byId(callId);
        if (call == null) {
            done.completeExceptionally(new PhoneLinkException("no call with id '" + callId
                    + "' on the linked phone (it has " + calls.size() + " calls)"));
        }
        return call;
    }
}
