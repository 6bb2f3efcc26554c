package app.contactshield.graphsync.phone;

import app.contactshield.graphsync.model.PhoneNumber;
import app.contactshield.graphsync.model.PhoneType;
import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Reads phone numbers the same way for stored contacts and for incoming calls, so that both meet in E.164.
 * Immutable and thread-safe.
 */
public final class PhoneNormalizer {
    private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();

    private final String defaultRegion;

    /**
     * @param defaultRegion ISO 3166 region used for numbers written without a country code (from the policy, else
     *                      the OS locale)
     */
    public PhoneNormalizer(String defaultRegion) {
        this.defaultRegion = Objects.requireNonNull(defaultRegion, "defaultRegion").toUpperCase(Locale.ROOT);
    }

    /** A normaliser for the region of the OS locale, or {@code US} when the locale names none. */
    public static PhoneNormalizer forDefaultLocale() {
        String country = Locale.getDefault().getCountry();
        return new PhoneNormalizer(country.isEmpty() ? "US" : country);
    }

    /** The region used for numbers without a country code. */
    public String defaultRegion() {
        return defaultRegion;
    }

    /** Normalises a stored number; keeps it as delivered and unflagged-as-normalised when it cannot be read. */
    public PhoneNumber normalise(PhoneType type, String raw) {
        Optional<Phonenumber.PhoneNumber> parsed = parse(raw);
        if (parsed.isEmpty()) {
            return PhoneNumber.unnormalised(type, raw);
        }
        Phonenumber.PhoneNumber number = parsed.get();
        String extension = number.hasExtension() ? number.getExtension() : null;
        return new PhoneNumber(type, raw, UTIL.format(number, PhoneNumberUtil.PhoneNumberFormat.E164), extension);
    }

    /** The E.164 form of a number as a network or a person delivered it, without extension. */
    public Optional<String> toE164(String raw) {
        return parse(raw).map(n -> UTIL.format(n, PhoneNumberUtil.PhoneNumberFormat.E164));
    }

    private Optional<Phonenumber.PhoneNumber> parse(String raw) {
        if (raw == null || raw.isBlank()) {
            return Optional.empty();
        }
        try {
            Phonenumber.PhoneNumber number = UTIL.parse(raw, defaultRegion);
            return UTIL.isPossibleNumber(number) ? Optional.of(number) : Optional.empty();
        } catch (NumberParseException e) {
            return Optional.empty();
        }
    }
}
