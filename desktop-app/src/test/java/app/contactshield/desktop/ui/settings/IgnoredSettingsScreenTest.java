package app.contactshield.desktop.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import app.contactshield.desktop.ui.Messages;
import app.contactshield.desktop.ui.Theme;
import app.contactshield.desktop.ui.UiFixture;
import app.contactshield.graphsync.policy.EffectiveSettings;
import app.contactshield.graphsync.policy.SettingsLayer;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Locale;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Settings show what the app ignores, and the sync interval the policy fixes, from the real policy model. */
@ExtendWith(ApplicationExtension.class)
class IgnoredSettingsScreenTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path dataDir;

    private Scene scene;

    @Start
    void start(Stage stage) throws Exception {
        SettingsLayer policy = SettingsLayer.fromJson(JSON.readTree(
                "{\"presenceIntervalSeconds\": \"often\", \"syncIntervalMinutes\": 30}"), "policy.json");
        SettingsLayer user = SettingsLayer.fromJson(JSON.readTree("{\"colour\": \"red\"}"), "settings.json");
        PolicySettingsModel settings = new PolicySettingsModel(new EffectiveSettings(policy, user,
                dataDir.resolve(EffectiveSettings.USER_FILE)), UserSettings.inMemory());
        Messages messages = Messages.forLocale(Locale.ENGLISH);
        FXMLLoader loader = new FXMLLoader(SettingsController.class.getResource(
                "/app/contactshield/desktop/ui/settings/Settings.fxml"), messages.bundle());
        loader.setControllerFactory(type -> new SettingsController(new SettingsViewModel(settings, messages),
                owner -> { }));
        Parent root;
        try {
            root = loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        scene = new Scene(root);
        Theme.applyGlobally(false);
        Theme.style(scene, false);
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void showsTheIgnoredValuesAsAWarningListAndTheLockedSyncInterval(FxRobot robot) throws Exception {
        Label title = robot.lookup("#ignoredTitle").queryAs(Label.class);
        ComboBox<?> syncInterval = robot.lookup("#syncInterval").queryComboBox();

        assertThat(title.isVisible()).isTrue();
        assertThat(robot.lookup(".ignored-item").queryAllAs(Label.class)).extracting(Label::getText).containsExactly(
                "Ignored: presenceIntervalSeconds — must be a number ≥ 10",
                "Ignored: colour — not a setting this version knows");
        assertThat(syncInterval.isDisabled()).isTrue();
        assertThat(robot.lookup("#syncIntervalNote").queryAs(Label.class).getText())
                .isEqualTo("Set by your organisation");
        UiFixture.screenshot(scene, "settings-ignored-and-locked");
    }
}
