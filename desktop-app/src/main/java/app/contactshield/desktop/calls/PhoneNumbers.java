package app.contactshield.desktop.calls;

import app.contactshield.graphsync.model.PhoneNumber;
import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber;
import java.text.MessageFormat;

/**
 * Formats numbers for people, the same way on every screen that shows one (detail pane, business card, call window,
 * recent calls), and masks them for logs. The one rule: libphonenumber's national form for a number of the user's
 * own country (the region setting: {@code 089 71041234} in DE), its international form for any other
 * ({@code +43 1 5321234}); a PBX extension follows as {@code ext. 123}. A direct-dial suffix that is already part of
 * the number ({@code 089 7104-201}, stored as {@code +49897104201} with {@code 201} as its suffix) is not repeated
 * as an extension. Text that is not a possible number is shown as written. Thread-safe.
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

    /**
     * A contact's number as people read it: its E.164 form formatted by the class rule, with its PBX extension but
     * without a direct-dial suffix that the number already ends in; the number as delivered when it has no E.164 form.
     *
     * @param number           the stored number
     * @param region           the user's region ({@code DE})
     * @param extensionPattern how the extension reads, {@code {0}} the digits ({@code "ext. {0}"})
     */
    public static String format(PhoneNumber number, String region, String extensionPattern) {
        String extension = number.extensionPart().filter(ext -> !isDirectDialSuffix(number, ext)).orElse(null);
        return format(number.e164Form().orElse(number.raw()), extension, region, extensionPattern);
    }

    /**
     * Whether an extension is the direct-dial suffix of the number ({@code 7104-201}), which its E.164 form already
     * ends in, rather than a PBX extension written apart ({@code x201}, {@code ext. 201}).
     */
    private static boolean isDirectDialSuffix(PhoneNumber number, String extension) {
        if (!number.isNormalised() || !number.e164().endsWith(extension)) {
            return false;
        }
        try {
            String home = UTIL.getRegionCodeForNumber(UTIL.parse(number.e164(), null));
            Phonenumber.PhoneNumber written = UTIL.parse(number.raw(), home == null ? "ZZ" : home);
            return !written.hasExtension() || written.getExtension().isEmpty();
        } catch (NumberParseException e) {
            return true;
        }
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
