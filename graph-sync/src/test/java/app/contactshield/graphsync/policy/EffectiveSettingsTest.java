package app.contactshield.graphsync.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.contactshield.graphsync.store.StoreException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EffectiveSettingsTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dataDir;

    @Test
    void policyWinsOverTheUserAndLocksWhatItSets() throws Exception {
        PolicyParser.Parsed policy = PolicyParser.parse(JSON.readTree("{\"defaultRegion\": \"DE\"}"), "policy");
        PolicyParser.Parsed user = PolicyParser.parse(JSON.readTree(
                "{\"defaultRegion\": \"FR\", \"theme\": \"dark\"}"), "settings");

        EffectiveSettings settings = EffectiveSettings.of(policy, user);

        assertThat(settings.effective().defaultRegion()).isEqualTo("DE");
        assertThat(settings.effective().theme()).isEqualTo("dark");
        assertThat(settings.isLocked("defaultRegion")).isTrue();
        assertThat(settings.isLocked("theme")).isFalse();
        assertThat(settings.isLocked("noSuchSetting")).isFalse();
    }

    @Test
    void userCanSaveUnlockedSettingsAndReadThemBack() throws Exception {
        EffectiveSettings settings = EffectiveSettings.of(PolicyParser.Parsed.empty(), PolicyParser.Parsed.empty());

        EffectiveSettings saved = settings.saveUserSettings(dataDir, Map.of(PolicyKey.THEME, "light",
                PolicyKey.PRESENCE_INTERVAL_SECONDS, 15));

        assertThat(saved.effective().theme()).isEqualTo("light");
        EffectiveSettings reread = EffectiveSettings.of(PolicyParser.Parsed.empty(),
                ManagedPolicy.readJsonFile(dataDir.resolve(EffectiveSettings.FILE)));
        assertThat(reread.effective().presenceIntervalSeconds()).isEqualTo(15);
        assertThat(reread.problems()).isEmpty();
    }

    @Test
    void savingALockedSettingIsRefusedAndNothingIsWritten() throws Exception {
        PolicyParser.Parsed policy = PolicyParser.parse(JSON.readTree("{\"theme\": \"dark\"}"), "policy");
        EffectiveSettings settings = EffectiveSettings.of(policy, PolicyParser.Parsed.empty());

        assertThatThrownBy(() -> settings.saveUserSettings(dataDir, Map.of(PolicyKey.THEME, "light")))
                .isInstanceOf(StoreException.class).hasMessageContaining("theme");

        assertThat(Files.exists(dataDir.resolve(EffectiveSettings.FILE))).isFalse();
    }
}
