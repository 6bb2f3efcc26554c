package app.contactshield.desktop.ui.sample;

import app.contactshield.callerid.link.LinkState;
import app.contactshield.callerid.link.PhoneCall;
import app.contactshield.callerid.link.PhoneLink;
import app.contactshield.callerid.link.PhoneLinkException;
import app.contactshield.callerid.link.PhoneLinkListener;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A phone link that only pretends: it reports a connected demo phone and remembers what was dialled. It stands in
 * where no phone (real or simulated) is wired. Thread-safe.
 */
public final class SamplePhoneLink implements PhoneLink {
    private final List<PhoneLinkListener> listeners = new CopyOnWriteArrayList<>();
    private final List<String> dialled = new CopyOnWriteArrayList<>();
    private final LinkState state;

    /** @param state the state to report */
    public SamplePhoneLink(LinkState state) {
        this.state = state;
    }

    /** A connected demo phone. */
    public static SamplePhoneLink demo() {
        return new SamplePhoneLink(new LinkState(true, "Pixel 8", "Demo", ""));
    }

    /** What was dialled, as {@code number} or {@code #31#number} when the caller id was hidden. */
    public List<String> dialled() {
        return List.copyOf(dialled);
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
        return List.of();
    }

    @Override
    public void answer(String callId) throws PhoneLinkException {
        throw new PhoneLinkException("No call " + callId + " on the sample phone: it never rings");
    }

    @Override
    public void hangUp(String callId) throws PhoneLinkException {
        throw new PhoneLinkException("No call " + callId + " on the sample phone: it never rings");
    }

    @Override
    public void dial(String number, boolean hideCallerId) {
        dialled.add(hideCallerId ? "#31#" + number : number);
    }

    @Override
    public void close() {
        listeners.clear();
    }
}
