package app.contactshield.callerid.telephony;

import org.freedesktop.dbus.annotations.DBusInterfaceName;
import org.freedesktop.dbus.exceptions.DBusException;
import org.freedesktop.dbus.interfaces.DBusInterface;
import org.freedesktop.dbus.messages.DBusSignal;
import org.freedesktop.dbus.types.Variant;

/** {@code org.ofono.Modem}: a modem's properties; oFono adds interfaces such as the call manager as they come up. */
@DBusInterfaceName("org.ofono.Modem")
public interface OfonoModem extends DBusInterface {

    /**
     * Sets a writable modem property; {@code Powered} true makes oFono connect a hands-free modem to its phone.
     *
     * @param name  the property
     * @param value its new value
     */
    void SetProperty(String name, Variant<?> value);

    /** One modem property changed ({@code Interfaces}, {@code Name}, {@code Online}, ...). */
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
