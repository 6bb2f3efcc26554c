package app.contactshield.desktop.ui.diagnostics;

import static org.assertj.core.api.Assertions.assertThat;

import app.contactshield.desktop.TestPeople;
import app.contactshield.desktop.ui.UiFixture;
import app.contactshield.desktop.ui.presence.StaticPresenceFeed;
import java.util.Locale;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;

@ExtendWith(ApplicationExtension.class)
class UnusableNumbersEmptyScreenTest {
    private UiFixture fixture;

    @Start
    void start(Stage stage) {
        fixture = new UiFixture(TestPeople.directory(), new StaticPresenceFeed(), Map.of());
        fixture.show(stage, Locale.GERMAN);
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
    void saysInGermanThatEveryStoredNumberCanIdentifyACaller(FxRobot robot) throws Exception {
        robot.clickOn("#settingsButton");
        UiFixture.await(() -> robot.lookup("#unusableNumbersButton").tryQuery().isPresent());
        Button open = robot.lookup("#unusableNumbersButton").queryButton();
        robot.interact(open::fire);
        UiFixture.await(() -> robot.lookup("#unusableEmpty").tryQuery().map(Node::isVisible).orElse(false));

        assertThat(robot.lookup("#unusableEmptyText").queryAs(Label.class).getText())
                .isEqualTo("Jede gespeicherte Nummer kann einen Anrufer erkennen.");
        assertThat(robot.lookup("#unusableHeading").queryAs(Label.class).getText())
                .isEqualTo("Nichts zu korrigieren");
        assertThat(robot.lookup("#unusableTable").query().isVisible()).isFalse();
        UiFixture.screenshot(robot.lookup("#unusableEmpty").query().getScene(),
                "diagnostics-unusable-numbers-empty-de");
    }
}
