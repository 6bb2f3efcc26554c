package app.contactshield.desktop.calls;

import static org.assertj.core.api.Assertions.assertThat;

import app.contactshield.callerid.link.CallState;
import app.contactshield.callerid.link.PhoneCall;
import app.contactshield.graphsync.presence.PresenceBoard;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class CallScreensScreenshotTest {
    private final FakePhoneLink link = new FakePhoneLink("Demo");
    private final InMemoryContactStore store = new InMemoryContactStore();
    private final PresenceBoard board = new PresenceBoard();
    private final ExecutorService background = Executors.newSingleThreadExecutor();
    private final Map<String, CallerView> directory = Map.of(
            TestPeople.ADA_NUMBER, TestPeople.ada(),
            TestPeople.SHARED_NUMBER, TestPeople.shared(),
            "+498971049999", CallerView.companyRange("+498971049999", "Beispiel Logistik GmbH"));
    private IncomingCallWindow window;
    private IncomingCallWindow german;

    @Start
    void start(Stage stage) {
        TestTheme.primerLight();
        stage.setScene(new Scene(new StackPane(new Label("Main window")), 400, 200));
        stage.show();
        ColleagueDirectory colleagues = (query, limit) -> List.of(
                new Colleague("Dirk Dörfler", "Reception", "dirk.doerfler@beispiel-logistik.example"),
                new Colleague("Dana Dietz", "Dispatch", "dana.dietz@beispiel-logistik.example"));
        CallServices services = new CallServices(link, store, board::get, colleagues,
                uri -> { }, background, Platform::runLater, CallsText.forLocale(Locale.ENGLISH), "DE",
                Clock.systemUTC());
        window = IncomingCallWindow.create(services, List.of());
        window.attach(link, call -> directory.getOrDefault(call.number(), CallerView.unknown(call.number())));
        window.attach(board);
        german = IncomingCallWindow.create(new CallServices(link, store, board::get, colleagues, uri -> { },
                background, Platform::runLater, CallsText.forLocale(Locale.GERMANY), "DE", Clock.systemUTC()),
                List.of());
    }

    @AfterEach
    void stopBackground() throws Exception {
        background.shutdownNow();
        FxToolkit.cleanupStages();
    }

    @Test
    void savesTheIncomingCallScreens() throws Exception {
        board.update(List.of(TestPeople.adaBusy(Instant.now())));

        link.raise(new PhoneCall("1", TestPeople.ADA_NUMBER, CallState.INCOMING, false));
        Path colleague = Screenshots.save(window.root(), "incoming-call-colleague");
        CallCardViewModel card = window.viewModel().calls().get(0);
        WaitForAsyncUtils.waitForAsyncFx(5000, () -> {
            card.chat().toggle();
            card.chat().queryProperty().set("d");
        });
        WaitForAsyncUtils.waitFor(5, java.util.concurrent.TimeUnit.SECONDS, () -> card.chat().results().size() == 2);
        Screenshots.save(window.root(), "incoming-call-chat");
        WaitForAsyncUtils.waitForAsyncFx(5000, () -> {
            card.chat().toggle();
            card.note().toggle();
            card.note().textProperty().set("Asked about the delivery for Friday; call back after 3 pm.");
        });
        Screenshots.save(window.root(), "incoming-call-note");
        link.raise(new PhoneCall("1", TestPeople.ADA_NUMBER, CallState.ACTIVE, false));
        link.raise(new PhoneCall("2", "", CallState.WAITING, true));
        Path waiting = Screenshots.save(window.root(), "incoming-call-waiting");
        link.raise(new PhoneCall("2", "", CallState.ENDED, true));
        link.raise(new PhoneCall("1", "", CallState.ENDED, false));
        link.raise(new PhoneCall("3", TestPeople.SHARED_NUMBER, CallState.INCOMING, false));
        Path shared = Screenshots.save(window.root(), "incoming-call-shared-number");
        link.raise(new PhoneCall("3", "", CallState.ENDED, false));
        link.raise(new PhoneCall("4", "+498971049999", CallState.INCOMING, false));
        Path company = Screenshots.save(window.root(), "incoming-call-company-range");
        link.raise(new PhoneCall("4", "", CallState.ENDED, false));
        link.raise(new PhoneCall("5", "+4930901820", CallState.INCOMING, false));
        Path unknown = Screenshots.save(window.root(), "incoming-call-unknown");
        german.show(new PhoneCall("6", TestPeople.ADA_NUMBER, CallState.INCOMING, false), TestPeople.ada());
        Path inGerman = Screenshots.save(german.root(), "incoming-call-german");
        german.show(new PhoneCall("6", "", CallState.ENDED, false), null);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(inGerman).exists();
        assertThat(List.of(colleague, waiting, shared, company, unknown)).allSatisfy(p -> assertThat(p).exists());
        assertThat(Files.size(colleague)).isGreaterThan(1000);
    }
}
