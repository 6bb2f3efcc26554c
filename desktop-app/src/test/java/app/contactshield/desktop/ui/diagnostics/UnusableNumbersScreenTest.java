package app.contactshield.desktop.ui.diagnostics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import app.contactshield.desktop.TestPeople;
import app.contactshield.desktop.ui.AccessibleNames;
import app.contactshield.desktop.ui.UiFixture;
import app.contactshield.desktop.ui.presence.StaticPresenceFeed;
import app.contactshield.graphsync.model.Person;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
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
class UnusableNumbersScreenTest {
    private UiFixture fixture;

    @Start
    void start(Stage stage) {
        List<Person> people = new ArrayList<>(TestPeople.directory());
        people.add(TestPeople.customer("Nora Unbekannt", "Nora", "Unbekannt", "Tailspin Toys", "Buyer",
                "nora@tailspin.example", "n/a"));
        people.add(TestPeople.colleague("Otto Kurz", "Otto", "Kurz", "IT", "Trainee", "otto.kurz@contoso.example",
                "+49 89"));
        people.add(TestPeople.customer("Paula Fragezeichen", "Paula", "Fragezeichen", "Wingtip GmbH", "Buyer",
                "paula@wingtip.example", "+49 (0) 89 ??"));
        people.add(TestPeople.customer("Amelia Ashworth", "Amelia", "Ashworth", "Fabrikam Ltd", "Buyer",
                "amelia@fabrikam.example", "+44 7700 900080"));
        fixture = new UiFixture(people, new StaticPresenceFeed(), Map.of());
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

    private static Window window(FxRobot robot, String title) {
        return robot.listTargetWindows().stream().filter(w -> w instanceof Stage s && title.equals(s.getTitle()))
                .findFirst().orElseThrow();
    }

    @Test
    void settingsOpenTheListOfNumbersThatCannotIdentifyCallers(FxRobot robot) throws Exception {
        robot.clickOn("#settingsButton");
        UiFixture.await(() -> robot.lookup("#unusableNumbersButton").tryQuery().isPresent());
        Button open = robot.lookup("#unusableNumbersButton").queryButton();
        robot.interact(open::fire);
        UiFixture.await(() -> robot.lookup("#unusableTable").tryQuery().isPresent()
                && !robot.lookup("#unusableTable").queryAs(TableView.class).getItems().isEmpty());

        TableView<?> table = robot.lookup("#unusableTable").queryAs(TableView.class);
        Label heading = robot.lookup("#unusableHeading").queryAs(Label.class);
        assertThat(table.getItems()).extracting(row -> ((UnusableNumberRow) row).name())
                .containsExactlyInAnyOrder("Nora Unbekannt", "Otto Kurz", "Paula Fragezeichen", "Amelia Ashworth");
        assertThat(heading.getText()).isEqualTo("4 stored numbers can't identify a caller");
        assertThat(robot.lookup("#unusableEmpty").query().isVisible()).isFalse();
        assertThat(robot.lookup("n/a").tryQuery()).isPresent();
        Node root = table.getScene().getRoot();
        assertThat(table.getItems()).extracting(row -> (UnusableNumberRow) row)
                .filteredOn(row -> row.name().equals("Amelia Ashworth"))
                .extracting(UnusableNumberRow::number, UnusableNumberRow::reason)
                .containsExactly(tuple("+44 7700 900080", "Not a number in use in its country"));
        String hint = root.lookupAll(".setting-hint").stream().map(node -> ((Label) node).getText())
                .filter(text -> text.startsWith("An incoming call")).findFirst().orElseThrow();
        assertThat(hint).as("the hint holds for numbers with a country code too")
                .doesNotContain("no international form").contains("even those written with a country code");
        assertThat(AccessibleNames.unnamed(root)).isEmpty();
        Window window = window(robot, "Numbers that can't identify callers");
        Path shot = UiFixture.screenshot(window.getScene(), "diagnostics-unusable-numbers");
        assertThat(Files.size(shot)).isGreaterThan(1000);
    }
}
