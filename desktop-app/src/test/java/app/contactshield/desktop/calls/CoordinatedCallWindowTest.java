package app.contactshield.desktop.calls;

import static org.assertj.core.api.Assertions.assertThat;

import app.contactshield.callerid.call.CallCoordinator;
import app.contactshield.callerid.index.CallerIndex;
import app.contactshield.callerid.index.CompanyRange;
import app.contactshield.callerid.index.CompanyRanges;
import app.contactshield.callerid.index.Identifier;
import app.contactshield.callerid.link.CallState;
import app.contactshield.callerid.link.PhoneCall;
import app.contactshield.callerid.screening.CallHistory;
import app.contactshield.callerid.screening.CallScreener;
import app.contactshield.callerid.screening.ScreeningMode;
import app.contactshield.graphsync.model.Person;
import app.contactshield.graphsync.model.PersonKey;
import app.contactshield.graphsync.model.PhoneNumber;
import app.contactshield.graphsync.model.PhoneType;
import app.contactshield.graphsync.model.SourceId;
import app.contactshield.graphsync.phone.PhoneNormalizer;
import app.contactshield.graphsync.presence.PresenceBoard;
import app.contactshield.graphsync.store.CallLogEntry;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
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
class CoordinatedCallWindowTest {
    private static final String ADA_UPN = "ada.beispiel@beispiel-logistik.example";

    private final FakePhoneLink link = new FakePhoneLink("Demo");
    private final InMemoryContactStore store = new InMemoryContactStore();
    private final PresenceBoard board = new PresenceBoard();
    private final ExecutorService background = Executors.newSingleThreadExecutor();
    private final ExecutorService coordinatorThread = Executors.newSingleThreadExecutor();
    private CallCoordinator coordinator;
    private IncomingCallWindow window;

    @Start
    void start(Stage stage) throws Exception {
        TestTheme.primerLight();
        stage.setScene(new Scene(new StackPane(new Label("Main window")), 400, 200));
        stage.show();
        store.add(new Person(new PersonKey("oid:" + TestPeople.ADA_OID), "Ada Beispiel", "Ada", "Beispiel",
                "Beispiel Logistik GmbH", "Dispatch", "Head of Dispatch", null, TestPeople.ADA_OID, ADA_UPN,
                List.of(ADA_UPN), List.of(new Person.SourcedPhone(new PhoneNumber(PhoneType.MOBILE,
                        "+49 151 12345620", TestPeople.ADA_NUMBER, null), SourceId.GRAPH_USERS)), Map.of(),
                List.of()));
        Identifier identifier = new Identifier(CallerIndex.build(store), new PhoneNormalizer("DE"),
                CompanyRanges.of(List.of(new CompanyRange("+49 89 7104", "Beispiel Logistik GmbH", null))));
        coordinator = new CallCoordinator(link, identifier, new CallScreener(ScreeningMode.NORMAL),
                new CallHistory(store, 30, Clock.systemUTC()), store::favourites, coordinatorThread,
                Clock.systemUTC());
        CallServices services = new CallServices(link, store, board::get, ColleagueDirectory.of(store),
                uri -> { }, background, Platform::runLater, CallsText.forLocale(Locale.ENGLISH), "DE",
                Clock.systemUTC());
        window = IncomingCallWindow.create(services.withControl(CallControl.of(coordinator, link, "DE", null)),
                List.of());
        window.attach(coordinator, key -> key.value().equals("oid:" + TestPeople.ADA_OID) ? ADA_UPN : null);
        window.attach(board);
        coordinator.start();
    }

    @AfterEach
    void stopThreads() throws Exception {
        coordinator.close();
        background.shutdownNow();
        coordinatorThread.shutdownNow();
        FxToolkit.cleanupStages();
    }

    @Test
    void coordinatedCallShowsTheIdentifiedColleagueAndRejectIsRecorded(FxRobot robot) throws Exception {
        board.update(List.of(TestPeople.adaBusy(Instant.now())));

        link.raise(new PhoneCall("1", "0151 12345620", CallState.INCOMING, false));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> window.window().isShowing());
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(texts(robot, ".caller-name")).containsExactly("Ada Beispiel");
        assertThat(texts(robot, ".presence-text")).containsExactly("Busy · In a meeting");
        robot.clickOn(robot.from(window.root()).lookup(".danger").queryButton());
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !window.window().isShowing());
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !store.recentCalls(1).isEmpty());
        assertThat(store.recentCalls(1).get(0).outcome()).isEqualTo(CallLogEntry.Outcome.REJECTED);
    }

    @Test
    void numberInTheCompanyRangeShowsTheCompany(FxRobot robot) throws Exception {
        link.raise(new PhoneCall("2", "+49 89 7104 5555", CallState.INCOMING, false));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> window.window().isShowing());
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(texts(robot, ".caller-name")).containsExactly("Beispiel Logistik GmbH");

        link.raise(new PhoneCall("2", "", CallState.ENDED, false));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !window.window().isShowing());
    }

    private List<String> texts(FxRobot robot, String selector) {
        return robot.from(window.root()).lookup(selector).queryAllAs(Label.class).stream()
                .filter(Node::isVisible)
                .map(Label::getText)
                .toList();
    }
}
