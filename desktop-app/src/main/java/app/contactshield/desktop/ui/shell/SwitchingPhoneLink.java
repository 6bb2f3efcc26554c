package app.contactshield.desktop.ui.shell;

import app.contactshield.callerid.link.PhoneCall;
import app.contactshield.callerid.link.LinkState;
import app.contactshield.callerid.link.PhoneLink;
import app.contactshield.callerid.link.PhoneLinkException;
import app.contactshield.callerid.link.PhoneLinkListener;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

/**
 * The phone link the screens hold while the preferred phone may change: it forwards to the link opened for the
 * phone the settings name and, when that setting changes, opens the new one, moves the listeners over and tells
 * them the new link state. Thread-safe; {@link #switchTo(String)} blocks on the factory (off the JavaFX thread).
 */
final class SwitchingPhoneLink implements PhoneLink {
    private final Function<String, PhoneLink> opener;
    private final List<PhoneLinkListener> listeners = new CopyOnWriteArrayList<>();
    private volatile PhoneLink current;

    /**
     * @param opener         opens the link for a phone name
     * @param preferredPhone the phone the settings name now
     */
    SwitchingPhoneLink(Function<String, PhoneLink> opener, String preferredPhone) {
        this.opener = Objects.requireNonNull(opener, "opener");
        this.current = opener.apply(preferredPhone);
    }

    /** Closes the current link and opens the one for {@code preferredPhone}. */
    synchronized void switchTo(String preferredPhone) {
        PhoneLink old = current;
        listeners.forEach(old::removeListener);
        old.close();
        PhoneLink next = opener.apply(preferredPhone);
        listeners.forEach(next::addListener);
        current = next;
        LinkState state = next.state();
        listeners.forEach(listener -> listener.linkChanged(state));
    }

    @Override
    public synchronized void addListener(PhoneLinkListener listener) {
        listeners.add(listener);
        current.addListener(listener);
    }

    @Override
    public synchronized void removeListener(PhoneLinkListener listener) {
        listeners.remove(listener);
        current.removeListener(listener);
    }

    @Override
    public LinkState state() {
        return current.state();
    }

    @Override
    public List<PhoneCall> calls() {
        return current.calls();
    }

    @Override
    public void answer(String callId) throws PhoneLinkException {
        current.answer(callId);
    }

    @Override
    public void hangUp(String callId) throws PhoneLinkException {
        current.hangUp(callId);
    }

    @Override
    public void dial(String number, boolean hideCallerId) throws PhoneLinkException {
        current.dial(number, hideCallerId);
    }

    @Override
    public synchronized void close() {
        current.close();
    }
}
