package app.contactshield.desktop.calls;

import static org.assertj.core.api.Assertions.assertThat;

import app.contactshield.graphsync.store.CallLogEntry;
import app.contactshield.graphsync.store.CallLogEntry.Direction;
import app.contactshield.graphsync.store.CallLogEntry.Outcome;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class CallHistoryWindowTest {
    private static final Instant NOW = Instant.parse("2026-12-03T16:45:00Z");

    private final FakePhoneLink link = new FakePhoneLink("oFono");
    private final InMemoryContactStore store = new InMemoryContactStore();
    private StackPane host;

    @Start
    void start(Stage stage) {
        TestTheme.primerLight();
        host = new StackPane();
        stage.setScene(new Scene(host, 860, 520));
        stage.show();
    }

    @Test
    void listsCallsFiltersAndCallsBackAnonymously(FxRobot robot) throws Exception {
        store.appendCall(new CallLogEntry(NOW.minusSeconds(7200), TestPeople.ADA_NUMBER, TestPeople.ADA.key(),
                "Ada Beispiel", Direction.INCOMING, Outcome.ANSWERED));
        store.appendCall(new CallLogEntry(NOW.minusSeconds(5400), "+498971041000", null,
                "Bernd Muster / Clara Übermut", Direction.INCOMING, Outcome.MISSED));
        store.appendCall(new CallLogEntry(NOW.minusSeconds(3000), "", null, "", Direction.INCOMING,
                Outcome.REJECTED));
        store.appendCall(new CallLogEntry(NOW.minusSeconds(1800), "+498971049999", null,
                "Beispiel Logistik GmbH (switchboard)", Direction.INCOMING, Outcome.ANSWERED));
        store.appendCall(new CallLogEntry(NOW.minusSeconds(900), "+4930901820", null, "Unknown number",
                Direction.INCOMING, Outcome.SCREENED));
        store.appendCall(new CallLogEntry(NOW.minusSeconds(300), TestPeople.ADA_NUMBER, TestPeople.ADA.key(),
                "Ada Beispiel", Direction.OUTGOING, Outcome.DIALLED));
        CallServices services = new CallServices(link, store, PresenceLookup.NONE, (q, n) -> List.of(), uri -> { },
                Runnable::run, Platform::runLater, CallsText.forLocale(Locale.ENGLISH), "DE", Clock.systemUTC());
        CallHistoryViewModel vm = new CallHistoryViewModel(services, ZoneId.of("Europe/Berlin"), 100);
        Parent[] view = new Parent[1];

        WaitForAsyncUtils.waitForAsyncFx(5000, () -> {
            view[0] = CallHistoryWindow.load(vm);
            host.getChildren().setAll(view[0]);
        });
        WaitForAsyncUtils.waitForFxEvents();
        TableView<?> table = robot.lookup(".table-view").queryAs(TableView.class);
        assertThat(table.getItems()).hasSize(6);
        Screenshots.save(view[0], "call-history");
        robot.clickOn(".text-field").write("ada");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(table.getItems()).hasSize(2);
        robot.clickOn(robot.lookup(".table-row-cell").<TableRow<?>>match(r -> r.getIndex() == 1 && !r.isEmpty())
                .queryAs(TableRow.class));
        assertThat(vm.selectedProperty().get().direction()).isEqualTo(Direction.INCOMING);
        robot.clickOn(robot.lookup(".button-outlined").queryButton());

        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS,
                () -> link.commands().contains("dial:" + TestPeople.ADA_NUMBER + ":hidden"));
    }

    @Test
    void aFilterThatMatchesNothingSaysSoInsteadOfTheToolkitsDefault(FxRobot robot) throws Exception {
        store.appendCall(new CallLogEntry(NOW.minusSeconds(300), TestPeople.ADA_NUMBER, TestPeople.ADA.key(),
                "Ada Beispiel", Direction.INCOMING, Outcome.ANSWERED));
        CallServices services = new CallServices(link, store, PresenceLookup.NONE, (q, n) -> List.of(), uri -> { },
                Runnable::run, Platform::runLater, CallsText.forLocale(Locale.ENGLISH), "DE", Clock.systemUTC());
        CallHistoryViewModel vm = new CallHistoryViewModel(services, ZoneId.of("Europe/Berlin"), 100);
        Parent[] view = new Parent[1];
        WaitForAsyncUtils.waitForAsyncFx(5000, () -> {
            view[0] = CallHistoryWindow.load(vm);
            host.getChildren().setAll(view[0]);
        });
        WaitForAsyncUtils.waitForFxEvents();

        robot.clickOn(".text-field").write("xyz");
        WaitForAsyncUtils.waitForFxEvents();

        TableView<?> table = robot.lookup(".table-view").queryAs(TableView.class);
        assertThat(table.getItems()).isEmpty();
        assertThat(table.getPlaceholder()).isInstanceOfSatisfying(Label.class,
                label -> assertThat(label.getText()).isEqualTo("No calls match “xyz”"));
        assertThat(robot.lookup(".placeholder .label").queryLabeled().isVisible()).isTrue();
        Screenshots.save(view[0], "recent-calls-no-match");
    }
}
