package app.contactshield.desktop.ui.shell;

import app.contactshield.callerid.link.PhoneLink;
import app.contactshield.desktop.wiring.CallerIdSetup;
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

    /**
     * This machine's phone link: the project's hands-free engine when BlueZ grants the hands-free role, else the
     * telephony D-Bus API (oFono, PipeWire), else a link that says why no phone is there.
     */
    static PhoneLinkFactory machine() {
        return (settings, preferredPhone) -> CallerIdSetup.openPhoneLink(settings, preferredPhone).link();
    }

    /** A link that never pairs: the "no phone paired" state, for tests and machines without Bluetooth. */
    static PhoneLinkFactory noPhone() {
        return (settings, preferredPhone) -> new NoPhonePaired(preferredPhone);
    }
}
