package app.contactshield.desktop.ui.diagnostics;

import app.contactshield.graphsync.model.PersonKey;

/**
 * One row of the unusable-numbers list, in the words the screen shows. Holds personal data: show it, never log it.
 *
 * @param person the person's key
 * @param name   the person's name
 * @param number the number as stored
 * @param type   the number's type, localized
 * @param source the source's label, as the detail pane shows it
 * @param reason why the number cannot identify a caller, in words
 */
public record UnusableNumberRow(PersonKey person, String name, String number, String type, String source,
        String reason) {
}
