package app.contactshield.callerid.phone;

import java.util.Objects;

import app.contactshield.callerid.bluez.ProfileRegistration;
import app.contactshield.callerid.link.LinkState;
import app.contactshield.callerid.link.PhoneLink;

/**
 * The phone link {@link PhoneLinkSelector} chose and why.
 *
 * @param link         the link for the UI and the call coordinator; whoever asked for it closes it
 * @param registration what BlueZ said to the hands-free profile: registered (the link is the hands-free engine),
 *                     or held by another service or unavailable (the link is the telephony API, or a link that
 *                     explains why there is none)
 */
public record PhoneLinkSelection(PhoneLink link, ProfileRegistration registration) {

    /** Checks both parts. */
    public PhoneLinkSelection {
        Objects.requireNonNull(link, "link");
        Objects.requireNonNull(registration, "registration");
    }

    /** Which phone is linked and through which backend, now. */
    public LinkState state() {
        return link.state();
    }

    /** Whether the project's own hands-free engine carries the link (else the telephony API or nothing). */
    public boolean handsFree() {
        return registration.status() == ProfileRegistration.Status.REGISTERED;
    }
}
