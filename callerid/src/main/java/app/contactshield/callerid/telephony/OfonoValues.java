package app.contactshield.callerid.telephony;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.freedesktop.dbus.DBusPath;
import org.freedesktop.dbus.types.Variant;

import app.contactshield.callerid.link.CallState;

/** Reads the values oFono and PipeWire send, which differ in container shape but not in meaning. */
final class OfonoValues {

    static final String VOICE_CALL_MANAGER = "org.ofono.VoiceCallManager";

    private OfonoValues() {
    }

    /**
     * The object paths and properties of a {@code GetModems} or {@code GetCalls} answer: oFono sends an array of
     * structs {@code a(oa{sv})}, PipeWire a dictionary {@code a{oa{sv}}}.
     */
    static Map<String, Map<String, Object>> objectsWithProperties(Object[] values) {
        Map<String, Map<String, Object>> result = new LinkedHashMap<>();
        if (values.length == 0) {
            return result;
        }
        Object container = values[0];
        if (container instanceof Map<?, ?> dictionary) {
            dictionary.forEach((path, properties) -> result.put(pathOf(path), properties(properties)));
        } else if (container instanceof List<?> list) {
            for (Object entry : list) {
                addStruct(result, entry);
            }
        } else if (container instanceof Object[] array) {
            for (Object entry : array) {
                addStruct(result, entry);
            }
        }
        return result;
    }

    private static void addStruct(Map<String, Map<String, Object>> result, Object entry) {
        if (entry instanceof Object[] struct && struct.length >= 2) {
            result.put(pathOf(struct[0]), properties(struct[1]));
        }
    }

    /** A property map with variants unwrapped. */
    static Map<String, Object> properties(Object raw) {
        Map<String, Object> result = new LinkedHashMap<>();
        if (raw instanceof Map<?, ?> map) {
            map.forEach((key, value) -> result.put(String.valueOf(key), unwrap(value)));
        }
        return result;
    }

    /** The value inside a variant, recursively. */
    static Object unwrap(Object value) {
        Object current = value;
        while (current instanceof Variant<?> variant) {
            current = variant.getValue();
        }
        return current;
    }

    static String pathOf(Object path) {
        return path instanceof DBusPath dbusPath ? dbusPath.getPath() : String.valueOf(path);
    }

    static String string(Map<String, Object> properties, String key) {
        Object value = properties.get(key);
        return value instanceof String text ? text : "";
    }

    /** A string-list property, or empty when absent. */
    static Optional<List<String>> strings(Map<String, Object> properties, String key) {
        Object value = properties.get(key);
        List<String> result = new ArrayList<>();
        if (value instanceof List<?> list) {
            list.forEach(item -> result.add(String.valueOf(item)));
        } else if (value instanceof Object[] array) {
            Arrays.stream(array).forEach(item -> result.add(String.valueOf(item)));
        } else {
            return Optional.empty();
        }
        return Optional.of(result);
    }

    /** The call state for oFono's state name; empty for a name this version does not know. */
    static Optional<CallState> callState(String state) {
        return switch (state.toLowerCase(Locale.ROOT)) {
            case "incoming" -> Optional.of(CallState.INCOMING);
            case "waiting" -> Optional.of(CallState.WAITING);
            case "dialing" -> Optional.of(CallState.DIALING);
            case "alerting" -> Optional.of(CallState.ALERTING);
            case "active" -> Optional.of(CallState.ACTIVE);
            case "held" -> Optional.of(CallState.HELD);
            case "disconnected" -> Optional.of(CallState.ENDED);
            default -> Optional.empty();
        };
    }

    /** Whether a line identification means the caller withheld the number (or the network did not send one). */
    static boolean isWithheld(String lineIdentification) {
        String trimmed = lineIdentification.strip();
        return trimmed.isEmpty() || trimmed.equalsIgnoreCase("withheld");
    }

    /** The last segment of an object path, which names a call without the phone's address. */
    static String lastSegment(String objectPath) {
        int slash = objectPath.lastIndexOf('/');
        return slash >= 0 ? objectPath.substring(slash + 1) : objectPath;
    }
}
