package app.contactshield.callerid.telephony;

import java.util.Map;

import org.freedesktop.dbus.DBusPath;
import org.freedesktop.dbus.annotations.DBusInterfaceName;
import org.freedesktop.dbus.exceptions.DBusException;
import org.freedesktop.dbus.interfaces.DBusInterface;
import org.freedesktop.dbus.messages.DBusSignal;
import org.freedesktop.dbus.types.Variant;

/**
 * {@code org.ofono.Manager}: the list of modems. oFono answers {@code GetModems} with {@code a(oa{sv})} and PipeWire
 * with {@code a{oa{sv}}}, so {@link TelephonyLink} reads the answer through {@link DBusReplies} rather than a typed
 * method here.
 */
@DBusInterfaceName("org.ofono.Manager")
public interface OfonoManager extends DBusInterface {

    /** A modem appeared: for a hands-free modem, a phone connected. */
    class ModemAdded extends DBusSignal {
        private final DBusPath modem;
        private final Map<String, Variant<?>> properties;

        /** Built by dbus-java from the signal. */
        public ModemAdded(String objectPath, DBusPath modem, Map<String, Variant<?>> properties)
                throws DBusException {
            super(objectPath, modem, properties);
            this.modem = modem;
            this.properties = properties;
        }

        /** The new modem's object path. */
        public DBusPath modem() {
            return modem;
        }

        /** The modem's properties (empty from PipeWire). */
        public Map<String, Variant<?>> properties() {
            return properties;
        }
    }

    /** A modem disappeared: the phone disconnected. */
    class ModemRemoved extends DBusSignal {
        private final DBusPath modem;

        /** Built by dbus-java from the signal. */
        public ModemRemoved(String objectPath, DBusPath modem) throws DBusException {
            super(objectPath, modem);
            this.modem = modem;
        }

        /** The removed modem's object path. */
        public DBusPath modem() {
            return modem;
        }
    }
}
