package app.contactshield.graphsync.policy;

/**
 * A company's number range: a caller whose E.164 number starts with the prefix is from that company.
 *
 * @param prefix  the E.164 prefix, such as {@code +49897104}
 * @param company the company name
 * @param label   what the range is, such as {@code switchboard range}
 */
public record NumberRange(String prefix, String company, String label) {
}
