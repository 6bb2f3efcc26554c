package app.contactshield.desktop.ui.settings;

import app.contactshield.graphsync.policy.PolicyProblem;
import java.time.Duration;
import java.util.List;
import java.util.function.BiConsumer;

/**
 * The effective settings as the screens see them: the policy's value where the policy fixes a setting, else the
 * user's. Thread-safe; listeners run on the thread that changed the value.
 */
public interface SettingsModel {
    /** The shortest presence interval the app allows, whatever the policy or the user say. */
    Duration MIN_PRESENCE_INTERVAL = Duration.ofSeconds(10);
    /** The shortest interval between scheduled syncs, whatever the policy or the user say. */
    Duration MIN_SYNC_INTERVAL = Duration.ofMinutes(5);

    /** The effective value. */
    String value(SettingKey key);

    /** Whether the organisation's policy fixes the setting, so that the user cannot change it. */
    boolean isLocked(SettingKey key);

    /**
     * Changes a user setting.
     *
     * @throws IllegalStateException when the policy fixes the setting
     */
    void set(SettingKey key, String value);

    /** Registers a listener told each changed key and its new effective value. */
    void addListener(BiConsumer<SettingKey, String> listener);

    /** The presence polling interval, never under {@link #MIN_PRESENCE_INTERVAL}. */
    default Duration presenceInterval() {
        long seconds;
        try {
            seconds = Long.parseLong(value(SettingKey.PRESENCE_INTERVAL_SECONDS).strip());
        } catch (NumberFormatException e) {
            seconds = Long.parseLong(SettingKey.PRESENCE_INTERVAL_SECONDS.defaultValue());
        }
        Duration interval = Duration.ofSeconds(seconds);
        return interval.compareTo(MIN_PRESENCE_INTERVAL) < 0 ? MIN_PRESENCE_INTERVAL : interval;
    }

    /** The time between scheduled syncs, never under {@link #MIN_SYNC_INTERVAL}. */
    default Duration syncInterval() {
        long minutes;
        try {
            minutes = Long.parseLong(value(SettingKey.SYNC_INTERVAL_MINUTES).strip());
        } catch (NumberFormatException e) {
            minutes = Long.parseLong(SettingKey.SYNC_INTERVAL_MINUTES.defaultValue());
        }
        Duration interval = Duration.ofMinutes(minutes);
        return interval.compareTo(MIN_SYNC_INTERVAL) < 0 ? MIN_SYNC_INTERVAL : interval;
    }

    /**
     * What the policy and settings readers ignored or corrected (unknown keys, wrong types, values under their
     * minimum), so that the settings screen can show it. Unless overridden, nothing.
     */
    default List<PolicyProblem> ignored() {
        return List.of();
    }

    /** Whether vacation mode is on. */
    default boolean vacationMode() {
        return Boolean.parseBoolean(value(SettingKey.VACATION_MODE));
    }
}
