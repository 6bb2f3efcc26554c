package app.contactshield.callerid.phone;

import java.util.List;
import java.util.Objects;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import app.contactshield.callerid.bluez.BluezHandsFreeProfile;
import app.contactshield.callerid.bluez.ProfileRegistration;
import app.contactshield.callerid.link.PhoneLink;
import app.contactshield.callerid.link.PhoneLinkException;
import app.contactshield.callerid.telephony.TelephonyConfig;
import app.contactshield.callerid.telephony.TelephonyLink;

/**
 * Opens the link to the user's phone on Linux. First it registers the HFP hands-free profile with BlueZ, so that
 * each RFCOMM connection of an allowed phone goes to the project's own hands-free engine. When BlueZ answers that
 * another service holds the hands-free role (or BlueZ cannot be reached), it says which service and how to free it,
 * and opens the ofono-compatible telephony D-Bus API instead: PipeWire's telephony service on the session bus, else
 * oFono on the system bus. When neither runs, the link it returns is disconnected and says why.
 *
 * <p>Blocks on D-Bus calls on the caller's thread: not for the JavaFX thread. The caller closes the link.
 */
public final class PhoneLinkSelector {

    private static final Logger LOG = LoggerFactory.getLogger(PhoneLinkSelector.class);

    private PhoneLinkSelector() {
    }

    /** Opens the best phone link the machine offers for these settings. */
    public static PhoneLinkSelection open(PhoneLinkSettings settings) {
        Objects.requireNonNull(settings, "settings");
        HandsFreeLink handsFree = new HandsFreeLink(settings);
        ProfileRegistration registration;
        try {
            BluezHandsFreeProfile profile = settings.systemBusAddress().isEmpty()
                    ? BluezHandsFreeProfile.onSystemBus(settings.allowedPhones(), handsFree)
                    : BluezHandsFreeProfile.onBus(settings.systemBusAddress(), settings.allowedPhones(), handsFree);
            registration = profile.register();
            if (registration.status() == ProfileRegistration.Status.REGISTERED) {
                handsFree.attach(profile);
                LOG.info("Phone link: the hands-free engine over BlueZ");
                return new PhoneLinkSelection(handsFree, registration);
            }
            profile.close();
        } catch (PhoneLinkException e) {
            LOG.warn("BlueZ cannot be reached; using the telephony API", e);
            registration = new ProfileRegistration(ProfileRegistration.Status.UNAVAILABLE,
                    "Bluetooth (BlueZ) is not reachable on the system bus; Contact Shield uses the telephony API"
                            + " instead.", List.of());
        }
        if (registration.status() == ProfileRegistration.Status.HELD_BY_OTHER_SERVICE) {
            LOG.warn("Hands-free role held by {}; opening the telephony API", registration.likelyHolders());
        }
        return new PhoneLinkSelection(openTelephony(settings, registration), registration);
    }

    private static PhoneLink openTelephony(PhoneLinkSettings settings,
            ProfileRegistration registration) {
        TelephonyConfig config = TelephonyConfig.autodetect(settings.allowedPhones())
                .withSystemBusAddress(settings.systemBusAddress())
                .withSessionBusAddress(settings.sessionBusAddress())
                .withAnonymousDialPrefix(settings.anonymousDialPrefix());
        try {
            TelephonyLink link = TelephonyLink.open(config);
            LOG.info("Phone link: the telephony API of {}", link.serviceName());
            return link;
        } catch (PhoneLinkException e) {
            LOG.error("No phone link: {}", e.getMessage());
            return new UnlinkedPhone(registration.detail() + " " + e.getMessage() + ".");
        }
    }
}
