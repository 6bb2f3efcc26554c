package app.contactshield.graphsync.phone;

/**
 * E.164 numbers as primitive {@code long} keys: the digits after the {@code +} read as a decimal number. E.164 never
 * starts with 0, so the mapping is one-to-one. E.164 allows 15 digits, but some numbering plans (Germany's) have valid
 * numbers of up to 17; keys hold up to {@value #MAX_DIGITS} digits, which fits a {@code long}. Stateless.
 */
public final class E164Keys {
    /** The key that stands for "no number". */
    public static final long NONE = 0L;

    public static final int MAX_DIGITS = 18;

    private E164Keys() {
    }

    /**
     * The key of an E.164 string such as {@code +498971041234}.
     *
     * @return the key, or {@link #NONE} when the text is not E.164: {@code +}, then 2 to {@value #MAX_DIGITS} digits,
     *         the first not 0
     */
    public static long of(CharSequence e164) {
        if (e164 == null) {
            return NONE;
        }
        int length = e164.length();
        if (length < 3 || length > MAX_DIGITS + 1 || e164.charAt(0) != '+' || e164.charAt(1) == '0') {
            return NONE;
        }
        long key = 0;
        for (int i = 1; i < length; i++) {
            char c = e164.charAt(i);
            if (c < '0' || c > '9') {
                return NONE;
            }
            key = key * 10 + (c - '0');
        }
        return key;
    }

    /** The E.164 string of a key made by {@link #of(CharSequence)}. */
    public static String toE164(long key) {
        if (key <= 0) {
            throw new IllegalArgumentException("An E.164 key must be positive, was " + key);
        }
        return "+" + key;
    }

    /** How many digits a key has. */
    public static int digitCount(long key) {
        int digits = 1;
        long rest = key;
        while (rest >= 10) {
            rest /= 10;
            digits++;
        }
        return digits;
    }
}
