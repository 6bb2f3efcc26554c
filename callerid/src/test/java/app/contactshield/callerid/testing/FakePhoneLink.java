package app.contactshield.callerid.testing;

import app.contactshield.callerid.link.CallState;
import app.contactshield.callerid.link.LinkState;
import app.contactshield.callerid.link.PhoneCall;
import app.contactshield.callerid.link.PhoneLink;
import app.contactshield.callerid.link.PhoneLinkListener;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A phone link driven by the test: {@link #report} plays the phone's events on the test's thread (the "event
 * thread"); commands are recorded and change nothing, so the test reports what the phone would do next.
 */
public final class FakePhoneLink implements PhoneLink {
    private final List<PhoneLinkListener> listeners = new CopyOnWriteArrayList<>();
    private final Map<String, PhoneCall> calls = new LinkedHashMap<>();
    private final List<String> commands = new CopyOnWriteArrayList<>();
    private volatile LinkState state;

    /** @param backend the backend name the link reports ("oFono", "Hands-free", ...) */
    public FakePhoneLink(String backend) {
        this.state = new LinkState(true, "Test phone", backend, "");
    }

    /** The phone reports a call event. */
    public void report(String callId, String number, CallState callState, boolean withheld) {
        PhoneCall call = new PhoneCall(callId, number, callState, withheld);
        synchronized (calls) {
            if (callState == CallState.ENDED) {
                calls.remove(callId);
            } else {
                calls.put(callId, call);
            }
        }
        listeners.forEach(listener -> listener.callChanged(call));
    }

    /** The phone disconnects. */
    public void disconnect() {
        state = LinkState.disconnected(state.backend(), "out of range");
        listeners.forEach(listener -> listener.linkChanged(state));
    }

    /** The commands received, such as {@code hangUp 1} or {@code dial #31#0897104 hidden=false}. */
    public List<String> commands() {
        return List.copyOf(commands);
    }

    @Override
    public void addListener(PhoneLinkListener listener) {
        listeners.add(listener);
    }

    @Override
    public void removeListener(PhoneLinkListener listener) {
        listeners.remove(listener);
    }

    @Override
    public LinkState state() {
        return state;
    }

    @Override
    public List<PhoneCall> calls() {
        synchronized (calls) {
            return new ArrayList<>(calls.values());
        }
    }

    @Override
    public void answer(String callId) {
        commands.add("answer " + callId);
    }

    @Override
    public void hangUp(String callId) {
        commands.add("hangUp " + callId);
    }

    @Override
    public void dial(String number, boolean hideCallerId) {
        commands.add("dial " + number + " hidden=" + hideCallerId);
    }

    @Override
    public void close() {
        listeners.clear();
    }
}
