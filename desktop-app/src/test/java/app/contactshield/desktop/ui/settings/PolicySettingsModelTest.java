package app.contactshield.desktop.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.contactshield.graphsync.policy.EffectiveSettings;
import app.contactshield.graphsync.policy.SettingsLayer;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PolicySettingsModelTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dataDir;

    private PolicySettingsModel model(String policyJson) throws Exception {
        SettingsLayer policy = SettingsLayer.fromJson(JSON.readTree(policyJson), "test policy");
        EffectiveSettings settings = new EffectiveSettings(policy, SettingsLayer.empty("user"),
                dataDir.resolve(EffectiveSettings.USER_FILE));
        return new PolicySettingsModel(settings, UserSettings.inMemory());
    }

    @Test
    void locksWhatThePolicyFixesAndShowsItsValue() throws Exception {
        PolicySettingsModel model = model("{\"presenceIntervalSeconds\": 60, \"defaultRegion\": \"AT\"}");

        assertThat(model.isLocked(SettingKey.PRESENCE_INTERVAL_SECONDS)).isTrue();
        assertThat(model.value(SettingKey.PRESENCE_INTERVAL_SECONDS)).isEqualTo("60");
        assertThat(model.isLocked(SettingKey.REGION)).isTrue();
        assertThat(model.value(SettingKey.REGION)).isEqualTo("AT");
        assertThat(model.isLocked(SettingKey.THEME)).isFalse();
        assertThatThrownBy(() -> model.set(SettingKey.REGION, "DE")).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void savesAnUnlockedSettingToTheUserFile() throws Exception {
        PolicySettingsModel model = model("{}");

        model.set(SettingKey.THEME, "dark");
        model.set(SettingKey.PRESENCE_INTERVAL_SECONDS, "120");

        assertThat(model.value(SettingKey.THEME)).isEqualTo("dark");
        assertThat(model.presenceInterval().toSeconds()).isEqualTo(120);
        assertThat(Files.readString(dataDir.resolve(EffectiveSettings.USER_FILE))).contains("\"theme\"")
                .contains("120");
    }

    @Test
    void locksVacationModeOffWhenThePolicyDisallowsIt() throws Exception {
        PolicySettingsModel model = model("{\"vacationModeAllowed\": false}");

        assertThat(model.isLocked(SettingKey.VACATION_MODE)).isTrue();
        assertThat(model.vacationMode()).isFalse();
    }
}
