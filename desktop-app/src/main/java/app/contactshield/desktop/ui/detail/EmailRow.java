package app.contactshield.desktop.ui.detail;

/**
 * One e-mail address in the detail pane.
 *
 * @param address the address
 */
public record EmailRow(String address) {
}
