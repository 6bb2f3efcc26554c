package app.contactshield.graphsync.policy;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A company's number range: a caller whose E.164 number starts with the prefix is from that company.
 *
 * @param prefix  the E.164 prefix, such as {@code +49897104}
 * @param company the company name
 * @param label   what the range is, such as {@code switchboard range}
 */
public record NumberRange(String prefix, String company, String label) {
    /** A prefix as the caller ID compares it (the caller ID's own check of a company range is the same). */
    private static final Pattern PREFIX = Pattern.compile("\\+[1-9]\\d{0,16}");
    private static final Pattern SEPARATORS = Pattern.compile("[\\s./()\\-]");

    /**
     * Why a company number range cannot name callers; empty when it can. The prefix must be what the caller ID
     * compares with a caller's E.164 number: {@code +}, a country code and further digits, 17 at most (spaces, dots,
     * dashes, slashes and brackets are left out). A national prefix such as {@code 089} would depend on the region
     * it is dialled from, so it is refused rather than guessed.
     */
    static Optional<String> problemWith(JsonNode range) {
        String company = range.path("company").asText("");
        String named = company.isBlank() ? "" : " for company " + PolicyValues.quoted(company);
        JsonNode written = range.path("prefix");
        String prefix = written.isTextual() || written.isNumber() ? written.asText() : "";
        if (prefix.isBlank()) {
            return Optional.of("no prefix" + named + "; give '+', the country code and the first digits, such as "
                    + "+49897104");
        }
        String digits = SEPARATORS.matcher(prefix).replaceAll("");
        if (!PREFIX.matcher(digits).matches()) {
            return Optional.of("prefix " + PolicyValues.quoted(prefix) + named + " is not an international prefix: "
                    + "give '+', the country code and the first digits, 1 to 17 digits in all, such as +49897104");
        }
        if (company.isBlank()) {
            return Optional.of("no company for prefix " + PolicyValues.quoted(prefix) + "; a range names the company "
                    + "of callers no person matches");
        }
        return Optional.empty();
    }
}
