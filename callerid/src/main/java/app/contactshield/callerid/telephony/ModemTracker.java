package app.contactshield.callerid.telephony;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import app.contactshield.callerid.bluez.AllowedPhones;
import app.contactshield.callerid.bluez.BluetoothAddresses;
import app.contactshield.callerid.bluez.ConnectedPhones;
import app.contactshield.callerid.link.CallState;
import app.contactshield.callerid.link.PhoneCall;
import app.contactshield.callerid.link.PhoneLinkException;

/**
 * The modems and calls a telephony service reports, filtered by the policy's allowed phones. Every mutating method
 * runs on the link's event thread; {@link #calls()} and {@link #voiceModems()} may be read from any thread.
 */
final class ModemTracker {

    private static final Logger LOG = LoggerFactory.getLogger(ModemTracker.class);
    private static final Set<String> USABLE_TYPES = Set.of("hfp", "hardware");
    private static final Set<String> IDENTITY_PROPERTIES = Set.of("Type", "Interfaces", "Name", "Serial");

    /** A modem the link uses. */
    record Modem(String path, String address, String name, boolean voice) {
    }

    /** Loads a modem's current calls ({@code GetCalls}). */
    @FunctionalInterface
    interface CallLoader {
        Map<String, Map<String, Object>> load(String modemPath) throws PhoneLinkException;
    }

    /** Names the connected phones when a modem does not say which phone it is (PipeWire). */
    @FunctionalInterface
    interface PhoneResolver {
        List<ConnectedPhones.PhoneIdentity> connectedPhones();
    }

    /** Told about changes, on the event thread. */
    interface Sink {
        void callChanged(PhoneCall call);

        void modemsChanged();

        /** An allowed oFono hands-free modem is not powered: oFono connects to the phone only once powered. */
        void powerOn(Modem modem);
    }

    private final AllowedPhones allowedPhones;
    private final CallLoader loader;
    private final PhoneResolver resolver;
    private final Sink sink;
    private final Map<String, Map<String, Object>> modemProperties = new LinkedHashMap<>();
    private final Map<String, Modem> accepted = new LinkedHashMap<>();
    private final Map<String, String> callModems = new LinkedHashMap<>();
    private final Map<String, PhoneCall> calls = new ConcurrentHashMap<>();
    private final Set<String> refused = new HashSet<>();
    private volatile List<Modem> voiceModems = List.of();
    private volatile int refusedCount;

    ModemTracker(AllowedPhones allowedPhones, CallLoader loader, PhoneResolver resolver, Sink sink) {
        this.allowedPhones = Objects.requireNonNull(allowedPhones, "allowedPhones");
        this.loader = Objects.requireNonNull(loader, "loader");
        this.resolver = Objects.requireNonNull(resolver, "resolver");
        this.sink = Objects.requireNonNull(sink, "sink");
    }

    /** The calls now, ordered by id. */
    List<PhoneCall> calls() {
        List<PhoneCall> list = new ArrayList<>(calls.values());
        list.sort((a, b) -> a.callId().compareTo(b.callId()));
        return list;
    }

    /** The allowed modems that carry calls, in the order they appeared. */
    List<Modem> voiceModems() {
        return voiceModems;
    }

    /** How many phones are connected but not allowed by the policy. */
    int refusedCount() {
        return refusedCount;
    }

    boolean knowsCall(String callPath) {
        return calls.containsKey(callPath);
    }

    void modemAppeared(String path, Map<String, Object> properties) {
        modemProperties.put(path, new LinkedHashMap<>(properties));
        evaluate(path);
    }

    void modemPropertyChanged(String path, String name, Object value) {
        Map<String, Object> properties = modemProperties.get(path);
        if (properties == null) {
            return;
        }
        properties.put(name, value);
        if (IDENTITY_PROPERTIES.contains(name)) {
            evaluate(path);
        }
    }

    void modemRemoved(String path) {
        modemProperties.remove(path);
        refused.remove(path);
        if (accepted.remove(path) != null) {
            endCallsOf(path);
        }
        refresh();
    }

    void callAdded(String modemPath, String callPath, Map<String, Object> properties) {
        Modem modem = accepted.get(modemPath);
        if (modem == null || !modem.voice()) {
            return;
        }
        callModems.put(callPath, modemPath);
        PhoneCall previous = calls.get(callPath);
        PhoneCall current = apply(previous, callPath, properties);
        if (current != null) {
            store(previous, current);
        }
    }

    void callPropertyChanged(String callPath, String name, Object value) {
        PhoneCall previous = calls.get(callPath);
        if (previous == null) {
            return;
        }
        PhoneCall current = apply(previous, callPath, Map.of(name, value));
        if (current != null) {
            store(previous, current);
        }
    }

