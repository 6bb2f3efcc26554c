package app.contactshield.desktop.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.contactshield.desktop.ui.sample.SampleDirectory;
import app.contactshield.desktop.ui.settings.SettingKey;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;

/** The main window in German, following a German OS locale. */
@ExtendWith(ApplicationExtension.class)
class GermanScreenshotTest {
    private UiFixture fixture;
    private AppContext context;

    @Start
    void start(Stage stage) {
        fixture = new UiFixture(SampleDirectory.people(), SampleDirectory.presence(Instant.now()),
                Map.of(SettingKey.REGION, "DE"));
        context = fixture.show(stage, Locale.GERMANY);
    }

    @BeforeEach
    void awaitIndex() throws Exception {
        fixture.awaitIndex();
    }

    @Stop
    void stop() {
        fixture.close();
    }

    @Test
    void speaksGermanWhenTheSystemDoes(FxRobot robot) throws Exception {
        robot.clickOn("#searchField").write("vogel");
        UiFixture.await(() -> context.search().rows().size() == 1);

        robot.type(KeyCode.DOWN);

        UiFixture.await(() -> "Lena Vogel".equals(context.detail().nameProperty().get()));
        assertThat(robot.lookup("#teamsReason").queryAs(Label.class).getText())
                .isEqualTo("Teams ist nicht verfügbar: Dieser Kontakt hat kein Microsoft-365-Konto.");
        assertThat(robot.lookup("#summary").queryAs(Label.class).getText()).isEqualTo("1 Treffer");
        UiFixture.screenshot(robot.window(0).getScene(), "main-customer-german-light");
    }
}
