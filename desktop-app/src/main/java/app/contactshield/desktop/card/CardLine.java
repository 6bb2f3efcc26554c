package app.contactshield.desktop.card;

/**
 * One labelled line of the business card.
 *
 * @param label "Mobile", "E-mail", ...
 * @param value the value
 */
public record CardLine(String label, String value) {
}
