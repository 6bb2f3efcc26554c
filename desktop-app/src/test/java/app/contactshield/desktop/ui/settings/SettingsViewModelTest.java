package app.contactshield.desktop.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.contactshield.desktop.ui.Messages;
import java.time.Duration;
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
}
