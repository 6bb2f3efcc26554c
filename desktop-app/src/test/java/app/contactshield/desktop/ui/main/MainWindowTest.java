package app.contactshield.desktop.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import app.contactshield.desktop.TestPeople;
import app.contactshield.desktop.ui.AppContext;
import app.contactshield.desktop.ui.UiFixture;
import app.contactshield.desktop.ui.presence.Availability;
import app.contactshield.desktop.ui.presence.PresenceView;
import app.contactshield.desktop.ui.presence.StaticPresenceFeed;
import app.contactshield.desktop.ui.sample.InMemoryContactStore;
import app.contactshield.graphsync.model.Person;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class MainWindowTest {
    private final List<Person> people = TestPeople.directory();
    private UiFixture fixture;
    private AppContext context;

    @Start
    void start(Stage stage) {
        StaticPresenceFeed presence = new StaticPresenceFeed();
        presence.put(people.get(0).key(), new PresenceView(Availability.BUSY, "InACall", "Back at 3", "",
                Instant.now().minusSeconds(10)));
        fixture = new UiFixture(people, presence, Map.of());
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

    private List<String> shownNames(FxRobot robot) {
        ListView<ResultRow> list = robot.lookup("#resultList").queryListView();
        return list.getItems().stream().map(row -> row.hit().entry().displayName()).toList();
    }

    @Test
    void findsPeopleAsYouType(FxRobot robot) throws Exception {
        robot.press(KeyCode.CONTROL, KeyCode.F).release(KeyCode.F, KeyCode.CONTROL);

        robot.write("muel");

        UiFixture.await(() -> shownNames(robot).size() == 3);
        assertThat(robot.lookup("#searchField").queryAs(TextField.class).isFocused()).isTrue();
        assertThat(shownNames(robot)).containsExactlyInAnyOrder("Jürgen Müller", "Sabine Mueller", "Marco Muller");
        robot.write("ler sab");
        UiFixture.await(() -> shownNames(robot).size() == 1);
        assertThat(shownNames(robot)).containsExactly("Sabine Mueller");
    }

    @Test
    void findsAPersonByDigitsTypedInAnyFormat(FxRobot robot) throws Exception {
        robot.clickOn("#searchField");

        robot.write("089 7104-2301");

        UiFixture.await(() -> shownNames(robot).equals(List.of("Lena Vogel")));
    }

    @Test
    void saysWhenNoOneIsFoundAndClearsOnEscape(FxRobot robot) throws Exception {
        robot.clickOn("#searchField").write("Zebulon");
        UiFixture.await(() -> shownNames(robot).isEmpty());

        Label empty = robot.lookup("#emptyTitle").queryAs(Label.class);
        assertThat(empty.getText()).isEqualTo("No one found for “Zebulon”");
        assertThat(empty.isVisible()).isTrue();
        UiFixture.screenshot(robot.window(0).getScene(), "main-no-results");
        robot.type(KeyCode.ESCAPE);
        UiFixture.await(() -> shownNames(robot).size() == people.size());
    }

    @Test
    void opensTheDetailWithTheKeyboardAndStartsTeamsWithExactlyTheRightLinks(FxRobot robot) throws Exception {
        robot.clickOn("#searchField").write("ada");
        UiFixture.await(() -> shownNames(robot).equals(List.of("Ada Beispiel")));

        robot.type(KeyCode.DOWN);
        UiFixture.await(() -> "Ada Beispiel".equals(context.detail().nameProperty().get()));
        robot.type(KeyCode.ENTER);
        UiFixture.await(() -> robot.lookup("#teamsCallButton").queryButton().isFocused());
        robot.type(KeyCode.SPACE);
        robot.clickOn("#teamsVideoButton");
        robot.clickOn("#teamsChatButton");

        UiFixture.await(() -> fixture.links().opened().size() == 3);
        assertThat(fixture.links().opened()).containsExactly(
                URI.create("https://teams.microsoft.com/l/call/0/0?users=ada.beispiel@contoso.example"),
                URI.create("https://teams.microsoft.com/l/call/0/0?users=ada.beispiel@contoso.example&withVideo=true"),
                URI.create("https://teams.microsoft.com/l/chat/0/0?users=ada.beispiel@contoso.example"));
        assertThat(robot.lookup("#presenceLine").queryAs(Label.class).getText()).isEqualTo("Busy · In a call");
        UiFixture.screenshot(robot.window(0).getScene(), "main-detail-light");
    }

    @Test
    void callsANumberThroughThePairedPhone(FxRobot robot) throws Exception {
        robot.clickOn("#searchField").write("ada");
        UiFixture.await(() -> shownNames(robot).size() == 1);
        robot.type(KeyCode.DOWN);
        UiFixture.await(() -> !robot.lookup(".call-button").queryAll().isEmpty());

        robot.clickOn(".call-button");

        UiFixture.await(() -> fixture.phone().dialled().equals(List.of("+498971041201")));
    }

    @Test
    void disablesTheTeamsButtonsWithAVisibleReasonForContactsWithoutAnAccount(FxRobot robot) throws Exception {
        robot.clickOn("#searchField").write("lena");
        UiFixture.await(() -> shownNames(robot).size() == 1);

        robot.type(KeyCode.DOWN);

        UiFixture.await(() -> "Lena Vogel".equals(context.detail().nameProperty().get()));
        Button call = robot.lookup("#teamsCallButton").queryButton();
        Label reason = robot.lookup("#teamsReason").queryAs(Label.class);
        assertThat(call.isDisabled()).isTrue();
        assertThat(robot.lookup("#teamsChatButton").queryButton().isDisabled()).isTrue();
        assertThat(reason.isVisible()).isTrue();
        assertThat(reason.getText()).contains("no Microsoft 365 account");
        assertThat(fixture.links().opened()).isEmpty();
    }

    @Test
    void theDetailStarFillsAtOnceWhenMarkedAndStaysFilled(FxRobot robot) throws Exception {
        Person ada = people.get(0);
        robot.clickOn("#searchField").write("ada");
        UiFixture.await(() -> shownNames(robot).equals(List.of("Ada Beispiel")));
        robot.type(KeyCode.DOWN);
        UiFixture.await(() -> "Ada Beispiel".equals(context.detail().nameProperty().get()));
        ToggleButton star = robot.lookup("#favouriteToggle").queryAs(ToggleButton.class);

        robot.clickOn(star);

        assertThat(star.isSelected()).as("star right after the click").isTrue();
        UiFixture.await(() -> ((InMemoryContactStore) context.parts().store()).favourites().contains(ada.key()));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(star.isSelected()).as("star once the favourite is saved").isTrue();
        assertThat(shownRows(robot).get(0).hit().favourite()).as("star in the list").isTrue();
        assertThat(context.detail().nameProperty().get()).isEqualTo("Ada Beispiel");
        robot.doubleClickOn("#searchField").write("lena").type(KeyCode.DOWN);
        UiFixture.await(() -> "Lena Vogel".equals(context.detail().nameProperty().get()));
        assertThat(star.isSelected()).as("star of someone else").isFalse();
        robot.doubleClickOn("#searchField").write("ada").type(KeyCode.DOWN);
        UiFixture.await(() -> "Ada Beispiel".equals(context.detail().nameProperty().get()) && star.isSelected());
    }

    private List<ResultRow> shownRows(FxRobot robot) {
        ListView<ResultRow> list = robot.lookup("#resultList").queryListView();
        return list.getItems();
    }
}
