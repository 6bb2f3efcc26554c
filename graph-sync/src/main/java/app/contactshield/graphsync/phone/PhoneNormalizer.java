package app.contactshield.graphsync.phone;

import app.contactshield.graphsync.model.PhoneNumber;
import app.contactshield.graphsync.model.PhoneType;
import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads phone numbers the same way for stored contacts and for incoming calls, so that both meet in E.164.
 * Immutable and thread-safe; every method runs on the caller's thread and does no I/O.
 *
 * <p>How a number is read (libphonenumber does the parsing; the rules below choose between its readings):
 * <ul>
 *   <li>A number is normalised only when the chosen reading is a <em>valid</em> number of its country's numbering
 *       plan; anything else is kept as delivered and flagged (see {@link #problemWith(String)}).</li>
 *   <li>Spaces (any Unicode white space: tabs, line breaks, no-break and thin spaces), dots, dashes, slashes,
 *       brackets, {@code (0)} after a country code, full-width digits, letters (vanity numbers), {@code tel:} URIs
 *       and the international prefixes of the default region ({@code 00}, {@code 011}, ...) are understood.
 *       Extensions written {@code x123}, {@code ext. 12}, {@code ;ext=12}, {@code #} and the like are split off
 *       into {@link PhoneNumber#extension()}.</li>
 *   <li>Country code without {@code +}: digits that start with 1-9 are also read as an international number
 *       ({@code 4989...} as {@code +49 89...}). When only one reading is valid, it wins. When both are, the
 *       international reading wins in regions whose national numbers are dialled with a trunk {@code 0}: people
 *       there write national numbers with the 0, so digits without it are taken as a country code without
 *       {@code +} ({@code 4312345678} in Germany is read as Vienna, not as Kiel without its 0). Elsewhere (North
 *       America) the national reading wins.
 *       {@code 00} and {@code 011} are tried as international prefixes when the national reading is not valid.</li>
 *   <li>Direct-dial suffix ({@code 089 7104-20}, DIN 5008): a trailing group of 1 to 5 digits after the only dash
 *       of the text (several dashes are plain separators, as in {@code 212-555-0134}) is the
 *       extension of the number before it when that number is valid on its own. When the whole number is valid
 *       too and its country writes direct-dial numbers this way (DE, AT, CH), the E.164 form is the whole number
 *       (that is what the network shows when the person calls from their desk) and the suffix is kept as its
 *       extension. When the whole is not valid, the E.164 form is the number before the dash.</li>
 * </ul>
 */
public final class PhoneNormalizer {
    private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();
    private static final int MAX_INPUT_LENGTH = 250;
    private static final Set<Integer> DIRECT_DIAL_COUNTRIES = Set.of(49, 43, 41);
    private static final Pattern DIRECT_DIAL_SUFFIX = Pattern.compile("^(.*\\d)\\s*[-\u2010\u2013]\\s*(\\d{1,5})$");
    private static final String UNKNOWN_REGION = "ZZ";

    private final String defaultRegion;
    private final boolean supportedRegion;
    private final boolean trunkZeroRegion;

    /**
     * @param defaultRegion ISO 3166 region used for numbers written without a country code (from the policy, else
     *                      the OS locale); a region libphonenumber does not know means such numbers stay unnormalised
     */
    public PhoneNormalizer(String defaultRegion) {
        this.defaultRegion = Objects.requireNonNull(defaultRegion, "defaultRegion").toUpperCase(Locale.ROOT);
        this.supportedRegion = UTIL.getSupportedRegions().contains(this.defaultRegion);
        this.trunkZeroRegion = supportedRegion && "0".equals(UTIL.getNddPrefixForRegion(this.defaultRegion, true));
    }

    /** A normaliser for the region of the OS locale, or {@code US} when the locale names none. */
    public static PhoneNormalizer forDefaultLocale() {
        String country = Locale.getDefault().getCountry();
        return new PhoneNormalizer(country.isEmpty() ? "US" : country);
    }

    /**
     * A normaliser for the policy's default region when it names a supported region, else for the OS locale.
     *
     * @param policyRegion the policy's default region, or {@code null} when the policy sets none
     */
    public static PhoneNormalizer forPolicyRegion(String policyRegion) {
        if (policyRegion != null && isSupportedRegion(policyRegion)) {
            return new PhoneNormalizer(policyRegion);
        }
        return forDefaultLocale();
    }

    /** Whether libphonenumber has a numbering plan for a region code ({@code DE}, {@code us}). */
    public static boolean isSupportedRegion(String region) {
        return region != null && UTIL.getSupportedRegions().contains(region.toUpperCase(Locale.ROOT));
    }

    /** The region used for numbers without a country code. */
    public String defaultRegion() {
        return defaultRegion;
    }

    /** Normalises a stored number; keeps it as delivered and unflagged-as-normalised when it cannot be read. */
    public PhoneNumber normalise(PhoneType type, String raw) {
        Reading reading = read(raw);
        if (reading == null) {
            return PhoneNumber.unnormalised(type, raw == null ? "" : raw);
        }
        return new PhoneNumber(type, raw, format(reading.number()), reading.extension());
    }

    /** The E.164 form of a number as a network or a person delivered it, without extension. */
    public Optional<String> toE164(String raw) {
        Reading reading = read(raw);
        return reading == null ? Optional.empty() : Optional.of(format(reading.number()));
    }

    /**
     * The E.164 digits of a number as a primitive key (see {@link E164Keys}), for the caller-ID path: one reading,
     * no string formatting.
     *
     * @return the key, or {@link E164Keys#NONE} when the number cannot be normalised
     */
    public long e164Key(String raw) {
        Reading reading = read(raw);
        return reading == null ? E164Keys.NONE : keyOf(reading.number());
    }

    /** Why a number cannot be normalised; empty when it can. */
    public Optional<NumberProblem> problemWith(String raw) {
        if (raw == null || raw.isBlank()) {
            return Optional.of(NumberProblem.EMPTY);
        }
        if (read(raw) != null) {
            return Optional.empty();
        }
        if (raw.length() > MAX_INPUT_LENGTH) {
            return Optional.of(NumberProblem.TOO_LONG);
        }
        try {
            Phonenumber.PhoneNumber number = UTIL.parse(spaced(raw).strip(), parseRegion());
            return Optional.of(switch (UTIL.isPossibleNumberWithReason(number)) {
                case TOO_SHORT, IS_POSSIBLE_LOCAL_ONLY -> NumberProblem.TOO_SHORT;
                case INVALID_LENGTH -> NumberProblem.WRONG_LENGTH;
                case TOO_LONG -> NumberProblem.TOO_LONG;
                case INVALID_COUNTRY_CODE -> NumberProblem.NO_COUNTRY_CODE;
                default -> NumberProblem.NOT_VALID;
            });
        } catch (NumberParseException e) {
            return Optional.of(switch (e.getErrorType()) {
                case INVALID_COUNTRY_CODE -> NumberProblem.NO_COUNTRY_CODE;
                case TOO_SHORT_AFTER_IDD, TOO_SHORT_NSN -> NumberProblem.TOO_SHORT;
                case TOO_LONG -> NumberProblem.TOO_LONG;
                default -> NumberProblem.NOT_A_NUMBER;
            });
        }
    }

    /** The E.164 digits of a parsed number as a key, computed without formatting; NONE beyond the key's digits. */
    static long keyOf(Phonenumber.PhoneNumber number) {
        long national = number.getNationalNumber();
        int digits = E164Keys.digitCount(number.getCountryCode()) + E164Keys.digitCount(national);
        if (number.isItalianLeadingZero()) {
            digits += number.getNumberOfLeadingZeros();
        }
        if (digits > E164Keys.MAX_DIGITS) {
            return E164Keys.NONE;
        }
        long key = number.getCountryCode();
        if (number.isItalianLeadingZero()) {
            for (int i = 0; i < number.getNumberOfLeadingZeros(); i++) {
                key *= 10;
            }
        }
        long scale = 10;
        while (scale <= national) {
            scale *= 10;
        }
        return key * scale + national;
    }

    private static String format(Phonenumber.PhoneNumber number) {
        return UTIL.format(number, PhoneNumberUtil.PhoneNumberFormat.E164);
    }

    private String parseRegion() {
        return supportedRegion ? defaultRegion : UNKNOWN_REGION;
    }

    /**
     * The text with every Unicode white space (a tab, a line break, a no-break or thin space, ...) as a plain space,
     * so that any of them separates digit groups as a space does; the text itself when it has none.
     */
    static String spaced(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c != ' ' && isWhiteSpace(c)) {
                StringBuilder spaced = new StringBuilder(text);
                for (int j = i; j < spaced.length(); j++) {
                    if (isWhiteSpace(spaced.charAt(j))) {
                        spaced.setCharAt(j, ' ');
                    }
                }
                return spaced.toString();
            }
        }
        return text;
    }

    /** Whether a character has Unicode's White_Space property (all of them lie in the Basic Multilingual Plane). */
    private static boolean isWhiteSpace(char c) {
        return c >= '\t' && c <= '\r' || c == '\u0085' || Character.isSpaceChar(c);
    }

    private Reading read(String raw) {
        if (raw == null || raw.length() > MAX_INPUT_LENGTH) {
            return null;
        }
        String text = spaced(raw).strip();
        if (text.isEmpty()) {
            return null;
        }
        Phonenumber.PhoneNumber whole = bestReading(text);
        Reading direct = directDialReading(text, whole);
        if (direct != null && keyOf(direct.number()) != E164Keys.NONE) {
            return direct;
        }
        if (whole == null || keyOf(whole) == E164Keys.NONE) {
            return null;
        }
        boolean hasExtension = whole.hasExtension() && !whole.getExtension().isEmpty();
        return new Reading(whole, hasExtension ? whole.getExtension() : null);
    }

    /** The {@code 089 7104-20} reading, or {@code null} when the text has no direct-dial suffix. */
    private Reading directDialReading(String text, Phonenumber.PhoneNumber whole) {
        int dash = Math.max(text.lastIndexOf('-'), Math.max(text.lastIndexOf('\u2010'), text.lastIndexOf('\u2013')));
        if (dash < 0 || dash < text.length() - 8 || countDashes(text) != 1 || (whole != null && whole.hasExtension())) {
            return null;
        }
        Matcher matcher = DIRECT_DIAL_SUFFIX.matcher(text);
        if (!matcher.matches()) {
            return null;
        }
        Phonenumber.PhoneNumber base = bestReading(matcher.group(1).strip());
        if (base == null || base.hasExtension()) {
            return null;
        }
        String suffix = matcher.group(2);
        if (whole == null) {
            return new Reading(base, suffix);
        }
        boolean wholeExtendsBase = Long.toString(keyOf(whole)).equals(keyOf(base) + suffix);
        if (wholeExtendsBase && DIRECT_DIAL_COUNTRIES.contains(whole.getCountryCode())) {
            return new Reading(whole, suffix);
        }
        return null;
    }

    /** The valid reading of a text, choosing between the national and the international reading; or null. */
    private Phonenumber.PhoneNumber bestReading(String text) {
        Phonenumber.PhoneNumber national = validOrNull(text, parseRegion());
        int first = firstSignificant(text);
        if (first < 0 || !Character.isDigit(text.charAt(first)) || isUri(text)) {
            return national;
        }
        String digits = PhoneNumberUtil.normalizeDigitsOnly(text);
        boolean writtenWithoutTrunk = digits.charAt(0) != '0';
        if (national != null && !(writtenWithoutTrunk && trunkZeroRegion)) {
            return national;
        }
        int prefixDigits = writtenWithoutTrunk ? 0 : internationalPrefixLength(digits);
        if (prefixDigits < 0) {
            return national;
        }
        String written = "+" + afterDigits(text, first, prefixDigits);
        Phonenumber.PhoneNumber international = validOrNull(written, UNKNOWN_REGION);
        return international != null ? international : national;
    }

    private static int countDashes(String text) {
        int dashes = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '-' || c == '\u2010' || c == '\u2013') {
                dashes++;
            }
        }
        return dashes;
    }

    private static int internationalPrefixLength(String digits) {
        if (digits.startsWith("00")) {
            return 2;
        }
        return digits.startsWith("011") ? 3 : -1;
    }

    private static Phonenumber.PhoneNumber validOrNull(String text, String region) {
        try {
            Phonenumber.PhoneNumber number = UTIL.parse(text, region);
            return UTIL.isValidNumber(number) ? number : null;
        } catch (NumberParseException e) {
            return null;
        }
    }

    /** Index of the first digit or plus sign, or -1. */
    private static int firstSignificant(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isDigit(c) || c == '+' || c == '\uFF0B') {
                return i;
            }
        }
        return -1;
    }

    /** The text after the first {@code count} digits, starting at {@code from}. */
    private static String afterDigits(String text, int from, int count) {
        int seen = 0;
        int i = from;
        while (i < text.length() && seen < count) {
            if (Character.isDigit(text.charAt(i))) {
                seen++;
            }
            i++;
        }
        return text.substring(i);
    }

    private static boolean isUri(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        return lower.startsWith("tel:") || lower.contains("phone-context");
    }

    /** One reading of a raw number: the number and its extension or direct-dial suffix ({@code null} if none). */
    private record Reading(Phonenumber.PhoneNumber number, String extension) {
    }
}
