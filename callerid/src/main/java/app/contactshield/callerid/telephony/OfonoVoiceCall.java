package app.contactshield.callerid.telephony;

import org.freedesktop.dbus.annotations.DBusInterfaceName;
import org.freedesktop.dbus.exceptions.DBusException;
import org.freedesktop.dbus.interfaces.DBusInterface;
import org.freedesktop.dbus.messages.DBusSignal;
import org.freedesktop.dbus.types.Variant;

/** {@code org.ofono.VoiceCall}: one call. Calls block until the service answers. */
@DBusInterfaceName("org.ofono.VoiceCall")
public interface OfonoVoiceCall extends DBusInterface {

    /** Answers an incoming call. */
    void Answer();

    /** Rejects a ringing call or ends an active or held one. */
    void Hangup();

    /** One call property changed ({@code State}, {@code LineIdentification}, ...). */
    class PropertyChanged extends DBusSignal {
        private final String name;
        private final Variant<?> value;

        /** Built by dbus-java from the signal. */
        public PropertyChanged(String objectPath, String name, Variant<?> value) throws DBusException {
            super(objectPath, name, value);
            this.name = name;
            this.value = value;
        }

        /** The property's name. */
        public String name() {
            return name;
        }

        /** The property's new value. */
        public Variant<?> value() {
            return value;
        }
    }
}
