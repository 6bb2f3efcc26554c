package app.contactshield.desktop.calls;

import app.contactshield.callerid.link.CallState;
import app.contactshield.callerid.link.LinkState;
import app.contactshield.callerid.link.PhoneCall;
import app.contactshield.callerid.link.PhoneLink;
import app.contactshield.callerid.link.PhoneLinkException;
import app.contactshield.callerid.link.PhoneLinkListener;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/** A phone link driven by the test: it rings on demand, records commands and ends calls like a phone would. */
public final class FakePhoneLink implements PhoneLink {
    private final List<PhoneLinkListener> listeners = new CopyOnWriteArrayList<>();
    private final Map<String, PhoneCall> calls = new ConcurrentHashMap<>();
    private final List<String> commands = new CopyOnWriteArrayList<>();
    private volatile LinkState state;
    private volatile boolean failing;

    public FakePhoneLink(String backend) {
        state = new LinkState(true, "Test phone", backend, "");
    }

    /** Raises a call event to every listener, on a thread of its own like a real link's event thread. */
    public void raise(PhoneCall call) {
        if (call.state() == CallState.ENDED) {
            calls.remove(call.callId());
        } else {
            calls.put(call.callId(), call);
        }
        Thread thread = new Thread(() -> listeners.forEach(l -> l.callChanged(call)), "fake-link-events");
        thread.start();
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The commands received, as "answer:1", "hangUp:1", "dial:+49...:hidden". */
    public List<String> commands() {
        return commands;
    }

    /** Makes every command fail. */
    public void failCommands() {
        failing = true;
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
        return new ArrayList<>(calls.values());
    }

    @Override
    public void answer(String callId) throws PhoneLinkException {
        command("answer:" + callId);
        PhoneCall call = calls.get(callId);
        if (call != null) {
            raise(call.withState(CallState.ACTIVE));
        }
    }

    @Override
    public void hangUp(String callId) throws PhoneLinkException {
        command("hangUp:" + callId);
        PhoneCall call = calls.get(callId);
        if (call != null) {
            raise(call.withState(CallState.ENDED));
        }
    }

    @Override
    public void dial(String number, boolean hideCallerId) throws PhoneLinkException {
        command("dial:" + number + (hideCallerId ? ":hidden" : ":shown"));
    }

    private void command(String command) throws PhoneLinkException {
        if (failing) {
            throw new PhoneLinkException("Test link refuses " + command.substring(0, command.indexOf(':')));
        }
        commands.add(command);
    }

    @Override
    public void close() {
        listeners.clear();
    }
}
