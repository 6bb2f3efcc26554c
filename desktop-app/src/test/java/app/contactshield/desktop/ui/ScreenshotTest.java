package app.contactshield.desktop.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.contactshield.desktop.ui.sample.SampleDirectory;
import app.contactshield.desktop.ui.settings.SettingKey;
import app.contactshield.graphsync.model.Person;
import app.contactshield.graphsync.model.SourceId;
import app.contactshield.graphsync.sync.SyncProgress;
import java.nio.file.Files;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.application.Platform;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;

/** Saves a picture of every screen of this module, light and dark, for people to look at. */
@ExtendWith(ApplicationExtension.class)
class ScreenshotTest {
    private final List<Person> people = SampleDirectory.people();
    private UiFixture fixture;
    private AppContext context;

    @Start
    void start(Stage stage) {
        fixture = new UiFixture(people, SampleDirectory.presence(Instant.now()),
                Map.of(SettingKey.PRESENCE_INTERVAL_SECONDS, "30"));
        context = fixture.show(stage, Locale.ENGLISH);
    }

    @BeforeEach
    void awaitIndex() throws Exception {
        fixture.awaitIndex();
    }

    @Stop
    void stop() {
        fixture.close();
    }

    private void select(FxRobot robot, String query, String name) throws Exception {
        robot.clickOn("#searchField").eraseText(30).write(query);
        UiFixture.await(() -> !context.search().rows().isEmpty());
        robot.type(KeyCode.DOWN);
        UiFixture.await(() -> name.equals(context.detail().nameProperty().get()));
    }

    @Test
    void savesEveryScreenInLightAndDark(FxRobot robot) throws Exception {
        robot.interact(() -> {
            context.search().setFavourite(people.get(2).key(), true);
            context.search().setFavourite(people.get(14).key(), true);
        });
        UiFixture.screenshot(robot.window(0).getScene(), "main-start-light");
        select(robot, "ada", "Ada Beispiel");
        UiFixture.screenshot(robot.window(0).getScene(), "main-colleague-light");
        select(robot, "Hansen", "Nora Hansen");
        Platform.runLater(() -> {
            fixture.sync().publish(new SyncProgress(SourceId.GRAPH_USERS, 4, 3_996, false));
            fixture.sync().publish(new SyncProgress(SampleDirectory.DATAVERSE, 2, 1_250, true));
        });
        UiFixture.await(() -> context.status().syncingProperty().get());
        UiFixture.screenshot(robot.window(0).getScene(), "main-customer-syncing-light");

        Platform.runLater(() -> fixture.settings().set(SettingKey.THEME, "dark"));
        select(robot, "jur", "Jürgen Müller");
        UiFixture.screenshot(robot.window(0).getScene(), "main-colleague-dark");
        robot.clickOn("#searchField").eraseText(30);
        robot.clickOn("#favouritesButton");
        UiFixture.await(() -> robot.lookup("#removeButton").tryQuery().isPresent());
        UiFixture.screenshot(robot.lookup("#removeButton").query().getScene(), "favourites-dark");
        robot.clickOn("#closeButton");
        robot.clickOn("#settingsButton");
        UiFixture.await(() -> robot.lookup("#interval").tryQuery().isPresent());
        UiFixture.screenshot(robot.lookup("#interval").query().getScene(), "settings-locked-dark");

        assertThat(Files.list(UiFixture.SCREENSHOTS).count()).isGreaterThanOrEqualTo(6);
    }
}
