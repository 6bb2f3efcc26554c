package app.contactshield.desktop.ui.presence;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * A colleague's Teams presence as the app shows it.
 *
 * @param availability   the availability
 * @param activity       Graph's activity ("InACall", "InAMeeting", "Presenting"...), or empty
 * @param statusMessage  the status message the person set, or empty
 * @param outOfOffice    the out-of-office note when automatic replies are on, or empty
 * @param updatedAt      when the app last received this presence
 */
public record PresenceView(
        Availability availability, String activity, String statusMessage, String outOfOffice, Instant updatedAt) {

    public PresenceView {
        Objects.requireNonNull(availability, "availability");
        activity = activity == null ? "" : activity;
        statusMessage = statusMessage == null ? "" : statusMessage;
        outOfOffice = outOfOffice == null ? "" : outOfOffice;
        Objects.requireNonNull(updatedAt, "updatedAt");
    }

    /** How old the presence is at {@code now}. */
    public Duration age(Instant now) {
        Duration age = Duration.between(updatedAt, now);
        return age.isNegative() ? Duration.ZERO : age;
    }

    /** Whether it is older than three polling intervals, and so shown greyed with its age. */
    public boolean isStale(Instant now, Duration interval) {
        return age(now).compareTo(interval.multipliedBy(3)) > 0;
    }
}
