package app.contactshield.desktop.ui.settings;

/** The settings the user sees; each may be fixed by the organisation's policy. */
public enum SettingKey {
    /** ISO 3166 region for numbers written without a country code ("DE"). */
    REGION("DE"),
    /** Seconds between presence polls; never under 10. */
    PRESENCE_INTERVAL_SECONDS("30"),
    /** Minutes between scheduled syncs; never under 5. */
    SYNC_INTERVAL_MINUTES("15"),
    /** The paired phone's name, or empty for the first one found. */
    PHONE(""),
    /** {@code system}, {@code light} or {@code dark}. */
    THEME("system"),
    /** {@code system}, {@code en} or {@code de}. */
    LANGUAGE("system"),
    /** {@code true} while vacation mode screens business calls. */
    VACATION_MODE("false"),
    /** {@code true} for receptionist mode: every call rings, nothing is rejected (vacation mode wins when both). */
    RECEPTIONIST_MODE("false");

    private final String defaultValue;

    SettingKey(String defaultValue) {
        this.defaultValue = defaultValue;
    }

    /** The value when neither the user nor the policy set one. */
    public String defaultValue() {
        return defaultValue;
    }
}
