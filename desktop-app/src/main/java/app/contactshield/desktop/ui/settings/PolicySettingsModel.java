package app.contactshield.desktop.ui.settings;

import app.contactshield.graphsync.policy.EffectiveSettings;
import app.contactshield.graphsync.policy.PolicyKey;
import app.contactshield.graphsync.policy.PolicyProblem;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BiConsumer;

/**
 * The settings screen's view of the managed policy over the user's settings file ({@link EffectiveSettings}):
 * region, presence and sync intervals, theme and language come from there and are locked where the policy fixes them;
 * vacation mode is locked off when the policy disallows it. The phone name and vacation mode are the user's own and
 * live in {@code local}. Writing a setting saves the settings file on the calling thread. Thread-safe.
 */
public final class PolicySettingsModel implements SettingsModel {
    private static final Map<SettingKey, PolicyKey> POLICY_KEYS = Map.of(
            SettingKey.REGION, PolicyKey.DEFAULT_REGION,
            SettingKey.PRESENCE_INTERVAL_SECONDS, PolicyKey.PRESENCE_INTERVAL_SECONDS,
            SettingKey.SYNC_INTERVAL_MINUTES, PolicyKey.SYNC_INTERVAL_MINUTES,
            SettingKey.THEME, PolicyKey.THEME,
            SettingKey.LANGUAGE, PolicyKey.LANGUAGE);

    private final UserSettings local;
    private final List<BiConsumer<SettingKey, String>> listeners = new CopyOnWriteArrayList<>();
    private volatile EffectiveSettings settings;

    /**
     * @param settings the effective settings loaded at start
     * @param local    where the phone name and vacation mode are kept
     */
    public PolicySettingsModel(EffectiveSettings settings, UserSettings local) {
        this.settings = settings;
        this.local = local;
    }

    /** The effective settings in force now (they change when the user saves one). */
    public EffectiveSettings effective() {
        return settings;
    }

    @Override
    public String value(SettingKey key) {
        EffectiveSettings current = settings;
        return switch (key) {
            case REGION -> current.defaultRegion();
            case PRESENCE_INTERVAL_SECONDS -> Integer.toString(current.presenceIntervalSeconds());
            case SYNC_INTERVAL_MINUTES -> Integer.toString(current.syncIntervalMinutes());
            case THEME -> current.theme();
            case LANGUAGE -> current.language();
            case VACATION_MODE -> current.vacationModeAllowed() ? local.value(key) : "false";
            case PHONE, RECEPTIONIST_MODE -> local.value(key);
        };
    }

    @Override
    public boolean isLocked(SettingKey key) {
        PolicyKey policyKey = POLICY_KEYS.get(key);
        if (policyKey != null) {
            return settings.isLocked(policyKey);
        }
        return key == SettingKey.VACATION_MODE && !settings.vacationModeAllowed();
    }

    @Override
    public void set(SettingKey key, String value) {
        if (isLocked(key)) {
            throw new IllegalStateException("The setting " + key + " is fixed by the organisation's policy");
        }
        PolicyKey policyKey = POLICY_KEYS.get(key);
        if (policyKey == null) {
            local.set(key, value);
        } else {
            save(policyKey, value);
        }
        listeners.forEach(listener -> listener.accept(key, value));
    }

    private synchronized void save(PolicyKey key, String value) {
        try {
            settings = key.type() == PolicyKey.Type.INTEGER
                    ? settings.withUserValue(key, JsonNodeFactory.instance.numberNode(Integer.parseInt(value)))
                    : settings.withUserText(key, value);
        } catch (IOException e) {
            throw new UncheckedIOException("The settings file could not be saved for " + key.jsonName(), e);
        }
    }

    @Override
    public List<PolicyProblem> ignored() {
        return settings.problems();
    }

    @Override
    public void addListener(BiConsumer<SettingKey, String> listener) {
        listeners.add(listener);
    }
}
