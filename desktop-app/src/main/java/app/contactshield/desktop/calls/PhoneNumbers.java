package app.contactshield.desktop.calls;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber;

/** Formats numbers for people and masks them for logs. Thread-safe. */
public final class PhoneNumbers {
    private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();

    private PhoneNumbers() {
    }

    /**
     * The number in international format ({@code +49 89 71041234}) when it can be read for the region, else as
     * delivered.
     */
    public static String format(String raw, String region) {
        if (raw == null || raw.isBlank()) {
            return "";
        }
        try {
            Phonenumber.PhoneNumber number = UTIL.parse(raw, region);
            if (!UTIL.isPossibleNumber(number)) {
                return raw;
            }
            return UTIL.format(number, PhoneNumberUtil.PhoneNumberFormat.INTERNATIONAL);
        } catch (NumberParseException e) {
            return raw;
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
