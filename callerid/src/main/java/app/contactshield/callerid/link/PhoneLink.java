package app.contactshield.callerid.link;

import java.util.List;

/**
 * The link to the user's paired phone: call events in, call control out. Implementations: the telephony D-Bus API
 * (oFono or PipeWire), the project's own hands-free engine over RFCOMM, and the demo phone. Commands may block on
 * I/O and must not be called on the JavaFX thread. Whoever starts a link closes it.
 */
public interface PhoneLink extends AutoCloseable {

    /** Adds a listener for call and link events. */
    void addListener(PhoneLinkListener listener);

    /** Removes a listener. */
    void removeListener(PhoneLinkListener listener);

    /** The current link state. */
    LinkState state();

    /** The calls the phone has now. */
    List<PhoneCall> calls();

    /** Answers a ringing or waiting call. */
    void answer(String callId) throws PhoneLinkException;

    /** Rejects a ringing call or hangs up an active or held one. */
    void hangUp(String callId) throws PhoneLinkException;

    /**
     * Dials a number from the phone.
     *
     * @param number       the number to dial, as the user chose it
     * @param hideCallerId whether the callee must not see the user's number
     */
    void dial(String number, boolean hideCallerId) throws PhoneLinkException;

    @Override
    void close();
}
