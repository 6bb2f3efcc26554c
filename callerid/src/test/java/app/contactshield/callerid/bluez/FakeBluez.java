package app.contactshield.callerid.bluez;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import org.freedesktop.dbus.DBusPath;
import org.freedesktop.dbus.FileDescriptor;
import org.freedesktop.dbus.connections.base.AbstractConnectionBase;
import org.freedesktop.dbus.connections.impl.DBusConnection;
import org.freedesktop.dbus.connections.impl.DBusConnectionBuilder;
import org.freedesktop.dbus.exceptions.DBusException;
import org.freedesktop.dbus.exceptions.DBusExecutionException;
import org.freedesktop.dbus.interfaces.Properties;
import org.freedesktop.dbus.types.Variant;

/**
 * Plays BlueZ on a private bus: owns {@code org.bluez}, offers {@code ProfileManager1} at {@code /org/bluez} and one
 * {@code Device1} object, and hands a socket to the registered profile through {@code NewConnection}, as bluetoothd
 * does when a phone connects.
 */
public final class FakeBluez implements AutoCloseable {

    public static final String DEVICE_PATH = "/org/bluez/hci0/dev_AA_BB_CC_DD_EE_FF";
    public static final String DEVICE_ADDRESS = "AA:BB:CC:DD:EE:FF";
    public static final String DEVICE_ALIAS = "Ada Beispiel's phone";

    private final DBusConnection connection;
    private final List<Registration> registrations = new CopyOnWriteArrayList<>();
    private final List<String> unregistered = new CopyOnWriteArrayList<>();
    private volatile boolean slotTaken;

    /** One RegisterProfile call as BlueZ received it. */
    public record Registration(String sender, String path, String uuid, Map<String, Variant<?>> options) {
    }

    public FakeBluez(String busAddress) throws DBusException {
        connection = DBusConnectionBuilder.forAddress(busAddress).withShared(false).build();
        connection.exportObject("/org/bluez", new Manager());
        connection.exportObject(DEVICE_PATH, new Device());
        connection.requestBusName("org.bluez");
    }

    /** From now on RegisterProfile answers {@code org.bluez.Error.AlreadyExists}, as when PipeWire holds HFP HF. */
    public void takeSlot() {
        slotTaken = true;
    }

    public List<Registration> registrations() {
        return registrations;
    }

    public List<String> unregistered() {
        return unregistered;
    }

    /** Calls the registered profile's NewConnection for the device with this descriptor, as bluetoothd does. */
    public void connect(int fd) throws DBusException {
        profile().NewConnection(new DBusPath(DEVICE_PATH), new FileDescriptor(fd), Map.of());
    }

    /** Calls the registered profile's RequestDisconnection for the device. */
    public void requestDisconnection() throws DBusException {
        profile().RequestDisconnection(new DBusPath(DEVICE_PATH));
    }

    /** Calls the registered profile's Release, as bluetoothd does when it shuts down. */
    void release() throws DBusException {
        profile().Release();
    }

    private Profile1 profile() throws DBusException {
        Registration registration = registrations.get(registrations.size() - 1);
        return connection.getRemoteObject(registration.sender(), registration.path(), Profile1.class);
    }

    @Override
    public void close() throws IOException {
        connection.close();
    }

    /** BlueZ's profile manager. */
    public final class Manager implements ProfileManager1 {

        @Override
        public void RegisterProfile(DBusPath profile, String uuid, Map<String, Variant<?>> options) {
            if (slotTaken) {
                throw new org.bluez.Error.AlreadyExists("UUID already registered");
            }
            String sender = AbstractConnectionBase.getCallInfo().getSource();
            registrations.add(new Registration(sender, profile.getPath(), uuid, Map.copyOf(options)));
        }

        @Override
        public void UnregisterProfile(DBusPath profile) {
            unregistered.add(profile.getPath());
        }

        @Override
        public String getObjectPath() {
            return "/org/bluez";
        }
    }

    /** The paired phone's {@code org.bluez.Device1} properties. */
    public final class Device implements Properties {

        @Override
        @SuppressWarnings("unchecked")
        public <A> A Get(String interfaceName, String propertyName) {
            return (A) GetAll(interfaceName).get(propertyName).getValue();
        }

        @Override
        public <A> void Set(String interfaceName, String propertyName, A value) {
            throw new DBusExecutionException("read-only");
        }

        @Override
        public Map<String, Variant<?>> GetAll(String interfaceName) {
            return Map.of("Address", new Variant<>(DEVICE_ADDRESS), "Alias", new Variant<>(DEVICE_ALIAS),
                    "Paired", new Variant<>(true));
        }

        @Override
        public String getObjectPath() {
            return DEVICE_PATH;
        }
    }
}
