package app.contactshield.desktop.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.contactshield.desktop.ui.sample.SampleDirectory;
import app.contactshield.graphsync.model.Person;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;

/** Every button, toggle and field of the main window, the detail pane, settings and favourites has a name. */
@ExtendWith(ApplicationExtension.class)
class AccessibleNamesTest {
    private final List<Person> people = SampleDirectory.people();
    private UiFixture fixture;
    private AppContext context;

    @Start
    void start(Stage stage) {
        fixture = new UiFixture(people, SampleDirectory.presence(Instant.now()), Map.of());
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

    @Test
    void theMainWindowWithAPersonInTheDetailPaneNamesEveryControl(FxRobot robot) throws Exception {
        robot.clickOn("#searchField").write("ada");
        UiFixture.await(() -> !context.search().rows().isEmpty());
        robot.type(KeyCode.DOWN);
        UiFixture.await(() -> !context.detail().nameProperty().get().isEmpty());
        Node root = robot.window(0).getScene().getRoot();

        assertThat(AccessibleNames.controls(root)).isGreaterThan(8);
        assertThat(AccessibleNames.unnamed(root)).isEmpty();
    }

    @Test
    void anIconOnlyButtonAndAFieldWithoutPromptAreReported() {
        Button icon = new Button();
        icon.setId("icon");
        VBox screen = new VBox(icon, new TextField(), new Button("Save"), new ToggleButton("", new Label("*")));

        List<String> unnamed = AccessibleNames.unnamed(screen);

        assertThat(unnamed).hasSize(3).anySatisfy(line -> assertThat(line).startsWith("Button#icon"));
    }

    @Test
    void settingsNameEveryControl(FxRobot robot) throws Exception {
        robot.clickOn("#settingsButton");
        UiFixture.await(() -> robot.lookup("#interval").tryQuery().isPresent());
        Node root = robot.lookup("#interval").query().getScene().getRoot();

        assertThat(AccessibleNames.controls(root)).isGreaterThanOrEqualTo(2);
        assertThat(AccessibleNames.unnamed(root)).isEmpty();
    }

    @Test
    void favouritesNameEveryControl(FxRobot robot) throws Exception {
        robot.clickOn("#favouritesButton");
        UiFixture.await(() -> robot.lookup("#addField").tryQuery().isPresent());
        Node root = robot.lookup("#addField").query().getScene().getRoot();

        assertThat(AccessibleNames.controls(root)).isGreaterThan(4);
        assertThat(AccessibleNames.unnamed(root)).isEmpty();
    }
}
