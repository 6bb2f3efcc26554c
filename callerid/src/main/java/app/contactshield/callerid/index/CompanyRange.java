package app.contactshield.callerid.index;

import java.util.Objects;

/**
 * A company's number range: its switchboard number, whose direct-dial numbers all start with it. A caller whose
 * number no person holds is named by the longest range that prefixes the number.
 *
 * @param prefix  the range's first digits in international form, {@code +} then digits ({@code +49897104});
 *                spaces, dots, dashes, slashes and brackets are removed
 * @param company the company's name, as shown ({@code Contoso})
 * @param label   what the range is ({@code switchboard range})
 */
public record CompanyRange(String prefix, String company, String label) {
    /** The label used when the policy or the directory gives none. */
    public static final String DEFAULT_LABEL = "switchboard range";

    public CompanyRange {
        Objects.requireNonNull(prefix, "prefix");
        Objects.requireNonNull(company, "company");
        prefix = prefix.replaceAll("[\\s./()\\-]", "");
        if (!prefix.matches("\\+[1-9]\\d{0,16}")) {
            throw new IllegalArgumentException("A company number range must be '+' and 1 to 17 digits, was '"
                    + prefix + "' for company '" + company + "'");
        }
        label = label == null || label.isBlank() ? DEFAULT_LABEL : label;
    }

    /** What the user sees: {@code Contoso — switchboard range}. */
    public String displayText() {
        return company + " \u2014 " + label;
    }

    /** The prefix's digits as a number (the {@code +} dropped). */
    long prefixDigits() {
        return Long.parseLong(prefix.substring(1));
    }
}
