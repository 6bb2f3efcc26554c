package app.contactshield.desktop.ui.shell;

import app.contactshield.callerid.link.PhoneLink;
import app.contactshield.graphsync.policy.EffectiveSettings;

/**
 * Opens the link to the paired phone from the settings in force (the allowed phones of the policy) and the phone
 * the user prefers. Runs off the JavaFX thread; may block on D-Bus or Bluetooth.
 */
@FunctionalInterface
public interface PhoneLinkFactory {

    /**
     * @param settings       the policy over the user's settings
     * @param preferredPhone the phone name from the settings, or empty for the first one found
     * @return the link; the caller closes it
     */
    PhoneLink open(EffectiveSettings settings, String preferredPhone);

    /** Until a phone backend is wired: the "no phone paired" link. */
    static PhoneLinkFactory noPhone() {
        return (settings, preferredPhone) -> new NoPhonePaired(preferredPhone);
    }
}
