package app.contactshield.desktop.ui.settings;

import app.contactshield.desktop.ui.Messages;
import app.contactshield.graphsync.policy.PolicyKey;
import app.contactshield.graphsync.policy.PolicyProblem;
import app.contactshield.graphsync.policy.ProblemReport;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The settings screen: one value and one lock per setting. A change of a value property is written to the settings
 * at once; a setting the policy fixes is locked and shows why. Use on the JavaFX thread.
 */
public final class SettingsViewModel {
    /** Regions offered for numbers without a country code. */
    public static final List<String> REGIONS = List.of("DE", "AT", "CH", "LI", "LU", "NL", "BE", "FR", "IT", "ES",
            "PL", "CZ", "DK", "SE", "NO", "FI", "GB", "IE", "US", "CA");
    /** Presence intervals offered, in seconds. */
    public static final List<String> INTERVALS = List.of("10", "15", "30", "60", "120", "300");
    /** Sync intervals offered, in minutes. */
    public static final List<String> SYNC_INTERVALS = List.of("5", "10", "15", "30", "60", "120");
    /** Themes offered. */
    public static final List<String> THEMES = List.of("system", "light", "dark");
    /** Languages offered. */
    public static final List<String> LANGUAGES = List.of("system", "en", "de");

    /** The place of an entry in a list setting ({@code companyNumberRanges[2]}), which names the same setting. */
    private static final Pattern ENTRY = Pattern.compile("\\[\\d+]$");

    private final SettingsModel settings;
    private final Messages messages;
    private final Map<SettingKey, StringProperty> values = new EnumMap<>(SettingKey.class);
    private final Map<SettingKey, BooleanProperty> locks = new EnumMap<>(SettingKey.class);

    /**
     * @param settings the effective settings
     * @param messages texts
     */
    public SettingsViewModel(SettingsModel settings, Messages messages) {
        this.settings = settings;
        this.messages = messages;
        for (SettingKey key : SettingKey.values()) {
            StringProperty value = new SimpleStringProperty(this, key.name(), settings.value(key));
            BooleanProperty locked = new SimpleBooleanProperty(this, key.name() + "Locked", settings.isLocked(key));
            value.addListener((obs, old, now) -> write(key, now));
            values.put(key, value);
            locks.put(key, locked);
        }
    }

    private void write(SettingKey key, String value) {
        if (value != null && !settings.isLocked(key) && !value.equals(settings.value(key))) {
            settings.set(key, value);
        }
    }

    /** The value of a setting, bound both ways to its control. */
    public StringProperty value(SettingKey key) {
        return values.get(key);
    }

    /** Whether the policy fixes the setting. */
    public BooleanProperty locked(SettingKey key) {
        return locks.get(key);
    }

    /**
     * One line for each value the app ignores or corrects, naming the key and the rule it breaks ("Ignored:
     * presenceIntervalSeconds — must be a number ≥ 10"); empty when every value is used as written. Only the first
     * {@value ProblemReport#SHOWN} are listed, then a line that counts the rest.
     */
    public List<String> ignored() {
        List<String> all = settings.ignored().stream().map(this::ignoredLine).distinct().toList();
        if (all.size() <= ProblemReport.SHOWN) {
            return all;
        }
        List<String> lines = new ArrayList<>(all.subList(0, ProblemReport.SHOWN));
        lines.add(messages.get("settings.ignored.more", all.size() - ProblemReport.SHOWN));
        return lines;
    }

    private String ignoredLine(PolicyProblem problem) {
        if ("(file)".equals(problem.key())) {
            return messages.get("settings.ignored.file", problem.origin());
        }
        Optional<PolicyKey> key = PolicyKey.byJsonName(ENTRY.matcher(problem.key()).replaceFirst(""));
        String rule;
        if (key.isEmpty()) {
            rule = messages.get("settings.ignored.unknown");
        } else if (problem.problem().startsWith("expected") || problem.problem().contains("under the minimum")) {
            rule = messages.getOrDefault("settings.ignored.rule." + problem.key(),
                    messages.get("settings.ignored.type." + key.get().type().name()));
        } else {
            rule = problem.problem();
        }
        return messages.get("settings.ignored.item", problem.key(), rule);
    }

    /** The note shown beside a locked setting. */
    public String lockNote() {
        return messages.get("settings.locked");
    }

    /** How a choice reads in a list ("Follow system", "Dark", "30 s"). */
    public String label(SettingKey key, String choice) {
        return switch (key) {
            case THEME -> messages.get("settings.theme." + choice);
            case LANGUAGE -> messages.get("settings.language." + choice);
            case PRESENCE_INTERVAL_SECONDS -> messages.get("duration.seconds", Long.parseLong(choice));
            case SYNC_INTERVAL_MINUTES -> messages.get("settings.syncInterval.every", Long.parseLong(choice));
            case REGION -> choice + " · " + new java.util.Locale("", choice).getDisplayCountry(
                    messages.isGerman() ? java.util.Locale.GERMAN : java.util.Locale.ENGLISH);
            default -> choice;
        };
    }
}
