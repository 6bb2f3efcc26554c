package app.contactshield.callerid.bluez;

import java.io.FileDescriptor;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import org.freedesktop.dbus.DBusAsyncReply;
import org.freedesktop.dbus.DBusPath;
import org.freedesktop.dbus.connections.impl.DBusConnection;
import org.freedesktop.dbus.connections.impl.DBusConnectionBuilder;
import org.freedesktop.dbus.exceptions.DBusException;
import org.freedesktop.dbus.exceptions.DBusExecutionException;
import org.freedesktop.dbus.exceptions.MarshallingException;
import org.freedesktop.dbus.interfaces.Properties;
import org.freedesktop.dbus.messages.Error;
import org.freedesktop.dbus.messages.Message;
import org.freedesktop.dbus.transport.junixsocket.JUnixSocketSocketProvider;
import org.freedesktop.dbus.types.UInt16;
import org.freedesktop.dbus.types.Variant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import app.contactshield.callerid.link.PhoneLinkException;

/**
 * Registers Contact Shield as a Bluetooth hands-free unit with BlueZ ({@code ProfileManager1.RegisterProfile} for
 * the HFP hands-free UUID) and hands each RFCOMM connection of an allowed phone to a {@link RfcommConnectionHandler}.
 * Phones the policy does not allow are refused and their socket closed.
 *
 * <p>Threading: {@link #register()} and {@link #close()} block on D-Bus calls and must not run on the JavaFX thread.
 * BlueZ's callbacks ({@code NewConnection}, {@code RequestDisconnection}, {@code Release}) run on dbus-java's
 * dispatch threads, and so do the handler's methods. Whoever creates the profile closes it; closing unregisters the
 * profile, closes every open connection and, when the profile opened the bus connection itself, closes that too.
 */
public final class BluezHandsFreeProfile implements AutoCloseable {

    /** The object path the profile is exported at. */
    public static final String PROFILE_PATH = "/app/contactshield/handsfree";

    private static final Logger LOG = LoggerFactory.getLogger(BluezHandsFreeProfile.class);
    private static final String BLUEZ_SERVICE = "org.bluez";
    private static final String BLUEZ_MANAGER_PATH = "/org/bluez";
    private static final String DEVICE_INTERFACE = "org.bluez.Device1";
    private static final String ERROR_ALREADY_EXISTS = "org.bluez.Error.AlreadyExists";
    private static final long BLUEZ_TIMEOUT_MILLIS = 20_000;

    private final DBusConnection bus;
    private final boolean ownsBus;
    private final AllowedPhones allowedPhones;
    private final RfcommConnectionHandler handler;
    private final Supplier<Set<String>> runningExecutables;
    private final JUnixSocketSocketProvider descriptors = new JUnixSocketSocketProvider();
    private final Map<String, RfcommConnection> connections = new ConcurrentHashMap<>();
    private volatile boolean exported;
    private volatile boolean registered;
    private volatile boolean closed;

    private BluezHandsFreeProfile(DBusConnection bus, boolean ownsBus, AllowedPhones allowedPhones,
            RfcommConnectionHandler handler, Supplier<Set<String>> runningExecutables) {
        this.bus = Objects.requireNonNull(bus, "bus");
        this.ownsBus = ownsBus;
        this.allowedPhones = Objects.requireNonNull(allowedPhones, "allowedPhones");
        this.handler = Objects.requireNonNull(handler, "handler");
        this.runningExecutables = Objects.requireNonNull(runningExecutables, "runningExecutables");
    }

    /**
     * A profile on the system bus, where BlueZ lives. The profile owns the bus connection and closes it on close.
     *
     * @throws PhoneLinkException when the system bus cannot be reached
     */
    public static BluezHandsFreeProfile onSystemBus(AllowedPhones allowedPhones, RfcommConnectionHandler handler)
            throws PhoneLinkException {
        try {
            DBusConnection bus = DBusConnectionBuilder.forSystemBus().withShared(false).build();
            return new BluezHandsFreeProfile(bus, true, allowedPhones, handler,
                    HandsFreeSlotHolders::runningExecutables);
        } catch (DBusException e) {
            throw new PhoneLinkException("Cannot connect to the D-Bus system bus to reach BlueZ", e);
        }
    }

    /**
     * A profile on the bus at this address (a private bus in tests). The profile owns the connection.
     *
     * @param busAddress a D-Bus address such as {@code unix:path=/run/dbus/system_bus_socket}
     * @throws PhoneLinkException when the bus cannot be reached
     */
    public static BluezHandsFreeProfile onBus(String busAddress, AllowedPhones allowedPhones,
            RfcommConnectionHandler handler) throws PhoneLinkException {
        return onBus(busAddress, allowedPhones, handler, HandsFreeSlotHolders::runningExecutables);
    }