    void callRemoved(String callPath) {
        callModems.remove(callPath);
        PhoneCall previous = calls.remove(callPath);
        if (previous != null) {
            sink.callChanged(previous.withState(CallState.ENDED));
        }
    }

    /** The service went away: every call ends and every modem goes. */
    void clear() {
        for (String callPath : List.copyOf(calls.keySet())) {
            callRemoved(callPath);
        }
        modemProperties.clear();
        accepted.clear();
        refused.clear();
        refresh();
    }

    private void evaluate(String path) {
        Map<String, Object> properties = modemProperties.get(path);
        Modem before = accepted.get(path);
        Optional<Modem> decision = decide(path, properties);
        if (decision.isEmpty()) {
            if (before != null) {
                accepted.remove(path);
                endCallsOf(path);
            }
            refresh();
            return;
        }
        Modem modem = decision.get();
        accepted.put(path, modem);
        refresh();
        if ("hfp".equals(OfonoValues.string(properties, "Type"))
                && Boolean.FALSE.equals(properties.get("Powered")) && before == null) {
            sink.powerOn(modem);
        }
        if (modem.voice() && (before == null || !before.voice())) {
            loadCalls(path);
        }
    }

    private Optional<Modem> decide(String path, Map<String, Object> properties) {
        String type = OfonoValues.string(properties, "Type");
        if (!type.isEmpty() && !USABLE_TYPES.contains(type)) {
            return Optional.empty();
        }
        String serial = OfonoValues.string(properties, "Serial");
        String address = BluetoothAddresses.isAddress(serial) ? serial
                : BluetoothAddresses.fromObjectPath(path).orElse("");
        String name = OfonoValues.string(properties, "Name");
        boolean allowed;
        if (address.isEmpty() && name.isEmpty()) {
            List<ConnectedPhones.PhoneIdentity> phones = resolver.connectedPhones();
            if (phones.size() == 1) {
                address = phones.get(0).address();
                name = phones.get(0).alias();
            }
            allowed = phones.isEmpty() ? allowedPhones.allows("", "")
                    : phones.stream().allMatch(phone -> allowedPhones.allows(phone.address(), phone.alias()));
        } else {
            allowed = allowedPhones.allows(address, name);
        }
        if (!allowed) {
            if (refused.add(path)) {
                LOG.info("Ignoring the calls of phone {}: not allowed by policy", BluetoothAddresses.mask(address));
            }
            return Optional.empty();
        }
        refused.remove(path);
        boolean voice = OfonoValues.strings(properties, "Interfaces")
                .map(interfaces -> interfaces.contains(OfonoValues.VOICE_CALL_MANAGER))
                .orElse(true);
        return Optional.of(new Modem(path, address, name, voice));
    }

    private void loadCalls(String modemPath) {
        try {
            loader.load(modemPath).forEach((callPath, properties) -> callAdded(modemPath, callPath, properties));
        } catch (PhoneLinkException e) {
            LOG.warn("Cannot read the current calls of a phone; later calls still arrive", e);
        }
    }

    private void endCallsOf(String modemPath) {
        for (Map.Entry<String, String> entry : List.copyOf(callModems.entrySet())) {
            if (entry.getValue().equals(modemPath)) {
                callRemoved(entry.getKey());
            }
        }
    }

    private void refresh() {
        List<Modem> voice = new ArrayList<>();
        accepted.values().stream().filter(Modem::voice).forEach(voice::add);
        List<Modem> before = voiceModems;
        voiceModems = List.copyOf(voice);
        refusedCount = refused.size();
        if (!before.equals(voiceModems)) {
            sink.modemsChanged();
        }
    }

    private void store(PhoneCall previous, PhoneCall current) {
        if (current.state() == CallState.ENDED) {
            calls.remove(current.callId());
            callModems.remove(current.callId());
        } else {
            calls.put(current.callId(), current);
        }
        if (!current.equals(previous)) {
            sink.callChanged(current);
        }
    }

    /** The call with these properties applied; null when a new call has no state this version knows. */
    private static PhoneCall apply(PhoneCall previous, String callPath, Map<String, Object> properties) {
        CallState state = previous == null ? null : previous.state();
        String number = previous == null ? "" : previous.number();
        boolean withheld = previous == null || previous.withheld();
        if (properties.get("State") instanceof String stateName) {
            Optional<CallState> mapped = OfonoValues.callState(stateName);
            if (mapped.isPresent()) {
                state = mapped.get();
            } else {
                LOG.debug("Ignoring unknown call state {}", stateName);
            }
        }
        if (properties.get("LineIdentification") instanceof String line) {
            withheld = OfonoValues.isWithheld(line);
            number = withheld ? "" : line.strip();
        }
        return state == null ? null : new PhoneCall(callPath, number, state, withheld);
    }
}
