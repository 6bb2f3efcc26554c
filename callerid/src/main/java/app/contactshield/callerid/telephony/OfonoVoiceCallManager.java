package app.contactshield.callerid.telephony;

import java.util.Map;

import org.freedesktop.dbus.DBusPath;
import org.freedesktop.dbus.annotations.DBusInterfaceName;
import org.freedesktop.dbus.exceptions.DBusException;
import org.freedesktop.dbus.interfaces.DBusInterface;
import org.freedesktop.dbus.messages.DBusSignal;
import org.freedesktop.dbus.types.Variant;

/** {@code org.ofono.VoiceCallManager} on a modem: dialling and the modem's calls. Calls block until answered. */
@DBusInterfaceName("org.ofono.VoiceCallManager")
public interface OfonoVoiceCallManager extends DBusInterface {

    /**
     * Dials a number.
     *
     * @param number       the number to dial
     * @param hideCallerId {@code "enabled"} to hide the caller's number, {@code "disabled"} to show it,
     *                     {@code "default"} for the network's setting
     * @return the new call's object path
     */
    DBusPath Dial(String number, String hideCallerId);

    /** A call appeared (incoming, waiting or dialled). */
    class CallAdded extends DBusSignal {
        private final DBusPath call;
        private final Map<String, Variant<?>> properties;

        /** Built by dbus-java from the signal. */
        public CallAdded(String objectPath, DBusPath call, Map<String, Variant<?>> properties) throws DBusException {
            super(objectPath, call, properties);
            this.call = call;
            this.properties = properties;
        }

        /** The call's object path. */
        public DBusPath call() {
            return call;
        }

        /** The call's properties: {@code State}, {@code LineIdentification}, ... */
        public Map<String, Variant<?>> properties() {
            return properties;
        }
    }

    /** A call is gone. */
    class CallRemoved extends DBusSignal {
        private final DBusPath call;

        /** Built by dbus-java from the signal. */
        public CallRemoved(String objectPath, DBusPath call) throws DBusException {
            super(objectPath, call);
            this.call = call;
        }

        /** The call's object path. */
        public DBusPath call() {
            return call;
        }
    }
}
