package app.contactshield.callerid.screening;

import app.contactshield.callerid.index.Candidate;
import app.contactshield.callerid.index.Identification;
import app.contactshield.graphsync.model.PersonKey;
import java.util.Objects;
import java.util.Set;

/**
 * Decides whether a ringing call rings or is rejected. The mode can be changed from any thread (the settings
 * screen); decisions run on the caller's thread, do no I/O and never block.
 */
public final class CallScreener {
    private volatile ScreeningMode mode;

    /** @param mode the mode to start in (from the user's settings, unless the policy locks it) */
    public CallScreener(ScreeningMode mode) {
        this.mode = Objects.requireNonNull(mode, "mode");
    }

    /** The current mode. */
    public ScreeningMode mode() {
        return mode;
    }

    /** Switches the mode; takes effect for the next ringing call. */
    public void setMode(ScreeningMode newMode) {
        this.mode = Objects.requireNonNull(newMode, "newMode");
    }

    /** What to do with a ringing call in the current mode. */
    public Decision decide(Identification caller, Set<PersonKey> favourites) {
        return decide(mode, caller, favourites);
    }

    /**
     * What to do with a ringing call: in vacation mode a call rings only when one of its candidates is a favourite
     * (a shared number rings if any holder is); withheld, unknown and company-range callers are rejected. The other
     * modes never reject.
     */
    public static Decision decide(ScreeningMode mode, Identification caller, Set<PersonKey> favourites) {
        if (mode != ScreeningMode.VACATION) {
            return Decision.RING;
        }
        for (Candidate candidate : caller.candidates()) {
            if (favourites.contains(candidate.person())) {
                return Decision.RING;
            }
        }
        return Decision.REJECT;
    }

    /** What happens to a ringing call. */
    public enum Decision {
        /** Let it ring and show it. */
        RING,
        /** Hang up at once; the network sends the caller to voicemail. Recorded as screened. */
        REJECT
    }
}
