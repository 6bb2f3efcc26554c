package app.contactshield.desktop.ui.settings;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BiConsumer;
import java.util.prefs.Preferences;

/**
 * Settings from two layers: the values the policy fixes (locked) over the user's own choices. User choices are kept
 * in {@link Preferences} when a node is given (settings hold no personal data), else only in memory. Thread-safe.
 */
public final class UserSettings implements SettingsModel {
    private final Map<SettingKey, String> policy;
    private final Map<SettingKey, String> user = new EnumMap<>(SettingKey.class);
    private final Preferences node;
    private final List<BiConsumer<SettingKey, String>> listeners = new CopyOnWriteArrayList<>();

    /**
     * @param policyValues the settings the policy fixes and their values
     * @param node         where user choices persist, or {@code null} to keep them in memory
     */
    public UserSettings(Map<SettingKey, String> policyValues, Preferences node) {
        this.policy = policyValues.isEmpty() ? new EnumMap<>(SettingKey.class) : new EnumMap<>(policyValues);
        this.node = node;
        if (node != null) {
            for (SettingKey key : SettingKey.values()) {
                String stored = node.get(key.name(), null);
                if (stored != null) {
                    user.put(key, stored);
                }
            }
        }
    }

    /** Settings kept in memory only, with nothing fixed by a policy. */
    public static UserSettings inMemory() {
        return new UserSettings(Map.of(), null);
    }

    @Override
    public synchronized String value(SettingKey key) {
        String fixed = policy.get(key);
        if (fixed != null) {
            return fixed;
        }
        return user.getOrDefault(key, key.defaultValue());
    }

    @Override
    public boolean isLocked(SettingKey key) {
        return policy.containsKey(key);
    }

    @Override
    public void set(SettingKey key, String value) {
        Objects.requireNonNull(value, "value");
        if (isLocked(key)) {
            throw new IllegalStateException("The setting " + key + " is fixed by the organisation's policy");
        }
        synchronized (this) {
            if (value.equals(user.getOrDefault(key, key.defaultValue()))) {
                return;
            }
            user.put(key, value);
            if (node != null) {
                node.put(key.name(), value);
            }
        }
        listeners.forEach(listener -> listener.accept(key, value));
    }

    @Override
    public void addListener(BiConsumer<SettingKey, String> listener) {
        listeners.add(listener);
    }
}
