package app.contactshield.desktop.ui.favourites;

import static org.assertj.core.api.Assertions.assertThat;

import app.contactshield.desktop.search.SearchHit;
import app.contactshield.desktop.ui.AppContext;
import app.contactshield.desktop.ui.UiFixture;
import app.contactshield.desktop.ui.sample.SampleDirectory;
import app.contactshield.graphsync.model.Person;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.geometry.Bounds;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Region;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;
import org.testfx.util.WaitForAsyncUtils;

/** The favourites editor works from the keyboard alone: find and add someone, move them up, remove them. */
@ExtendWith(ApplicationExtension.class)
class FavouritesEditorTest {
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
    void addsMovesAndRemovesFavouritesWithTheKeyboard(FxRobot robot) throws Exception {
        robot.interact(() -> context.search().setFavourite(people.get(2).key(), true));
        robot.clickOn("#favouritesButton");
        UiFixture.await(() -> robot.lookup("#addField").tryQuery().isPresent());
        ListView<SearchHit> list = robot.lookup("#list").queryListView();
        String first = list.getItems().get(0).entry().displayName();
        Person added = people.get(0);

        robot.clickOn("#addField").write(added.displayName());
        UiFixture.await(() -> !robot.lookup("#candidates").queryListView().getItems().isEmpty());
        robot.type(KeyCode.ENTER);
        UiFixture.await(() -> list.getItems().size() == 2);
        robot.clickOn(list).type(KeyCode.END);
        robot.press(KeyCode.ALT).type(KeyCode.UP).release(KeyCode.ALT);
        UiFixture.await(() -> list.getItems().get(0).entry().displayName().equals(added.displayName()));
        boolean upDisabledAtTheTop = robot.lookup("#upButton").queryAs(Button.class).isDisabled();
        robot.type(KeyCode.DELETE);
        UiFixture.await(() -> list.getItems().size() == 1);

        assertThat(upDisabledAtTheTop).isTrue();
        assertThat(list.getItems()).extracting(hit -> hit.entry().displayName()).containsExactly(first);
        assertThat(context.search().index().favouriteHits()).extracting(hit -> hit.entry().key())
                .containsExactly(people.get(2).key());
        robot.clickOn("#closeButton");
    }

    @Test
    void suggestionsShowWholeLettersAndWhatTellsNamesakesApartAndTheEmptyHintIsCentred(FxRobot robot)
            throws Exception {
        robot.clickOn("#favouritesButton");
        UiFixture.await(() -> robot.lookup("#addField").tryQuery().isPresent());
        ListView<SearchHit> list = robot.lookup("#list").queryListView();
        Label empty = robot.from(list).lookup(".empty-hint").queryAs(Label.class);
        Bounds hint = empty.localToScene(empty.getLayoutBounds());
        Bounds listBounds = list.localToScene(list.getLayoutBounds());
        Person someone = people.stream().filter(p -> p.jobTitle() != null && !p.jobTitle().isBlank()).findFirst()
                .orElseThrow();

        robot.clickOn("#addField").write(someone.displayName());
        UiFixture.await(() -> !robot.lookup("#candidates").queryListView().getItems().isEmpty());
        ListView<?> candidates = robot.lookup("#candidates").queryListView();
        WaitForAsyncUtils.waitForFxEvents();
        List<ListCell<?>> cells = robot.from(candidates).lookup(".list-cell").queryAll().stream()
                .<ListCell<?>>map(node -> (ListCell<?>) node).filter(cell -> cell.getGraphic() != null).toList();

        assertThat(Math.abs(hint.getCenterX() - listBounds.getCenterX())).isLessThan(2.0);
        assertThat(cells).isNotEmpty().allSatisfy(cell -> {
            Region lines = (Region) cell.getGraphic();
            double needed = lines.prefHeight(cell.getWidth()) + cell.snappedTopInset() + cell.snappedBottomInset();
            assertThat(needed).as("height a cell needs").isLessThanOrEqualTo(candidates.getFixedCellSize());
        });
        assertThat(robot.from(cells.get(0)).lookup(".favourite-detail").queryAs(Label.class).getText())
                .contains(someone.jobTitle());
        UiFixture.screenshot(candidates.getScene(), "favourites-suggestions");
        robot.clickOn("#closeButton");
    }

    @Test
    void theDetailPanesStarFollowsTheEditorWithoutSelectingThePersonAgain(FxRobot robot) throws Exception {
        Person shown = people.get(1);
        robot.interact(() -> context.detail().show(shown.key()));
        UiFixture.await(() -> context.detail().details().nameProperty().get().equals(shown.displayName()));
        ToggleButton star = robot.lookup("#favouriteToggle").queryAs(ToggleButton.class);
        boolean starredBefore = star.isSelected();

        robot.clickOn("#favouritesButton");
        UiFixture.await(() -> robot.lookup("#addField").tryQuery().isPresent());
        robot.clickOn("#addField").write(shown.displayName());
        UiFixture.await(() -> !robot.lookup("#candidates").queryListView().getItems().isEmpty());
        robot.type(KeyCode.ENTER);
        UiFixture.await(star::isSelected);
        robot.clickOn("#list").type(KeyCode.HOME).type(KeyCode.DELETE);
        UiFixture.await(() -> !star.isSelected());

        assertThat(starredBefore).isFalse();
        assertThat(context.detail().details().nameProperty().get()).isEqualTo(shown.displayName());
        robot.clickOn("#closeButton");
    }

    @Test
    void theEmptySearchListsTheFavouritesInTheEditorsOrder(FxRobot robot) throws Exception {
        robot.interact(() -> {
            context.search().setFavourite(people.get(3).key(), true);
            context.search().setFavourite(people.get(5).key(), true);
        });
        robot.clickOn("#favouritesButton");
        UiFixture.await(() -> robot.lookup("#list").tryQuery().isPresent());
        ListView<SearchHit> list = robot.lookup("#list").queryListView();
        String second = list.getItems().get(1).entry().displayName();

        robot.clickOn(list).type(KeyCode.END);
        robot.press(KeyCode.ALT).type(KeyCode.UP).release(KeyCode.ALT);
        UiFixture.await(() -> list.getItems().get(0).entry().displayName().equals(second));
        UiFixture.screenshot(list.getScene(), "favourites-editor");
        robot.clickOn("#closeButton");

        assertThat(context.search().rows()).extracting(row -> row.hit().entry().displayName())
                .startsWith(second, people.get(3).displayName());
    }
}
