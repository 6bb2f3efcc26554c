package app.contactshield.desktop.ui.presence;

import java.util.Locale;

/** A Teams availability as Microsoft Graph reports it in {@code presence.availability}. */
public enum Availability {
    AVAILABLE("Available"),
    AVAILABLE_IDLE("AvailableIdle"),
    AWAY("Away"),
    BE_RIGHT_BACK("BeRightBack"),
    BUSY("Busy"),
    BUSY_IDLE("BusyIdle"),
    DO_NOT_DISTURB("DoNotDisturb"),
    OFFLINE("Offline"),
    PRESENCE_UNKNOWN("PresenceUnknown");

    private final String graphName;

    Availability(String graphName) {
        this.graphName = graphName;
    }

    /** The value as Graph spells it. */
    public String graphName() {
        return graphName;
    }

    /** The style class suffix for the presence dot ({@code available}, {@code busy}, ...). */
    public String styleName() {
        return switch (this) {
            case AVAILABLE, AVAILABLE_IDLE -> "available";
            case AWAY, BE_RIGHT_BACK -> "away";
            case BUSY, BUSY_IDLE -> "busy";
            case DO_NOT_DISTURB -> "dnd";
            case OFFLINE -> "offline";
            case PRESENCE_UNKNOWN -> "unknown";
        };
    }

    /** The availability for a Graph value; unknown values read as {@link #PRESENCE_UNKNOWN}. */
    public static Availability fromGraph(String value) {
        if (value != null) {
            String wanted = value.strip().toLowerCase(Locale.ROOT);
            for (Availability availability : values()) {
                if (availability.graphName.toLowerCase(Locale.ROOT).equals(wanted)) {
                    return availability;
                }
            }
        }
        return PRESENCE_UNKNOWN;
    }
}
