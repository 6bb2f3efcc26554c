package app.contactshield.callerid.telephony;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.freedesktop.dbus.connections.impl.DBusConnection;
import org.freedesktop.dbus.connections.impl.DBusConnectionBuilder;
import org.freedesktop.dbus.exceptions.DBusException;
import org.freedesktop.dbus.exceptions.DBusExecutionException;
import org.freedesktop.dbus.interfaces.DBus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import app.contactshield.callerid.link.PhoneLinkException;

/** Finds the telephony service the configuration asks for and connects to its bus. Runs on the caller's thread. */
final class TelephonyServiceLocator {

    private static final Logger LOG = LoggerFactory.getLogger(TelephonyServiceLocator.class);

    /** A connected bus and the service found on it; the caller owns the connection. */
    record Located(DBusConnection bus, TelephonyEndpoint endpoint) {
    }

    private TelephonyServiceLocator() {
    }

    static Located locate(TelephonyConfig config) throws PhoneLinkException {
        return switch (config.service()) {
            case PIPEWIRE -> findPipeWire(config).orElseThrow(() -> new PhoneLinkException(
                    "PipeWire's telephony service (" + names(TelephonyEndpoint.PIPEWIRE_NAMES)
                            + ") is not running on the session bus"));
            case OFONO -> findOfono(config).orElseThrow(() -> new PhoneLinkException(
                    "oFono (org.ofono) is neither running nor activatable on the system bus"));
            case AUTODETECT -> autodetect(config);
        };
    }

    private static Located autodetect(TelephonyConfig config) throws PhoneLinkException {
        Optional<Located> pipeWire = findPipeWire(config);
        if (pipeWire.isPresent()) {
            return pipeWire.get();
        }
        return findOfono(config).orElseThrow(() -> new PhoneLinkException("No telephony service found: tried "
                + names(TelephonyEndpoint.PIPEWIRE_NAMES) + " on the session bus and org.ofono on the system bus"));
    }

    private static Optional<Located> findPipeWire(TelephonyConfig config) {
        Optional<DBusConnection> bus = connect(config.sessionBusAddress(), false);
        if (bus.isEmpty()) {
            return Optional.empty();
        }
        for (TelephonyEndpoint endpoint : TelephonyEndpoint.PIPEWIRE_NAMES) {
            if (present(bus.get(), endpoint.busName(), false)) {
                LOG.info("Telephony service found: {} on the session bus", endpoint.busName());
                return Optional.of(new Located(bus.get(), endpoint));
            }
        }
        bus.get().disconnect();
        return Optional.empty();
    }

    private static Optional<Located> findOfono(TelephonyConfig config) {
        Optional<DBusConnection> bus = connect(config.systemBusAddress(), true);
        if (bus.isEmpty()) {
            return Optional.empty();
        }
        if (present(bus.get(), TelephonyEndpoint.OFONO.busName(), true)) {
            LOG.info("Telephony service found: org.ofono on the system bus");
            return Optional.of(new Located(bus.get(), TelephonyEndpoint.OFONO));
        }
        bus.get().disconnect();
        return Optional.empty();
    }

    private static boolean present(DBusConnection bus, String name, boolean activatable) {
        try {
            DBus daemon = bus.getRemoteObject("org.freedesktop.DBus", "/org/freedesktop/DBus", DBus.class);
            return daemon.NameHasOwner(name)
                    || activatable && Arrays.asList(daemon.ListActivatableNames()).contains(name);
        } catch (DBusException | DBusExecutionException e) {
            LOG.debug("Cannot ask the bus whether {} runs", name, e);
            return false;
        }
    }

    private static Optional<DBusConnection> connect(String address, boolean systemBus) {
        try {
            DBusConnectionBuilder builder;
            if (!address.isEmpty()) {
                builder = DBusConnectionBuilder.forAddress(address);
            } else {
                builder = systemBus ? DBusConnectionBuilder.forSystemBus() : DBusConnectionBuilder.forSessionBus();
            }
            // One signal thread: the link relies on signals arriving in the order the service sent them.
            return Optional.of(builder.receivingThreadConfig().withSignalThreadCount(1).connectionConfig()
                    .withShared(false).build());
        } catch (DBusException | DBusExecutionException e) {
            LOG.info("The D-Bus {} bus is not reachable", systemBus ? "system" : "session", e);
            return Optional.empty();
        }
    }

    private static String names(List<TelephonyEndpoint> endpoints) {
        return String.join(" and ", endpoints.stream().map(TelephonyEndpoint::busName).toList());
    }
}
