package app.contactshield.callerid.bluez;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import org.freedesktop.dbus.connections.impl.DBusConnection;
import org.freedesktop.dbus.exceptions.DBusException;
import org.freedesktop.dbus.exceptions.DBusExecutionException;
import org.freedesktop.dbus.interfaces.DBus;

/**
 * Guesses which service holds BlueZ's hands-free role. BlueZ only says that the UUID is taken, not by whom, so this
 * looks for the services known to register it: on the bus by their well-known names, and among running processes.
 */
final class HandsFreeSlotHolders {

    private static final Map<String, String> BUS_NAMES = new LinkedHashMap<>();
    private static final Map<String, String> PROCESS_NAMES = new LinkedHashMap<>();
    private static final Map<String, String> ADVICE = Map.of(
            "PipeWire", "for PipeWire, set WirePlumber's `bluez5.roles` without `hfp_hf` and restart wireplumber",
            "oFono", "for oFono, stop it (`systemctl disable --now ofono`)",
            "hsphfpd", "for hsphfpd, stop it (`systemctl disable --now hsphfpd`)",
            "PulseAudio", "for PulseAudio, load module-bluez5-discover with `enable_native_hfp_hf=false`");

    static {
        BUS_NAMES.put("org.ofono", "oFono");
        BUS_NAMES.put("org.hsphfpd", "hsphfpd");
        PROCESS_NAMES.put("pipewire", "PipeWire");
        PROCESS_NAMES.put("wireplumber", "PipeWire");
        PROCESS_NAMES.put("ofonod", "oFono");
        PROCESS_NAMES.put("hsphfpd", "hsphfpd");
        PROCESS_NAMES.put("pulseaudio", "PulseAudio");
    }

    private HandsFreeSlotHolders() {
    }

    /** The names of the executables running now, for {@link #find}. */
    static Set<String> runningExecutables() {
        Set<String> names = new HashSet<>();
        ProcessHandle.allProcesses().forEach(process -> process.info().command()
                .map(command -> Path.of(command).getFileName())
                .ifPresent(name -> names.add(name.toString())));
        return names;
    }

    /** The services that probably hold the hands-free role, in a stable order, without repeats. */
    static List<String> find(DBusConnection bus, Supplier<Set<String>> executables) {
        Set<String> found = new HashSet<>();
        List<String> ordered = new ArrayList<>();
        try {
            DBus daemon = bus.getRemoteObject("org.freedesktop.DBus", "/org/freedesktop/DBus", DBus.class);
            for (Map.Entry<String, String> entry : BUS_NAMES.entrySet()) {
                if (daemon.NameHasOwner(entry.getKey()) && found.add(entry.getValue())) {
                    ordered.add(entry.getValue());
                }
            }
        } catch (DBusException | DBusExecutionException ignored) {
            // The bus could not be asked; the running processes may still tell.
        }
        Set<String> running = executables.get();
        for (Map.Entry<String, String> entry : PROCESS_NAMES.entrySet()) {
            if (running.contains(entry.getKey()) && found.add(entry.getValue())) {
                ordered.add(entry.getValue());
            }
        }
        return ordered;
    }

    /** The sentence shown to the user: who holds the role and, for each recognised holder, how to free it. */
    static String explanation(List<String> holders) {
        String who = holders.isEmpty() ? "e.g. PipeWire/oFono/hsphfpd" : "likely " + String.join(", ", holders);
        StringBuilder text = new StringBuilder("The hands-free role is held by another service (").append(who)
                .append("); to free it, ");
        List<String> advice = new ArrayList<>();
        for (String holder : holders.isEmpty() ? List.of("PipeWire", "oFono", "hsphfpd") : holders) {
            String line = ADVICE.get(holder);
            if (line != null) {
                advice.add(line);
            }
        }
        text.append(String.join("; ", advice));
        return text.append(" — or let Contact Shield use the telephony API instead.").toString();
    }
}
