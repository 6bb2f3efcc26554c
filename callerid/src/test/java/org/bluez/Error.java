package org.bluez;

import org.freedesktop.dbus.exceptions.DBusExecutionException;

/**
 * BlueZ's error names for the test double of bluetoothd: dbus-java names a D-Bus error after the exception's class,
 * with {@code $} read as {@code .}, so {@code org.bluez.Error$AlreadyExists} goes out as
 * {@code org.bluez.Error.AlreadyExists}.
 */
public final class Error {

    private Error() {
    }

    /** The profile UUID is already registered by another application. */
    public static final class AlreadyExists extends DBusExecutionException {
        private static final long serialVersionUID = 1L;

        public AlreadyExists(String message) {
            super(message);
        }
    }
}
