package app.contactshield.callerid.hfp;

/**
 * Masks phone numbers for log lines and {@code toString()}: keeps a leading {@code +} and country digits and the
 * last two digits, hides the rest ({@code +49 89 •••• ••20} style). Stateless.
 */
public final class PhoneMask {

    private PhoneMask() {
    }

    /**
     * Masks a number.
     *
     * @param number a number as delivered, may be {@code null} or empty
     * @return the masked form; empty input gives an empty string
     */
    public static String mask(String number) {
        if (number == null || number.isBlank()) {
            return "";
        }
        String s = number.strip();
        int keepHead = s.startsWith("+") ? Math.min(3, s.length() - 2) : 0;
        int keepTail = s.length() > 6 ? 2 : 0;
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean keep = i < keepHead || i >= s.length() - keepTail;
            sb.append(keep || !Character.isLetterOrDigit(c) ? c : '•');
        }
        return sb.toString();
    }
}
