package app.contactshield.desktop.ui.detail;

import app.contactshield.desktop.ui.Messages;
import app.contactshield.desktop.ui.presence.PresenceView;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;

/** Words for presence: "Busy · In a call", "updated 12 s ago". Shared by the detail pane and the result cells. */
public final class PresenceText {
    private final Messages messages;
    private final Clock clock;

    /**
     * @param messages texts
     * @param clock    for ages
     */
    public PresenceText(Messages messages, Clock clock) {
        this.messages = messages;
        this.clock = clock;
    }

    /** The availability, and the activity when it says more. */
    public String line(PresenceView view) {
        String availability = messages.get("presence." + view.availability().name().toLowerCase(Locale.ROOT));
        String activityKey = "activity." + view.activity();
        String activity = messages.getOrDefault(activityKey, "");
        if (activity.isEmpty() || activity.equals(availability)) {
            return availability;
        }
        return availability + " · " + activity;
    }

    /** How long ago the presence was received, in words. */
    public String age(PresenceView view) {
        return messages.get("presence.updated", duration(view.age(clock.instant())));
    }

    /** Whether the presence is stale at the current time. */
    public boolean isStale(PresenceView view, Duration interval) {
        return view.isStale(clock.instant(), interval);
    }

    /** A short duration: "12 s", "7 min", "3 h", "2 d". */
    public String duration(Duration age) {
        long seconds = age.getSeconds();
        if (seconds < 60) {
            return messages.get("duration.seconds", seconds);
        }
        if (seconds < 3600) {
            return messages.get("duration.minutes", seconds / 60);
        }
        if (seconds < 86_400) {
            return messages.get("duration.hours", seconds / 3600);
        }
        return messages.get("duration.days", seconds / 86_400);
    }
}
