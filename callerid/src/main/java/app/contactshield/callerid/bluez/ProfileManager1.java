package app.contactshield.callerid.bluez;

import java.util.Map;

import org.freedesktop.dbus.DBusPath;
import org.freedesktop.dbus.annotations.DBusInterfaceName;
import org.freedesktop.dbus.interfaces.DBusInterface;
import org.freedesktop.dbus.types.Variant;

/** BlueZ's {@code org.bluez.ProfileManager1} at {@code /org/bluez}. Calls block until BlueZ answers. */
@DBusInterfaceName("org.bluez.ProfileManager1")
public interface ProfileManager1 extends DBusInterface {

    /**
     * Registers a profile implemented by an exported {@link Profile1} object.
     *
     * @param profile the exported object's path
     * @param uuid    the profile's service class UUID
     * @param options Name, Role, Channel, Features, Version and the like
     */
    void RegisterProfile(DBusPath profile, String uuid, Map<String, Variant<?>> options);

    /** Withdraws a registered profile. */
    void UnregisterProfile(DBusPath profile);
}
