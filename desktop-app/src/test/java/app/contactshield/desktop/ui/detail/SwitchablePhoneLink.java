package app.contactshield.desktop.ui.detail;

import app.contactshield.callerid.link.LinkState;
import app.contactshield.callerid.link.PhoneCall;
import app.contactshield.callerid.link.PhoneLink;
import app.contactshield.callerid.link.PhoneLinkListener;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A phone link whose state the test changes, announcing each change to its listeners like a real link. */
final class SwitchablePhoneLink implements PhoneLink {
    private final List<PhoneLinkListener> listeners = new CopyOnWriteArrayList<>();
    private final List<String> dialled = new CopyOnWriteArrayList<>();
    private volatile LinkState state;

    SwitchablePhoneLink(LinkState state) {
        this.state = state;
    }

    /** Changes the state and tells every listener. */
    void announce(LinkState next) {
        state = next;
        listeners.forEach(l -> l.linkChanged(next));
    }

    List<String> dialled() {
        return List.copyOf(dialled);
    }

    int listenerCount() {
        return listeners.size();
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
    public void answer(String callId) {
        throw new UnsupportedOperationException("this link never rings");
    }

    @Override
    public void hangUp(String callId) {
        throw new UnsupportedOperationException("this link never rings");
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
