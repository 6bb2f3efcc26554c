package app.contactshield.desktop.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.contactshield.desktop.TestPeople;
import app.contactshield.desktop.ui.presence.StaticPresenceFeed;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.control.Control;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
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

/** No empty list or table says JavaFX's "No content in table": each has a placeholder of its own. */
@ExtendWith(ApplicationExtension.class)
class PlaceholdersTest {
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

    private static List<Control> listsAndTables(FxRobot robot) {
        List<Control> found = new ArrayList<>();
        for (Window window : robot.listTargetWindows()) {
            if (window.getScene() != null && window.isShowing()) {
                for (Node node : window.getScene().getRoot().lookupAll("*")) {
                    if (node instanceof ListView<?> || node instanceof TableView<?>) {
                        found.add((Control) node);
                    }
                }
            }
        }
        return found;
    }

    private static Node placeholder(Control control) {
        return control instanceof ListView<?> list ? list.getPlaceholder() : ((TableView<?>) control).getPlaceholder();
    }

    @Test
    void everyListOfTheMainWindowAndTheFavouritesEditorHasItsOwnPlaceholder(FxRobot robot) throws Exception {
        robot.clickOn("#favouritesButton");
        UiFixture.await(() -> robot.lookup("#addField").tryQuery().isPresent());

        List<Control> controls = listsAndTables(robot);

        assertThat(controls).hasSizeGreaterThanOrEqualTo(3);
        assertThat(controls).allSatisfy(control -> assertThat(placeholder(control))
                .as("placeholder of %s", control.getId()).isNotNull());
        ListView<?> favourites = robot.lookup("#list").queryListView();
        assertThat(favourites.getPlaceholder()).isInstanceOfSatisfying(Labeled.class,
                label -> assertThat(label.getText()).isEqualTo("Noch keine Favoriten."));
        robot.clickOn("#closeButton");
    }
}
