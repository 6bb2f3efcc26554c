package app.contactshield.desktop.ui.shell;

import app.contactshield.callerid.link.LinkState;
import app.contactshield.callerid.link.PhoneCall;
import app.contactshield.callerid.link.PhoneLink;
import app.contactshield.callerid.link.PhoneLinkException;
import app.contactshield.callerid.link.PhoneLinkListener;
import java.util.List;

/**
 * The phone link of a real session while no phone is paired: it is never connected, never rings and refuses every
 * command with a clear message. The status bar shows "No phone" rather than a demo phone. Thread-safe.
 */
public final class NoPhonePaired implements PhoneLink {
    /** The backend name the status bar shows. */
    public static final String BACKEND = "None";

    private final LinkState state;

    /** @param preferredPhone the phone the settings name, or empty for the first one found */
    public NoPhonePaired(String preferredPhone) {
        String wanted = preferredPhone == null ? "" : preferredPhone.strip();
        this.state = LinkState.disconnected(BACKEND, wanted.isEmpty() ? "No phone paired"
                : "The phone named in the settings is not paired");
    }

    @Override
    public void addListener(PhoneLinkListener listener) {
        // Nothing ever happens on a link without a phone.
    }

    @Override
    public void removeListener(PhoneLinkListener listener) {
        // Nothing was registered.
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
        throw refused();
    }

    @Override
    public void hangUp(String callId) throws PhoneLinkException {
        throw refused();
    }

    @Override
    public void dial(String number, boolean hideCallerId) throws PhoneLinkException {
        throw refused();
    }

    private static PhoneLinkException refused() {
        return new PhoneLinkException("No phone is paired: pair one over Bluetooth and choose it in the settings");
    }

    @Override
    public void close() {
        // Holds nothing.
    }
}
