package app.contactshield.callerid.hfp;

import app.contactshield.callerid.link.LinkState;
import app.contactshield.callerid.link.PhoneCall;

/** Where a {@link HandsFreeSession} sends its commands and events; called on the session thread. */
interface SessionOutput {

    /** Writes one command; the implementation appends the CR. */
    void send(String command);

    /** A call appeared, changed or ended. */
    void callChanged(PhoneCall call);

    /** The link came up or went down. */
    void linkChanged(LinkState state);

    /** The session gave up (setup failed); the transport must be closed. */
    void closeTransport(String reason);
}
