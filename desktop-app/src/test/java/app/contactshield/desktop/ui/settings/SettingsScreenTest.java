package app.contactshield.desktop.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import app.contactshield.desktop.TestPeople;
import app.contactshield.desktop.ui.UiFixture;
import app.contactshield.desktop.ui.presence.StaticPresenceFeed;
import java.util.Locale;
import java.util.Map;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;

@ExtendWith(ApplicationExtension.class)
class SettingsScreenTest {
    private UiFixture fixture;

    @Start
    void start(Stage stage) {
        fixture = new UiFixture(TestPeople.directory(), new StaticPresenceFeed(),
                Map.of(SettingKey.PRESENCE_INTERVAL_SECONDS, "60", SettingKey.REGION, "DE",
                        SettingKey.SYNC_INTERVAL_MINUTES, "30"));
        fixture.show(stage, Locale.ENGLISH);
    }

    @BeforeEach
    void awaitIndex() throws Exception {
        fixture.awaitIndex();
    }

    @Stop
    void stop() {
        fixture.close();
    }

    private Window settingsWindow(FxRobot robot) {
        return robot.listTargetWindows().stream().filter(w -> w instanceof Stage s
                && "Settings".equals(s.getTitle())).findFirst().orElseThrow();
    }

    @Test
    void showsAPolicyLockedSettingDisabledWithTheReason(FxRobot robot) throws Exception {
        robot.clickOn("#settingsButton");
        UiFixture.await(() -> robot.lookup("#interval").tryQuery().isPresent());

        ComboBox<?> interval = robot.lookup("#interval").queryComboBox();
        ComboBox<?> theme = robot.lookup("#theme").queryComboBox();
        Label note = robot.lookup("#intervalNote").queryAs(Label.class);

        assertThat(interval.isDisabled()).isTrue();
        assertThat(interval.getValue()).isEqualTo("60");
        assertThat(note.getText()).isEqualTo("Set by your organisation");
        assertThat(note.isVisible()).isTrue();
        assertThat(robot.lookup("#region").queryComboBox().isDisabled()).isTrue();
        assertThat(theme.isDisabled()).isFalse();
        UiFixture.screenshot(settingsWindow(robot).getScene(), "settings-locked-light");
    }

    @Test
    void showsTheSyncIntervalSetByTheOrganisationDisabledWithTheReason(FxRobot robot) throws Exception {
        robot.clickOn("#settingsButton");
        UiFixture.await(() -> robot.lookup("#syncInterval").tryQuery().isPresent());

        ComboBox<?> syncInterval = robot.lookup("#syncInterval").queryComboBox();
        Label note = robot.lookup("#syncIntervalNote").queryAs(Label.class);

        assertThat(syncInterval.isDisabled()).isTrue();
        assertThat(syncInterval.getValue()).isEqualTo("30");
        assertThat(syncInterval.getButtonCell().getText()).isEqualTo("Every 30 min");
        assertThat(note.getText()).isEqualTo("Set by your organisation");
        assertThat(note.isVisible()).isTrue();
    }

    @Test
    void changesAnUnlockedSettingFromTheKeyboard(FxRobot robot) throws Exception {
        robot.clickOn("#settingsButton");
        UiFixture.await(() -> robot.lookup("#phone").tryQuery().isPresent());

        robot.clickOn("#phone").write("Pixel 8");

        UiFixture.await(() -> "Pixel 8".equals(fixture.settings().value(SettingKey.PHONE)));
    }
}
