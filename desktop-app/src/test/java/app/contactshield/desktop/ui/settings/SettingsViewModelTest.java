package app.contactshield.desktop.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.contactshield.desktop.ui.Messages;
import app.contactshield.graphsync.policy.EffectiveSettings;
import app.contactshield.graphsync.policy.SettingsLayer;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SettingsViewModelTest {
    private final UserSettings settings = new UserSettings(Map.of(SettingKey.PRESENCE_INTERVAL_SECONDS, "60"), null);
    private final SettingsViewModel model = new SettingsViewModel(settings, Messages.forLocale(Locale.ENGLISH));

    @Test
    void showsAPolicyFixedSettingAsLockedWithItsValue() {
        assertThat(model.locked(SettingKey.PRESENCE_INTERVAL_SECONDS).get()).isTrue();
        assertThat(model.value(SettingKey.PRESENCE_INTERVAL_SECONDS).get()).isEqualTo("60");
        assertThat(model.lockNote()).isEqualTo("Set by your organisation");
    }

    @Test
    void ignoresAnAttemptToChangeALockedSetting() {
        model.value(SettingKey.PRESENCE_INTERVAL_SECONDS).set("10");

        assertThat(settings.value(SettingKey.PRESENCE_INTERVAL_SECONDS)).isEqualTo("60");
        assertThatThrownBy(() -> settings.set(SettingKey.PRESENCE_INTERVAL_SECONDS, "10"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("PRESENCE_INTERVAL_SECONDS");
    }

    @Test
    void writesAnUnlockedSettingAtOnce() {
        model.value(SettingKey.THEME).set("dark");

        assertThat(model.locked(SettingKey.THEME).get()).isFalse();
        assertThat(settings.value(SettingKey.THEME)).isEqualTo("dark");
    }

    @Test
    void neverPollsPresenceMoreOftenThanEveryTenSeconds() {
        UserSettings eager = new UserSettings(Map.of(SettingKey.PRESENCE_INTERVAL_SECONDS, "2"), null);

        assertThat(eager.presenceInterval()).isEqualTo(Duration.ofSeconds(10));
    }

    @Test
    void labelsChoicesInTheChosenLanguage() {
        SettingsViewModel german = new SettingsViewModel(settings, Messages.forLocale(Locale.GERMAN));

        assertThat(german.label(SettingKey.THEME, "dark")).isEqualTo("Dunkel");
        assertThat(german.label(SettingKey.REGION, "AT")).isEqualTo("AT · Österreich");
        assertThat(german.lockNote()).isEqualTo("Von Ihrer Organisation festgelegt");
    }

    @Test
    void listsEveryIgnoredValueByNameWithTheRuleItBreaks() throws Exception {
        SettingsViewModel withProblems = new SettingsViewModel(policyModel(), Messages.forLocale(Locale.ENGLISH));

        assertThat(withProblems.ignored()).containsExactly(
                "Ignored: presenceIntervalSeconds — must be a number ≥ 10",
                "Ignored: colour — not a setting this version knows",
                "Ignored: syncIntervalMinutes — must be a number ≥ 5");
    }

    @Test
    void listsTheFirstTwentyIgnoredValuesAndCountsTheRest() throws Exception {
        StringBuilder keys = new StringBuilder("{\"theme\": \"dark\"");
        for (int i = 0; i < 50_000; i++) {
            keys.append(", \"unknown").append(i).append("\": 1");
        }
        SettingsLayer user = SettingsLayer.fromJson(new ObjectMapper().readTree(keys.append('}').toString()),
                "settings.json");
        PolicySettingsModel many = new PolicySettingsModel(new EffectiveSettings(SettingsLayer.empty("policy"),
                user, Path.of("settings.json")), UserSettings.inMemory());

        List<String> english = new SettingsViewModel(many, Messages.forLocale(Locale.ENGLISH)).ignored();
        List<String> german = new SettingsViewModel(many, Messages.forLocale(Locale.GERMAN)).ignored();

        assertThat(english).hasSize(21).startsWith("Ignored: unknown0 — not a setting this version knows")
                .endsWith("Ignored: unknown19 — not a setting this version knows",
                        "… and 49,980 more, not listed here");
        assertThat(german).last().isEqualTo("… und 49.980 weitere, hier nicht aufgeführt");
    }

    @Test
    void namesAnEntryOfAListSettingThatIsIgnoredWithItsReason() throws Exception {
        SettingsLayer policy = SettingsLayer.fromJson(new ObjectMapper().readTree(
                "{\"companyNumberRanges\": [{\"prefix\": \"089\", \"company\": \"Contoso\"}],"
                        + " \"callHistoryRetentionDays\": -5}"), "/etc/contact-shield/policy.json");
        PolicySettingsModel ranges = new PolicySettingsModel(new EffectiveSettings(policy,
                SettingsLayer.empty("settings.json"), Path.of("settings.json")), UserSettings.inMemory());

        List<String> ignored = new SettingsViewModel(ranges, Messages.forLocale(Locale.ENGLISH)).ignored();

        assertThat(ignored).containsExactly(
                "Ignored: callHistoryRetentionDays — must be a number ≥ 1",
                "Ignored: companyNumberRanges[0] — prefix '089' for company 'Contoso' is not an international "
                        + "prefix: give '+', the country code and the first digits, 1 to 17 digits in all, such as "
                        + "+49897104, ignored");
    }

    @Test
    void listsTheIgnoredValuesInGerman() throws Exception {
        SettingsViewModel german = new SettingsViewModel(policyModel(), Messages.forLocale(Locale.GERMAN));

        assertThat(german.ignored()).first()
                .isEqualTo("Ignoriert: presenceIntervalSeconds — muss eine Zahl ≥ 10 sein");
    }

    @Test
    void listsNothingWhenEveryValueIsUsed() {
        assertThat(model.ignored()).isEmpty();
    }

    private static PolicySettingsModel policyModel() throws Exception {
        ObjectMapper json = new ObjectMapper();
        SettingsLayer policy = SettingsLayer.fromJson(json.readTree("{\"presenceIntervalSeconds\": \"often\"}"),
                "/etc/contact-shield/policy.json");
        SettingsLayer user = SettingsLayer.fromJson(json.readTree("{\"syncIntervalMinutes\": 2, \"colour\": \"red\"}"),
                "settings.json");
        return new PolicySettingsModel(new EffectiveSettings(policy, user, Path.of("settings.json")),
                UserSettings.inMemory());
    }
}
