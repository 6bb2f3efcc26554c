package app.contactshield.desktop.calls;

import app.contactshield.graphsync.presence.Presence;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

/**
 * How a presence looks: the text beside the dot and the dot's style class.
 *
 * @param text       "Busy · In a meeting", with the age when stale
 * @param styleClass {@code presence-available}, {@code presence-busy}, {@code presence-away},
 *                   {@code presence-offline} or {@code presence-unknown}
 * @param stale      whether the presence is older than three poll intervals (shown greyed)
 */
public record PresenceDisplay(String text, String styleClass, boolean stale) {
    /** Nothing to show. */
    public static final PresenceDisplay NONE = new PresenceDisplay("", "presence-unknown", false);

    /** The display of a presence read at {@code now}. */
    public static PresenceDisplay of(Presence presence, boolean stale, Instant now, CallsText text) {
        StringBuilder line = new StringBuilder(text.availability(presence.availability()));
        String activity = presence.activity();
        if (!activity.equalsIgnoreCase(presence.availability()) && !"PresenceUnknown".equals(activity)) {
            line.append(" · ").append(text.activity(activity));
        }
        if (presence.outOfOffice()) {
            line.append(" · ").append(text.get("presence.outOfOffice"));
        }
        if (stale) {
            line.append(" · ").append(text.format("presence.staleAge", minutes(presence.ageAt(now))));
        }
        return new PresenceDisplay(line.toString(), styleClass(presence.availability()), stale);
    }

    private static long minutes(Duration age) {
        return Math.max(1, age.toMinutes());
    }

    static String styleClass(String availability) {
        return switch (availability.toLowerCase(Locale.ROOT)) {
            case "available", "availableidle" -> "presence-available";
            case "busy", "busyidle", "donotdisturb" -> "presence-busy";
            case "away", "berightback" -> "presence-away";
            case "offline" -> "presence-offline";
            default -> "presence-unknown";
        };
    }
}
