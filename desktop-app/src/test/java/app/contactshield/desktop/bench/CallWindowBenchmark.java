package app.contactshield.desktop.bench;

import app.contactshield.callerid.index.Candidate;
import app.contactshield.callerid.index.Identification;
import app.contactshield.callerid.link.CallState;
import app.contactshield.callerid.link.PhoneCall;
import app.contactshield.desktop.calls.CallServices;
import app.contactshield.desktop.calls.CallerViews;
import app.contactshield.desktop.calls.CallsText;
import app.contactshield.desktop.calls.FakePhoneLink;
import app.contactshield.desktop.calls.InMemoryContactStore;
import app.contactshield.desktop.calls.IncomingCallViewModel;
import app.contactshield.desktop.calls.TestPeople;
import app.contactshield.graphsync.model.PersonKey;
import app.contactshield.graphsync.model.PhoneType;
import app.contactshield.graphsync.model.SourceId;
import app.contactshield.graphsync.presence.PresenceBoard;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The call window's work between identification and layout: adapting the identification and building the card's
 * model (texts, formatted number, presence from the board). The node binding on the JavaFX thread is not included.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
public class CallWindowBenchmark {
    private IncomingCallViewModel vm;
    private Identification identification;
    private PhoneCall ringing;
    private PhoneCall ended;

    @Setup
    public void setUp() {
        PresenceBoard board = new PresenceBoard();
        board.update(List.of(TestPeople.adaBusy(Instant.now())));
        vm = new IncomingCallViewModel(new CallServices(new FakePhoneLink("Demo"), new InMemoryContactStore(),
                board::get, (q, n) -> List.of(), uri -> { }, Runnable::run, Runnable::run,
                CallsText.forLocale(Locale.ENGLISH), "DE", Clock.systemUTC()));
        identification = new Identification(Identification.Kind.PERSON, "0151 12345620", TestPeople.ADA_NUMBER,
                List.of(new Candidate(new PersonKey("oid:" + TestPeople.ADA_OID), "Ada Beispiel",
                        "Beispiel Logistik GmbH", "Head of Dispatch", PhoneType.MOBILE, SourceId.GRAPH_USERS)), "");
        ringing = new PhoneCall("1", "0151 12345620", CallState.INCOMING, false);
        ended = ringing.withState(CallState.ENDED);
    }

    @Benchmark
    public boolean showAndEndOneCall() {
        vm.callChanged(ringing, CallerViews.from(identification, key -> null));
        boolean shown = vm.wantedProperty().get();
        vm.callChanged(ended, null);
        return shown;
    }
}
