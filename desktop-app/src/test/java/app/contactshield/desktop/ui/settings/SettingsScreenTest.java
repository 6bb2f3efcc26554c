package app.contactshield.desktop.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import app.contactshield.desktop.TestPeople;
import app.contactshield.desktop.ui.UiFixture;
import app.contactshield.desktop.ui.presence.StaticPresenceFeed;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.application.ConditionalFeature;
import javafx.application.Platform;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.PopupWindow;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;
import org.testfx.util.WaitForAsyncUtils;

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

    @Test
    void aDropDownListEndsAtItsOwnBorderWhereTheScreenCannotShowSeeThroughWindows(FxRobot robot) throws Exception {
        boolean seeThrough = WaitForAsyncUtils.asyncFx(() -> Platform.isSupported(
                ConditionalFeature.TRANSPARENT_WINDOW)).get(10, TimeUnit.SECONDS);
        assumeFalse(seeThrough, "a compositor draws the drop-down's shadow see-through");
        robot.clickOn("#settingsButton");
        UiFixture.await(() -> robot.lookup("#theme").tryQuery().isPresent());

        robot.clickOn("#theme");

        UiFixture.await(() -> dropDown(robot).isPresent());
        PopupWindow popup = dropDown(robot).orElseThrow();
        Node list = popup.getScene().getRoot().lookup(".list-view");
        Bounds drawn = list.getBoundsInParent();
        assertThat(popup.getWidth()).as("nothing drawn beside the list").isCloseTo(drawn.getWidth(), within(1.0));
        assertThat(popup.getHeight()).as("nothing drawn below the list").isCloseTo(drawn.getHeight(), within(1.0));
        robot.type(KeyCode.ESCAPE);
    }

    private static Optional<PopupWindow> dropDown(FxRobot robot) {
        return robot.listWindows().stream().filter(w -> w instanceof PopupWindow && w.isShowing()
                && w.getScene().getRoot().lookup(".list-view") != null).map(PopupWindow.class::cast).findFirst();
    }
}
