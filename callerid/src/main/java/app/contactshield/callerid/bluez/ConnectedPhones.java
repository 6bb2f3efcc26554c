package app.contactshield.callerid.bluez;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.freedesktop.dbus.DBusPath;
import org.freedesktop.dbus.connections.impl.DBusConnection;
import org.freedesktop.dbus.exceptions.DBusException;
import org.freedesktop.dbus.interfaces.ObjectManager;
import org.freedesktop.dbus.types.Variant;

/**
 * The phones BlueZ has connected as hands-free audio gateways (HFP AG, {@code 0x111F}), for backends that do not say
 * which phone a modem belongs to (PipeWire's telephony service). Blocks on one D-Bus call.
 */
public final class ConnectedPhones {

    /** Hands-Free Profile, audio gateway role: what a phone offers. */
    public static final String HFP_AUDIO_GATEWAY_UUID = "0000111f-0000-1000-8000-00805f9b34fb";

    private static final String DEVICE_INTERFACE = "org.bluez.Device1";

    /**
     * A connected phone as BlueZ knows it.
     *
     * @param address its Bluetooth address
     * @param alias   its alias as the user named it
     */
    public record PhoneIdentity(String address, String alias) {
    }

    private ConnectedPhones() {
    }

    /**
     * The connected devices that offer the hands-free audio gateway role.
     *
     * @param systemBus a connection to the bus BlueZ is on
     * @throws DBusException when BlueZ cannot be asked
     */
    public static List<PhoneIdentity> audioGateways(DBusConnection systemBus) throws DBusException {
        ObjectManager bluez = systemBus.getRemoteObject("org.bluez", "/", ObjectManager.class);
        List<PhoneIdentity> phones = new ArrayList<>();
        for (Map.Entry<DBusPath, Map<String, Map<String, Variant<?>>>> entry
                : bluez.GetManagedObjects().entrySet()) {
            Map<String, Variant<?>> device = entry.getValue().get(DEVICE_INTERFACE);
            if (device != null && isConnectedAudioGateway(device)) {
                phones.add(new PhoneIdentity(text(device.get("Address")), text(device.get("Alias"))));
            }
        }
        return phones;
    }

    private static boolean isConnectedAudioGateway(Map<String, Variant<?>> device) {
        Variant<?> connected = device.get("Connected");
        Variant<?> uuids = device.get("UUIDs");
        if (connected == null || !Boolean.TRUE.equals(connected.getValue()) || uuids == null) {
            return false;
        }
        Object value = uuids.getValue();
        Collection<?> list = value instanceof Collection<?> collection ? collection
                : value instanceof Object[] array ? List.of(array) : List.of();
        return list.stream().anyMatch(uuid -> HFP_AUDIO_GATEWAY_UUID.equalsIgnoreCase(String.valueOf(uuid)));
    }

    private static String text(Variant<?> value) {
        return value != null && value.getValue() instanceof String string ? string : "";
    }
}
