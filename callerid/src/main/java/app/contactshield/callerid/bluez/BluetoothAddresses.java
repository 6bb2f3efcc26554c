package app.contactshield.callerid.bluez;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Bluetooth device addresses as BlueZ and oFono spell them, and their masked form for log lines. A full address
 * identifies a person's phone, so logs only ever carry {@link #mask(String)}.
 */
public final class BluetoothAddresses {

    private static final Pattern ADDRESS = Pattern.compile("(?i)[0-9a-f]{2}(:[0-9a-f]{2}){5}");
    private static final Pattern DEVICE_PATH_SEGMENT = Pattern.compile("(?i)dev_([0-9a-f]{2}(?:_[0-9a-f]{2}){5})");
    private static final String HIDDEN_OCTET = "••";

    private BluetoothAddresses() {
    }

    /** Whether the text is a Bluetooth address of the form {@code AA:BB:CC:DD:EE:FF}. */
    public static boolean isAddress(String text) {
        return text != null && ADDRESS.matcher(text).matches();
    }

    /**
     * The address with its middle octets hidden, {@code AA:BB:••:••:••:FF}, for log lines; anything
     * that is not an address becomes a fixed placeholder so that no other identifier slips into a log.
     */
    public static String mask(String address) {
        if (!isAddress(address)) {
            return "(no address)";
        }
        String upper = address.toUpperCase(Locale.ROOT);
        return upper.substring(0, 6) + String.join(":", HIDDEN_OCTET, HIDDEN_OCTET, HIDDEN_OCTET) + upper.substring(14);
    }

    /**
     * The address encoded in a BlueZ device object path ({@code /org/bluez/hci0/dev_AA_BB_CC_DD_EE_FF}), which oFono
     * also embeds in its hands-free modem paths.
     */
    public static Optional<String> fromObjectPath(String objectPath) {
        if (objectPath == null) {
            return Optional.empty();
        }
        Matcher matcher = DEVICE_PATH_SEGMENT.matcher(objectPath);
        if (!matcher.find()) {
            return Optional.empty();
        }
        return Optional.of(matcher.group(1).replace('_', ':').toUpperCase(Locale.ROOT));
    }

    /**
     * A call or modem id for log lines: an object path with the device address in it
     * ({@code /hfp/org/bluez/hci0/dev_AA_BB_CC_DD_EE_FF/voicecall01}) keeps its shape but hides the address's middle
     * octets ({@code dev_AA_BB_••_••_••_FF}); ids without an address (HFP call indexes) pass unchanged.
     */
    public static String maskInPath(String id) {
        if (id == null) {
            return "";
        }
        Matcher matcher = DEVICE_PATH_SEGMENT.matcher(id);
        StringBuilder masked = new StringBuilder();
        while (matcher.find()) {
            String upper = matcher.group(1).toUpperCase(Locale.ROOT);
            String replacement = "dev_" + upper.substring(0, 6) + String.join("_", HIDDEN_OCTET, HIDDEN_OCTET,
                    HIDDEN_OCTET) + upper.substring(14);
            matcher.appendReplacement(masked, Matcher.quoteReplacement(replacement));
        }
        matcher.appendTail(masked);
        return masked.toString();
    }
}
