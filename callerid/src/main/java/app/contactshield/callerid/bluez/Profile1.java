package app.contactshield.callerid.bluez;

import java.util.Map;

import org.freedesktop.dbus.DBusPath;
import org.freedesktop.dbus.FileDescriptor;
import org.freedesktop.dbus.annotations.DBusInterfaceName;
import org.freedesktop.dbus.interfaces.DBusInterface;
import org.freedesktop.dbus.types.Variant;

/**
 * BlueZ's {@code org.bluez.Profile1}: the object an application exports so that BlueZ can hand it connections for a
 * registered profile. BlueZ calls these methods; they run on a D-Bus dispatch thread.
 */
@DBusInterfaceName("org.bluez.Profile1")
public interface Profile1 extends DBusInterface {

    /** BlueZ released the profile (it is shutting down or another registration replaced it). */
    void Release();

    /**
     * A device connected; the profile now owns the connected socket.
     *
     * @param device     the BlueZ device object
     * @param fd         the connected RFCOMM socket
     * @param properties connection properties (version, features)
     */
    void NewConnection(DBusPath device, FileDescriptor fd, Map<String, Variant<?>> properties);

    /** BlueZ asks the profile to close its connection to the device. */
    void RequestDisconnection(DBusPath device);
}
