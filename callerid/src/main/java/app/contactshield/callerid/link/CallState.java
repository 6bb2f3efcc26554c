package app.contactshield.callerid.link;

/** The state of one call on the paired phone, as the phone reports it. */
public enum CallState {
    /** Ringing, no other call in progress. */
    INCOMING,
    /** Ringing while another call is active (call waiting). */
    WAITING,
    /** Outgoing, being set up. */
    DIALING,
    /** Outgoing, the other side is ringing. */
    ALERTING,
    ACTIVE,
    HELD,
    /** The call is over; the last event for this call id. */
    ENDED
}
