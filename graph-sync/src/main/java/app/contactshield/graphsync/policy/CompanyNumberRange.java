package app.contactshield.graphsync.policy;

/**
 * A block of numbers that belongs to a company (a switchboard range), so that a call from any extension is shown
 * with the company's name.
 *
 * @param prefix  the E.164 prefix, for example {@code +49897104}
 * @param company the company to show
 * @param label   an optional label ("switchboard"), or {@code null}
 */
public record CompanyNumberRange(String prefix, String company, String label) {
}
