package app.contactshield.desktop.calls;

import static org.assertj.core.api.Assertions.assertThat;

import app.contactshield.callerid.link.CallState;
import app.contactshield.callerid.link.PhoneCall;
import app.contactshield.graphsync.presence.PresenceBoard;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.StackPane;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class IncomingCallWindowTest {
    private final FakePhoneLink link = new FakePhoneLink("Demo");
    private final InMemoryContactStore store = new InMemoryContactStore();
    private final PresenceBoard board = new PresenceBoard();
    private final List<URI> opened = new CopyOnWriteArrayList<>();
    private final java.util.concurrent.ExecutorService background = Executors.newSingleThreadExecutor();
    private final Map<String, CallerView> directory = Map.of(
            TestPeople.ADA_NUMBER, TestPeople.ada(),
            TestPeople.SHARED_NUMBER, TestPeople.shared());
    private IncomingCallWindow window;
    private Stage mainStage;
    private TextField mainField;

    @Start
    void start(Stage stage) {
        TestTheme.primerLight();
        mainStage = stage;
        mainField = new TextField();
        stage.setScene(new Scene(new StackPane(mainField), 400, 200));
        stage.show();
        mainField.requestFocus();
        CallServices services = new CallServices(link, store, board::get, ColleagueDirectory.of(store),
                opened::add, background, Platform::runLater, CallsText.forLocale(Locale.ENGLISH), "DE",
                Clock.systemUTC());
        window = IncomingCallWindow.create(services, List.of());
        window.attach(link, call -> directory.getOrDefault(call.number(), CallerView.unknown(call.number())));
        window.attach(board);
    }

    @AfterEach
    void stopBackground() throws Exception {
        background.shutdownNow();
        FxToolkit.cleanupStages();
    }

    @Test
    void simulatedCallOpensTheWindowWithThePersonAndClosesOnHangUp(FxRobot robot) {
        link.raise(new PhoneCall("1", TestPeople.ADA_NUMBER, CallState.INCOMING, false));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(window.window().isShowing()).isTrue();
        assertThat(texts(robot, ".caller-name")).containsExactly("Ada Beispiel");
        assertThat(texts(robot, ".caller-detail")).containsExactly("Beispiel Logistik GmbH · Head of Dispatch");
        assertThat(window.isOnTop()).isTrue();
        assertThat(robot.from(window.root()).lookup(".demo-badge").queryAs(Label.class).isVisible()).isTrue();
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        assertThat(window.window().getX() + window.window().getWidth()).isBetween(screen.getMaxX() - 40,
                screen.getMaxX());
        assertThat(window.window().getY() + window.window().getHeight()).isBetween(screen.getMaxY() - 40,
                screen.getMaxY());
        assertThat(mainStage.isFocused()).isTrue();
        assertThat(mainField.isFocused()).isTrue();

        link.raise(new PhoneCall("1", TestPeople.ADA_NUMBER, CallState.ENDED, false));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(window.window().isShowing()).isFalse();
    }

    @Test
    void answerButtonAnswersThroughThePhoneAndTheCardShowsTheActiveCall(FxRobot robot) throws Exception {
        link.raise(new PhoneCall("7", TestPeople.ADA_NUMBER, CallState.INCOMING, false));
        WaitForAsyncUtils.waitForFxEvents();

        robot.clickOn(robot.from(window.root()).lookup(".success").queryButton());
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> link.commands().contains("answer:7"));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS,
                () -> texts(robot, ".call-status").equals(List.of("On call")));

        assertThat(window.window().isShowing()).isTrue();
    }

    @Test
    void withheldAndUnknownCallersAreShownSo(FxRobot robot) {
        link.raise(new PhoneCall("1", "", CallState.INCOMING, true));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(texts(robot, ".caller-name")).containsExactly("Withheld");
        link.raise(new PhoneCall("1", "", CallState.ENDED, true));

        link.raise(new PhoneCall("2", "+493012345678", CallState.INCOMING, false));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(texts(robot, ".caller-name")).containsExactly("Unknown number");
        assertThat(texts(robot, ".caller-number")).containsExactly("030 12345678");
    }

    @Test
    void sharedNumberShowsBothCandidates(FxRobot robot) {
        link.raise(new PhoneCall("1", TestPeople.SHARED_NUMBER, CallState.INCOMING, false));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(texts(robot, ".candidate-name")).containsExactly("Bernd Muster", "Clara Übermut");
    }

    @Test
    void callWaitingShowsBothCalls(FxRobot robot) {
        link.raise(new PhoneCall("1", TestPeople.ADA_NUMBER, CallState.INCOMING, false));
        link.raise(new PhoneCall("1", TestPeople.ADA_NUMBER, CallState.ACTIVE, false));

        link.raise(new PhoneCall("2", "", CallState.WAITING, true));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(texts(robot, ".caller-name")).containsExactly("Ada Beispiel", "Withheld");
        assertThat(robot.from(window.root()).lookup(".call-window-title").queryAs(Label.class).getText())
                .isEqualTo("Call waiting");
        link.raise(new PhoneCall("2", "", CallState.ENDED, true));
        link.raise(new PhoneCall("1", "", CallState.ENDED, false));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.window().isShowing()).isFalse();
    }

    @Test
    void presenceArrivingWhileRingingLightsTheDot(FxRobot robot) {
        link.raise(new PhoneCall("1", TestPeople.ADA_NUMBER, CallState.INCOMING, false));
        WaitForAsyncUtils.waitForFxEvents();

        board.update(List.of(TestPeople.adaBusy(Instant.now())));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(texts(robot, ".presence-text")).containsExactly("Busy · In a meeting");
    }

    private List<String> texts(FxRobot robot, String selector) {
        return robot.from(window.root()).lookup(selector).queryAllAs(Label.class).stream()
                .filter(Node::isVisible)
                .map(Label::getText)
                .toList();
    }
}
