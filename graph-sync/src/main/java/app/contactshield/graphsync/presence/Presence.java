package app.contactshield.graphsync.presence;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * One colleague's Teams presence as Graph reported it, with the moment it was fetched.
 *
 * @param userId             the Entra object id the presence belongs to
 * @param availability       Graph's {@code availability} ("Available", "Busy", "Away", "Offline",
 *                           "PresenceUnknown", ...); never {@code null}
 * @param activity           Graph's {@code activity} ("InAMeeting", "InACall", "Away", ...); never {@code null}
 * @param statusMessage      the user's status message text, or empty
 * @param outOfOffice        whether Graph says the user is out of office now
 * @param outOfOfficeMessage the automatic-reply message, or empty
 * @param fetchedAt          when the response carrying this presence arrived
 */
public record Presence(
        String userId,
        String availability,
        String activity,
        String statusMessage,
        boolean outOfOffice,
        String outOfOfficeMessage,
        Instant fetchedAt) {

    /** How many poll intervals may pass before a presence counts as stale. */
    public static final int STALE_AFTER_INTERVALS = 3;

    public Presence {
        Objects.requireNonNull(userId, "userId");
        availability = availability == null || availability.isBlank() ? "PresenceUnknown" : availability;
        activity = activity == null || activity.isBlank() ? "PresenceUnknown" : activity;
        statusMessage = statusMessage == null ? "" : statusMessage;
        outOfOfficeMessage = outOfOfficeMessage == null ? "" : outOfOfficeMessage;
        Objects.requireNonNull(fetchedAt, "fetchedAt");
    }

    /**
     * Whether this presence is older than {@value #STALE_AFTER_INTERVALS} poll intervals at {@code now}, so that the
     * UI shows it greyed with its age.
     */
    public boolean isStaleAt(Instant now, Duration pollInterval) {
        return fetchedAt.plus(pollInterval.multipliedBy(STALE_AFTER_INTERVALS)).isBefore(now);
    }

    /** How old this presence is at {@code now} (zero when fetched in the future of a skewed clock). */
    public Duration ageAt(Instant now) {
        Duration age = Duration.between(fetchedAt, now);
        return age.isNegative() ? Duration.ZERO : age;
    }
}
