package app.contactshield.desktop.calls;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber;
import java.text.MessageFormat;

/**
 * Formats numbers for people, the same way on every screen (detail pane, call window, recent calls), and masks them
 * for logs. A number of the default region reads in its national form ({@code 089 71041234}), a foreign one in
 * international form ({@code +43 1 5321234}); an extension follows as {@code ext. 123}. Thread-safe.
 */
public final class PhoneNumbers {
    /** How an extension follows the number unless a screen's bundle says otherwise. */
    public static final String EXTENSION = "ext. {0}";

    private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();

    private PhoneNumbers() {
    }

    /**
     * The number as people read it (see the class comment) when it can be read for the region, else as delivered.
     *
     * @param raw    the number as stored or delivered by the network, with or without an extension
     * @param region the default region ({@code DE})
     */
    public static String format(String raw, String region) {
        return format(raw, null, region, EXTENSION);
    }

    /**
     * The number as people read it, with its extension.
     *
     * @param raw              the number, in E.164 or as delivered
     * @param extension        the extension kept apart from the number, or {@code null} for one written in it
     * @param region           the default region ({@code DE})
     * @param extensionPattern how the extension reads, {@code {0}} the digits ({@code "ext. {0}"})
     */
    public static String format(String raw, String extension, String region, String extensionPattern) {
        if (raw == null || raw.isBlank()) {
            return "";
        }
        String shown = raw;
        String ext = extension == null || extension.isBlank() ? null : extension.strip();
        try {
            Phonenumber.PhoneNumber number = UTIL.parse(raw, region);
            if (UTIL.isPossibleNumber(number)) {
                if (ext == null && number.hasExtension() && !number.getExtension().isEmpty()) {
                    ext = number.getExtension();
                }
                number.clearExtension();
                boolean home = region != null && region.equalsIgnoreCase(UTIL.getRegionCodeForNumber(number));
                shown = UTIL.format(number, home ? PhoneNumberUtil.PhoneNumberFormat.NATIONAL
                        : PhoneNumberUtil.PhoneNumberFormat.INTERNATIONAL);
            }
        } catch (NumberParseException e) {
            shown = raw.strip();
        }
        return ext == null ? shown : shown + " " + MessageFormat.format(extensionPattern, ext);
    }

    /** A masked form for log lines: the first four and the last two digits, the rest dotted. */
    public static String mask(String raw) {
        if (raw == null || raw.isBlank()) {
            return "(none)";
        }
        StringBuilder masked = new StringBuilder(raw.length());
        int digits = (int) raw.chars().filter(Character::isDigit).count();
        int seen = 0;
        for (char c : raw.toCharArray()) {
            if (Character.isDigit(c)) {
                seen++;
                masked.append(seen <= 4 || seen > digits - 2 ? c : '•');
            } else {
                masked.append(c);
            }
        }
        return masked.toString();
    }
}
