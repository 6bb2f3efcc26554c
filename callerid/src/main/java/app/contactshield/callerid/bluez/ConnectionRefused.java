package app.contactshield.callerid.bluez;

import org.freedesktop.dbus.exceptions.DBusExecutionException;

/**
 * The D-Bus error the hands-free profile answers BlueZ with when it refuses a connection (a phone the policy does not
 * allow, or a socket that cannot be taken over). dbus-java names the error after this class; BlueZ drops the
 * connection on any error reply.
 */
public final class ConnectionRefused extends DBusExecutionException {
    private static final long serialVersionUID = 1L;

    /** The error name BlueZ receives. */
    public static final String ERROR_NAME = ConnectionRefused.class.getName();

    /** A refusal with a reason for BlueZ's log (never a phone's address or name). */
    public ConnectionRefused(String message) {
        super(message);
    }
}