    static BluezHandsFreeProfile onBus(String busAddress, AllowedPhones allowedPhones, RfcommConnectionHandler handler,
            Supplier<Set<String>> runningExecutables) throws PhoneLinkException {
        try {
            DBusConnection bus = DBusConnectionBuilder.forAddress(busAddress).withShared(false).build();
            return new BluezHandsFreeProfile(bus, true, allowedPhones, handler, runningExecutables);
        } catch (DBusException e) {
            throw new PhoneLinkException("Cannot connect to the D-Bus bus at " + busAddress + " to reach BlueZ", e);
        }
    }

    /**
     * Exports the profile object and registers the hands-free UUID with BlueZ. Never throws for the expected
     * failures: when another service holds the hands-free role, or BlueZ is absent, the result says so and tells the
     * caller to use the telephony API instead.
     */
    public ProfileRegistration register() {
        if (closed) {
            return unavailable("the profile was closed");
        }
        try {
            if (!exported) {
                bus.exportObject(PROFILE_PATH, new ExportedProfile());
                exported = true;
            }
        } catch (DBusException e) {
            LOG.warn("Cannot export the hands-free profile object; using the telephony API", e);
            return unavailable(e.getClass().getSimpleName());
        }
        Optional<String> error = registerWithBluez();
        if (error.isEmpty()) {
            registered = true;
            LOG.info("Hands-free profile registered with BlueZ");
            return new ProfileRegistration(ProfileRegistration.Status.REGISTERED, "", List.of());
        }
        unexport();
        if (ERROR_ALREADY_EXISTS.equals(error.get())) {
            List<String> holders = HandsFreeSlotHolders.find(bus, runningExecutables);
            LOG.warn("BlueZ hands-free role already registered by another service {}; using the telephony API",
                    holders);
            return new ProfileRegistration(ProfileRegistration.Status.HELD_BY_OTHER_SERVICE,
                    HandsFreeSlotHolders.explanation(holders), holders);
        }
        LOG.warn("BlueZ refused the hands-free profile ({}); using the telephony API", error.get());
        return unavailable(error.get());
    }

    /**
     * Calls RegisterProfile and returns the D-Bus error name, if any. The call goes out asynchronously because
     * dbus-java's proxies turn an error whose name has no Java class into a generic exception and lose the name.
     */
    private Optional<String> registerWithBluez() {
        try {
            ProfileManager1 manager = bus.getRemoteObject(BLUEZ_SERVICE, BLUEZ_MANAGER_PATH, ProfileManager1.class);
            DBusAsyncReply<?> reply = bus.callMethodAsync(manager, "RegisterProfile", new DBusPath(PROFILE_PATH),
                    BluetoothProfiles.HFP_HANDS_FREE_UUID, options());
            Message answer = reply.getCall().getReply(BLUEZ_TIMEOUT_MILLIS);
            if (answer == null) {
                return Optional.of("no answer within " + BLUEZ_TIMEOUT_MILLIS + " ms");
            }
            return answer instanceof Error failure ? Optional.of(failure.getName()) : Optional.empty();
        } catch (DBusException | DBusExecutionException e) {
            return Optional.of(e.getClass().getSimpleName());
        }
    }

    /** The connections open now, for status displays. */
    public List<RfcommConnection> connections() {
        return new ArrayList<>(connections.values());
    }

