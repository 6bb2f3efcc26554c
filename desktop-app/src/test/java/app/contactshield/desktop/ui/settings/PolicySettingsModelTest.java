package app.contactshield.desktop.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.contactshield.graphsync.policy.EffectiveSettings;
import app.contactshield.graphsync.policy.SettingsLayer;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
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
    void aRegionChosenInTheAppBeforeAnyStoreExistsIsSavedInAFolderAndFileOnlyItsOwnerCanRead() throws Exception {
        Path fresh = dataDir.resolve("home").resolve("contact-shield");
        PolicySettingsModel model = new PolicySettingsModel(EffectiveSettings.load(fresh), UserSettings.inMemory());

        model.set(SettingKey.REGION, "DE");

        assertThat(permissions(fresh)).isEqualTo("rwx------");
        assertThat(permissions(fresh.resolve(EffectiveSettings.USER_FILE))).isEqualTo("rw-------");
        assertThat(EffectiveSettings.load(fresh).defaultRegion()).isEqualTo("DE");
    }

    private static String permissions(Path path) throws Exception {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
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
    void syncsEveryFifteenMinutesUntilTheUserChoosesAnotherInterval() throws Exception {
        PolicySettingsModel model = model("{}");
        assertThat(model.syncInterval()).isEqualTo(Duration.ofMinutes(15));

        model.set(SettingKey.SYNC_INTERVAL_MINUTES, "30");

        assertThat(model.syncInterval()).isEqualTo(Duration.ofMinutes(30));
        assertThat(JSON.readTree(dataDir.resolve(EffectiveSettings.USER_FILE).toFile())
                .path("syncIntervalMinutes").asInt()).isEqualTo(30);
    }

    @Test
    void thePolicyFixesTheSyncIntervalAndNeverUnderFiveMinutes() throws Exception {
        PolicySettingsModel fixed = model("{\"syncIntervalMinutes\": 60}");
        PolicySettingsModel tooShort = model("{\"syncIntervalMinutes\": 2}");

        assertThat(fixed.isLocked(SettingKey.SYNC_INTERVAL_MINUTES)).isTrue();
        assertThat(fixed.syncInterval()).isEqualTo(Duration.ofHours(1));
        assertThatThrownBy(() -> fixed.set(SettingKey.SYNC_INTERVAL_MINUTES, "5"))
                .isInstanceOf(IllegalStateException.class);
        assertThat(tooShort.syncInterval()).isEqualTo(Duration.ofMinutes(5));
    }

    @Test
    void locksVacationModeOffWhenThePolicyDisallowsIt() throws Exception {
        PolicySettingsModel model = model("{\"vacationModeAllowed\": false}");

        assertThat(model.isLocked(SettingKey.VACATION_MODE)).isTrue();
        assertThat(model.vacationMode()).isFalse();
    }
}
