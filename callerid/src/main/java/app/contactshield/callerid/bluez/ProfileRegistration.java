package app.contactshield.callerid.bluez;

import java.util.List;
import java.util.Objects;

/**
 * What came of registering the hands-free profile with BlueZ.
 *
 * @param status        registered, or why not
 * @param detail        a sentence for the user when not registered (which service holds the hands-free role and how
 *                      to free it); empty when registered
 * @param likelyHolders the services found running that are known to register the hands-free role ("oFono",
 *                      "PipeWire", "hsphfpd", "PulseAudio"); empty when none was recognised or when registered
 */
public record ProfileRegistration(Status status, String detail, List<String> likelyHolders) {

    /** The outcome of a registration attempt. */
    public enum Status {
        /** BlueZ accepted the profile; connections will arrive through the handler. */
        REGISTERED,
        /** Another service registered the hands-free role first ({@code org.bluez.Error.AlreadyExists}). */
        HELD_BY_OTHER_SERVICE,
        /** BlueZ is not reachable on this bus or refused the profile for another reason. */
        UNAVAILABLE
    }

    /** Checks the status and copies the holders; a missing detail becomes empty. */
    public ProfileRegistration {
        Objects.requireNonNull(status, "status");
        detail = detail == null ? "" : detail;
        likelyHolders = List.copyOf(likelyHolders);
    }

    /** Whether the caller should link the phone through the telephony D-Bus API instead. */
    public boolean useTelephonyApi() {
        return status != Status.REGISTERED;
    }
}
