package app.contactshield.desktop.calls;

import static org.assertj.core.api.Assertions.assertThat;

import app.contactshield.callerid.link.CallState;
import app.contactshield.callerid.link.PhoneCall;
import app.contactshield.desktop.ui.AccessibleNames;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.layout.StackPane;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The call card shows every line in full, names every control, and the window is as tall as what it shows. */
@ExtendWith(ApplicationExtension.class)
class CallCardLayoutTest {
    private static final String RANGE_NUMBER = "+498971049999";

    private final FakePhoneLink link = new FakePhoneLink("Demo");
    private final ExecutorService background = Executors.newSingleThreadExecutor();
    private IncomingCallWindow window;
    private Stage mainStage;

    @Start
    void start(Stage stage) {
        mainStage = stage;
        TestTheme.primerLight();
        stage.setScene(new Scene(new StackPane(new Label("Main window")), 400, 200));
        stage.show();
        List<Colleague> everyone = List.of(
                new Colleague("Dirk Dörfler", "Reception", "dirk.doerfler@beispiel-logistik.example"),
                new Colleague("Dana Dietz", "Dispatch", "dana.dietz@beispiel-logistik.example"));
        ColleagueDirectory colleagues = (query, limit) -> everyone.stream()
                .filter(c -> ColleagueDirectory.fold(c.name()).contains(ColleagueDirectory.fold(query))).toList();
        CallServices services = new CallServices(link, new InMemoryContactStore(), PresenceLookup.NONE,
                colleagues, uri -> { }, background, Platform::runLater, CallsText.forLocale(Locale.ENGLISH), "DE",
                Clock.systemUTC());
        window = IncomingCallWindow.create(services, List.of());
        window.attach(link, call -> RANGE_NUMBER.equals(call.number())
                ? CallerView.companyRange(RANGE_NUMBER, "Beispiel Logistik GmbH")
                : TestPeople.ada());
    }

    @AfterEach
    void stop() throws Exception {
        background.shutdownNow();
        FxToolkit.cleanupStages();
    }

    @Test
    void chatResultsShowEveryRowAndTheWindowFitsThem(FxRobot robot) throws Exception {
        link.raise(new PhoneCall("1", TestPeople.ADA_NUMBER, CallState.INCOMING, false));
        ChatSearch chat = openChat("d");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> chat.results().size() == 2);
        settle();

        ListView<?> list = robot.from(window.root()).lookup(".list-view").queryListView();
        assertThat(list.isVisible()).isTrue();
        assertThat(list.getHeight()).as("two rows, no blank ones")
                .isBetween(2 * list.getFixedCellSize(), 2 * list.getFixedCellSize() + 6);
        assertThat(window.window().getHeight()).isCloseTo(window.root().prefHeight(window.window().getWidth()),
                org.assertj.core.data.Offset.offset(1.0));
        assertThat(visibleLabels(robot, ".caller-detail")).allSatisfy(l -> assertThat(shownInFull(l)).isTrue());
    }

    @Test
    void noMatchSaysSoInsteadOfAnEmptyListAndTheWindowShrinks(FxRobot robot) throws Exception {
        link.raise(new PhoneCall("1", TestPeople.ADA_NUMBER, CallState.INCOMING, false));
        ChatSearch chat = openChat("d");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> chat.results().size() == 2);
        settle();
        double withResults = window.window().getHeight();

        WaitForAsyncUtils.waitForAsyncFx(5000, () -> chat.queryProperty().set("zz"));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> chat.noMatchProperty().get());
        settle();

        assertThat(robot.from(window.root()).lookup(".list-view").queryListView().isVisible()).isFalse();
        assertThat(visibleLabels(robot, ".chat-empty")).extracting(Label::getText)
                .containsExactly("No colleague matches these words");
        assertThat(window.window().getHeight()).isLessThan(withResults);
    }

    @Test
    void theCompanyRangeExplanationWrapsInsteadOfBeingCut(FxRobot robot) {
        link.raise(new PhoneCall("2", RANGE_NUMBER, CallState.INCOMING, false));
        settle();

        List<Label> details = visibleLabels(robot, ".caller-detail");

        assertThat(window.window().getScene().getStylesheets()).as("the popup wears the call window's stylesheet")
                .contains(IncomingCallWindow.stylesheet());
        assertThat(details).extracting(Label::getText)
                .containsExactly("Switchboard range · the caller is not in your contacts");
        assertThat(details).allSatisfy(l -> assertThat(shownInFull(l)).isTrue());
        assertThat(visibleLabels(robot, ".caller-name")).allSatisfy(l -> assertThat(shownInFull(l)).isTrue());
    }

    @Test
    void everyControlOfTheCardWithItsPanesOpenHasAName() {
        link.raise(new PhoneCall("1", TestPeople.ADA_NUMBER, CallState.INCOMING, false));
        openChat("d");
        WaitForAsyncUtils.waitForAsyncFx(5000, () -> window.viewModel().calls().get(0).note().toggle());
        settle();

        assertThat(AccessibleNames.controls(window.root())).isGreaterThanOrEqualTo(7);
        assertThat(AccessibleNames.unnamed(window.root())).isEmpty();
    }

    @Test
    void closingTheLastOtherWindowClosesTheCallWindowSoTheAppCanEnd() {
        link.raise(new PhoneCall("1", TestPeople.ADA_NUMBER, CallState.INCOMING, false));
        settle();

        WaitForAsyncUtils.waitForAsyncFx(5000, () -> mainStage.hide());
        settle();

        assertThat(javafx.stage.Window.getWindows()).isEmpty();
    }

    private ChatSearch openChat(String query) {
        settle();
        ChatSearch chat = window.viewModel().calls().get(0).chat();
        WaitForAsyncUtils.waitForAsyncFx(5000, () -> {
            chat.toggle();
            chat.queryProperty().set(query);
        });
        return chat;
    }

    private static void settle() {
        WaitForAsyncUtils.waitForFxEvents(4);
    }

    private List<Label> visibleLabels(FxRobot robot, String selector) {
        return robot.from(window.root()).lookup(selector).queryAllAs(Label.class).stream()
                .filter(Node::isVisible).toList();
    }

    /** Whether the label draws its whole text, wrapped if need be, rather than cutting it with an ellipsis. */
    private static boolean shownInFull(Label label) {
        Text drawn = (Text) label.lookup(".text");
        return drawn != null && drawn.getText().replace("\n", " ").strip().equals(label.getText());
    }
}