    /** Unregisters the profile, closes open connections and, if owned, the bus connection. Idempotent. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        if (registered) {
            try {
                bus.getRemoteObject(BLUEZ_SERVICE, BLUEZ_MANAGER_PATH, ProfileManager1.class)
                        .UnregisterProfile(new DBusPath(PROFILE_PATH));
            } catch (DBusException | DBusExecutionException e) {
                LOG.warn("Could not unregister the hands-free profile from BlueZ", e);
            }
            registered = false;
        }
        unexport();
        for (String devicePath : List.copyOf(connections.keySet())) {
            dropConnection(devicePath);
        }
        if (ownsBus) {
            bus.disconnect();
        }
    }

    private static ProfileRegistration unavailable(String reason) {
        return new ProfileRegistration(ProfileRegistration.Status.UNAVAILABLE,
                "Bluetooth (BlueZ) did not accept the hands-free profile (" + reason
                        + "); Contact Shield uses the telephony API instead.", List.of());
    }

    private void unexport() {
        if (exported) {
            bus.unExportObject(PROFILE_PATH);
            exported = false;
        }
    }

    private static Map<String, Variant<?>> options() {
        Map<String, Variant<?>> options = new LinkedHashMap<>();
        options.put("Name", new Variant<>("Contact Shield hands-free"));
        options.put("Role", new Variant<>("client"));
        options.put("Features", new Variant<>(new UInt16(BluetoothProfiles.HFP_HF_SDP_FEATURES)));
        options.put("Version", new Variant<>(new UInt16(BluetoothProfiles.HFP_VERSION)));
        return options;
    }

    private void acceptConnection(String devicePath, org.freedesktop.dbus.FileDescriptor fd) {
        DeviceIdentity device = readDevice(devicePath);
        String masked = BluetoothAddresses.mask(device.address());
        if (closed || !allowedPhones.allows(device.address(), device.alias())) {
            LOG.info("Refused hands-free connection from phone {}: not allowed by policy", masked);
            discard(fd);
            throw rejected("The phone is not allowed by the policy");
        }
        FileDescriptor socket;
        try {
            socket = fd.toJavaFileDescriptor(descriptors);
        } catch (MarshallingException e) {
            LOG.warn("Cannot take over the RFCOMM socket of phone {}", masked, e);
            throw rejected("The socket could not be taken over");
        }
        if (!NativeSockets.makeBlocking(fd.getIntFileDescriptor())) {
            LOG.warn("Cannot put the RFCOMM socket of phone {} in blocking mode", masked);
        }
        RfcommConnection connection = new RfcommConnection(devicePath, device.address(), device.alias(), socket);
        RfcommConnection previous = connections.put(devicePath, connection);
        if (previous != null) {
            previous.close();
        }
        LOG.info("Hands-free connection from phone {}", masked);
        try {
            handler.connected(connection);
        } catch (RuntimeException e) {
            LOG.error("The hands-free engine failed to take the connection of phone {}", masked, e);
            connections.remove(devicePath, connection);
            connection.close();
            throw rejected("The hands-free engine failed to take the connection");
        }
    }

    private void discard(org.freedesktop.dbus.FileDescriptor fd) {
        int number = fd.getIntFileDescriptor();
        NativeSockets.shutdown(number);
        Optional<FileDescriptor> socket = descriptors.createFileDescriptor(number);
        socket.ifPresent(descriptor -> new RfcommConnection("", "", "", descriptor).close());
    }

    private void dropConnection(String devicePath) {
        RfcommConnection connection = connections.remove(devicePath);
        if (connection != null) {
            connection.close();
            handler.disconnected(connection);
        }
    }

    private DeviceIdentity readDevice(String devicePath) {
        String fallbackAddress = BluetoothAddresses.fromObjectPath(devicePath).orElse("");
        try {
            Properties properties = bus.getRemoteObject(BLUEZ_SERVICE, devicePath, Properties.class);
            Map<String, Variant<?>> all = properties.GetAll(DEVICE_INTERFACE);
            String address = stringOf(all.get("Address"), fallbackAddress);
            String alias = stringOf(all.get("Alias"), stringOf(all.get("Name"), ""));
            return new DeviceIdentity(address, alias);
        } catch (DBusException | DBusExecutionException e) {
            LOG.warn("Cannot read the device properties of phone {}", BluetoothAddresses.mask(fallbackAddress), e);
            return new DeviceIdentity(fallbackAddress, "");
        }
    }

    private static String stringOf(Variant<?> value, String fallback) {
        return value != null && value.getValue() instanceof String text ? text : fallback;
    }

    private static ConnectionRefused rejected(String message) {
        return new ConnectionRefused(message);
    }

    private record DeviceIdentity(String address, String alias) {
    }

    /** The object BlueZ calls; public only because dbus-java reflects on it. */
    public final class ExportedProfile implements Profile1 {

        private ExportedProfile() {
        }

        @Override
        public void Release() {
            LOG.info("BlueZ released the hands-free profile");
            registered = false;
            for (String devicePath : List.copyOf(connections.keySet())) {
                dropConnection(devicePath);
            }
        }

        @Override
        public void NewConnection(DBusPath device, org.freedesktop.dbus.FileDescriptor fd,
                Map<String, Variant<?>> properties) {
            acceptConnection(device.getPath(), fd);
        }

        @Override
        public void RequestDisconnection(DBusPath device) {
            dropConnection(device.getPath());
        }

        @Override
        public String getObjectPath() {
            return PROFILE_PATH;
        }
    }
}
