package app.contactshield.desktop.ui.detail;

/**
 * One phone number in the detail pane.
 *
 * @param type    the localized kind ("Business", "Mobile")
 * @param display the number formatted for reading
 * @param dial    what the phone dials (E.164 when known, else as delivered)
 * @param source  the localized name of the source that delivered it
 */
public record NumberRow(String type, String display, String dial, String source) {
}
