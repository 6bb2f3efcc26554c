package app.contactshield.callerid.bluez;

/**
 * Receives the RFCOMM connections BlueZ hands to the hands-free profile, one per allowed phone. Called on a D-Bus
 * dispatch thread: an implementation must return quickly and read the connection on a thread of its own. The handler
 * owns each connection it receives and closes it when the dialogue ends.
 */
public interface RfcommConnectionHandler {

    /** A phone the policy allows connected; the connection is open and in blocking mode. */
    void connected(RfcommConnection connection);

    /**
     * BlueZ asked to disconnect the phone or released the profile. The connection has already been closed by the
     * profile; this is for bookkeeping (the link state shown to the user, say).
     */
    default void disconnected(RfcommConnection connection) {
    }
}
