package app.contactshield.callerid.phone;

import java.util.List;
import java.util.Objects;

import app.contactshield.callerid.link.LinkState;
import app.contactshield.callerid.link.PhoneCall;
import app.contactshield.callerid.link.PhoneLink;
import app.contactshield.callerid.link.PhoneLinkException;
import app.contactshield.callerid.link.PhoneLinkListener;

/**
 * The link when no backend could be opened: always disconnected, with the reason for the status bar; every command
 * fails with that reason. Thread-safe; a listener is told the state when added.
 */
final class UnlinkedPhone implements PhoneLink {

    private final LinkState state;

    UnlinkedPhone(String detail) {
        this.state = LinkState.disconnected("None", Objects.requireNonNull(detail, "detail"));
    }

    @Override
    public void addListener(PhoneLinkListener listener) {
        listener.linkChanged(state);
    }

    @Override
    public void removeListener(PhoneLinkListener listener) {
        Objects.requireNonNull(listener, "listener");
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
        throw unlinked();
    }

    @Override
    public void hangUp(String callId) throws PhoneLinkException {
        throw unlinked();
    }

    @Override
    public void dial(String number, boolean hideCallerId) throws PhoneLinkException {
        throw unlinked();
    }

    @Override
    public void close() {
        // Nothing was opened.
    }

    private PhoneLinkException unlinked() {
        return new PhoneLinkException("No phone is linked: " + state.detail());
    }
}
