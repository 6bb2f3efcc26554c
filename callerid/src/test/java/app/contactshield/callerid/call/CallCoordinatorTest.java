package app.contactshield.callerid.call;

import static app.contactshield.callerid.testing.TestPeople.person;
import static app.contactshield.callerid.testing.TestPeople.phone;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import app.contactshield.callerid.index.CallerIndex;
import app.contactshield.callerid.index.Candidate;
import app.contactshield.callerid.index.CompanyRange;
import app.contactshield.callerid.index.CompanyRanges;
import app.contactshield.callerid.index.Identification;
import app.contactshield.callerid.index.Identifier;
import app.contactshield.callerid.link.CallState;
import app.contactshield.callerid.screening.CallHistory;
import app.contactshield.callerid.screening.CallScreener;
import app.contactshield.callerid.screening.ScreeningMode;
import app.contactshield.callerid.testing.FakePhoneLink;
import app.contactshield.callerid.testing.InMemoryContactStore;
import app.contactshield.callerid.testing.RecordingCallListener;
import app.contactshield.graphsync.model.PersonKey;
import app.contactshield.graphsync.model.PhoneType;
import app.contactshield.graphsync.phone.PhoneNormalizer;
import app.contactshield.graphsync.store.CallLogEntry;
import app.contactshield.graphsync.store.StoreException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CallCoordinatorTest {
    private static final Instant NOW = Instant.parse("2026-12-03T09:15:00Z");
    private static final String ADA_MOBILE = "+491712345678";
    private static final String BERT_MOBILE = "+491719876543";
    private static final String SHARED_LINE = "+498971041100";

    private final InMemoryContactStore store = new InMemoryContactStore();
    private final FakePhoneLink link = new FakePhoneLink("oFono");
    private final RecordingCallListener events = new RecordingCallListener();
    private final CallScreener screener = new CallScreener(ScreeningMode.NORMAL);
    private Identifier identifier;

    @BeforeEach
    void storeWithAdaAsFavouriteAndBertSharingAdasDeskLine() throws StoreException {
        store.put(
                person("ada", "Ada Beispiel", "Contoso", "Buyer",
                        phone(PhoneType.MOBILE, ADA_MOBILE, "graph.users"),
                        phone(PhoneType.BUSINESS, SHARED_LINE, "graph.users")),
                person("bert", "Bert Muster", "Contoso", null,
                        phone(PhoneType.MOBILE, BERT_MOBILE, "graph.outlook"),
                        phone(PhoneType.BUSINESS, "089 7104-1100", "dataverse")));
        store.setFavourite(new PersonKey("ada"), true);
        identifier = new Identifier(CallerIndex.build(store), new PhoneNormalizer("DE"),
                CompanyRanges.of(List.of(new CompanyRange("+49 89 7104", "Contoso", null))));
    }

    private CallCoordinator startCoordinator() {
        CallCoordinator coordinator = new CallCoordinator(link, identifier, screener,
                new CallHistory(store, 30, Clock.fixed(NOW, ZoneOffset.UTC)), store::favourites, Runnable::run,
                Clock.fixed(NOW, ZoneOffset.UTC));
        coordinator.addListener(events);
        coordinator.start();
        return coordinator;
    }

    @Test
    void announcesASharedNumberWithBothCandidates() {
        startCoordinator();

        link.report("1", SHARED_LINE, CallState.INCOMING, false);

        Identification shown = events.events().get(0).call().identification();
        assertThat(events.kinds()).containsExactly("ringing");
        assertThat(shown.kind()).isEqualTo(Identification.Kind.SHARED);
        assertThat(shown.candidates()).extracting(Candidate::displayName)
                .containsExactlyInAnyOrder("Ada Beispiel", "Bert Muster");
    }

    @Test
    void namesTheCompanyForANumberInItsSwitchboardRange() {
        startCoordinator();

        link.report("1", "089 7104 5555", CallState.INCOMING, false);

        assertThat(events.events().get(0).call().identification().displayText())
                .isEqualTo("Contoso \u2014 switchboard range");
    }

    @Test
    void announcesAWithheldCallerAsWithheld() {
        startCoordinator();

        link.report("1", "", CallState.INCOMING, true);

        CallView view = events.events().get(0).call();
        assertThat(view.identification().kind()).isEqualTo(Identification.Kind.WITHHELD);
        assertThat(view.numberKnown()).isTrue();
    }

    @Test
    void ringsFirstWithoutNumberAndAgainWithTheIdentificationWhenTheNumberArrives() {
        startCoordinator();

        link.report("1", "", CallState.INCOMING, false);
        link.report("1", "", CallState.INCOMING, false);
        link.report("1", BERT_MOBILE, CallState.INCOMING, false);

        assertThat(events.kinds()).containsExactly("ringing", "ringing");
        assertThat(events.events().get(0).call().numberKnown()).isFalse();
        assertThat(events.events().get(1).call().identification().displayText()).isEqualTo("Bert Muster");
    }

    @Test
    void vacationModeRejectsACallerWhoIsNotAFavouriteAndRecordsItAsScreened() {
        screener.setMode(ScreeningMode.VACATION);
        startCoordinator();

        link.report("1", BERT_MOBILE, CallState.INCOMING, false);
        link.report("1", BERT_MOBILE, CallState.ENDED, false);

        assertThat(link.commands()).containsExactly("hangUp 1");
        assertThat(events.kinds()).containsExactly("ended");
        assertThat(events.events().get(0).call().screened()).isTrue();
        assertThat(store.calls()).singleElement().satisfies(call -> {
            assertThat(call.outcome()).isEqualTo(CallLogEntry.Outcome.SCREENED);
            assertThat(call.identification()).isEqualTo("Bert Muster");
        });
    }

    @Test
    void vacationModeLetsAFavouriteRing() {
        screener.setMode(ScreeningMode.VACATION);
        startCoordinator();

        link.report("1", ADA_MOBILE, CallState.INCOMING, false);

        assertThat(link.commands()).isEmpty();
        assertThat(events.kinds()).containsExactly("ringing");
    }

    @Test
    void vacationModeScreensWithheldAndUnknownCallersToo() {
        screener.setMode(ScreeningMode.VACATION);
        startCoordinator();

        link.report("1", "", CallState.INCOMING, true);
        link.report("2", "+44 20 7946 0018", CallState.WAITING, false);

        assertThat(link.commands()).containsExactly("hangUp 1", "hangUp 2");
        assertThat(events.kinds()).isEmpty();
    }

    @Test
    void receptionistModeNeverRejects() {
        screener.setMode(ScreeningMode.RECEPTIONIST);
        startCoordinator();

        link.report("1", "", CallState.INCOMING, true);
        link.report("2", BERT_MOBILE, CallState.WAITING, false);

        assertThat(link.commands()).isEmpty();
        assertThat(events.kinds()).containsExactly("ringing", "waiting");
    }

    @Test
    void writesEveryCallToTheHistoryWithItsOutcome() throws Exception {
        CallCoordinator coordinator = startCoordinator();

        link.report("1", ADA_MOBILE, CallState.INCOMING, false);
        link.report("1", ADA_MOBILE, CallState.ACTIVE, false);
        link.report("1", ADA_MOBILE, CallState.HELD, false);
        link.report("1", ADA_MOBILE, CallState.ENDED, false);
        link.report("2", BERT_MOBILE, CallState.INCOMING, false);
        link.report("2", BERT_MOBILE, CallState.ENDED, false);
        link.report("3", "", CallState.INCOMING, true);
        coordinator.reject("3");
        link.report("3", "", CallState.ENDED, true);
        coordinator.dialAnonymously("+49 171 9876543", "DE", null);
        link.report("4", BERT_MOBILE, CallState.DIALING, false);
        link.report("4", BERT_MOBILE, CallState.ENDED, false);

        assertThat(store.calls()).extracting(CallLogEntry::number, CallLogEntry::identification,
                        CallLogEntry::direction, CallLogEntry::outcome)
                .containsExactly(
                        tuple(ADA_MOBILE, "Ada Beispiel",
                                CallLogEntry.Direction.INCOMING, CallLogEntry.Outcome.ANSWERED),
                        tuple(BERT_MOBILE, "Bert Muster",
                                CallLogEntry.Direction.INCOMING, CallLogEntry.Outcome.MISSED),
                        tuple("", "Withheld",
                                CallLogEntry.Direction.INCOMING, CallLogEntry.Outcome.REJECTED),
                        tuple(BERT_MOBILE, "Bert Muster",
                                CallLogEntry.Direction.OUTGOING, CallLogEntry.Outcome.DIALLED));
        assertThat(store.calls().get(0).person()).isEqualTo(new PersonKey("ada"));
        assertThat(store.calls().get(0).at()).isEqualTo(NOW);
        assertThat(events.kinds()).containsExactly("ringing", "active", "held", "ended", "ringing", "ended",
                "ringing", "ended", "dialling", "ended");
    }

    @Test
    void endsOpenCallsWhenThePhoneDisconnects() {
        startCoordinator();
        link.report("1", ADA_MOBILE, CallState.INCOMING, false);

        link.disconnect();

        assertThat(events.kinds()).containsExactly("ringing", "ended");
        assertThat(store.calls()).singleElement()
                .satisfies(call -> assertThat(call.outcome()).isEqualTo(CallLogEntry.Outcome.MISSED));
    }

    @Test
    void callsItsListenersOnItsOwnExecutorNotOnTheLinksEventThread() throws Exception {
        ExecutorService executor = Executors.newSingleThreadExecutor(r -> new Thread(r, "call-events"));
        CountDownLatch ended = new CountDownLatch(1);
        CallCoordinator coordinator = new CallCoordinator(link, identifier, screener,
                new CallHistory(store, 30, Clock.systemUTC()), store::favourites, executor, Clock.systemUTC());
        coordinator.addListener(events);
        coordinator.addListener(new CallEventListener() {
            @Override
            public void ended(CallView call) {
                ended.countDown();
            }
        });
        coordinator.start();

        link.report("1", ADA_MOBILE, CallState.INCOMING, false);
        link.report("1", ADA_MOBILE, CallState.ENDED, false);

        assertThat(ended.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(events.events()).extracting(RecordingCallListener.Event::thread)
                .containsOnly("call-events");
        coordinator.close();
        executor.shutdownNow();
    }

    @Test
    void dialsAnonymouslyWithTheLinksOwnOptionOrWithThePrefix() throws Exception {
        FakePhoneLink handsFree = new FakePhoneLink("Hands-free");
        CallCoordinator viaTelephonyApi = startCoordinator();
        CallCoordinator viaHandsFree = new CallCoordinator(handsFree, identifier, screener,
                new CallHistory(store, 30, Clock.systemUTC()), store::favourites, Runnable::run, Clock.systemUTC());

        viaTelephonyApi.dialAnonymously("089 7104 1100", "DE", null);
        viaHandsFree.dialAnonymously("089 7104 1100", "DE", null);

        assertThat(link.commands()).containsExactly("dial 089 7104 1100 hidden=true");
        assertThat(handsFree.commands()).containsExactly("dial #31#08971041100 hidden=false");
    }
}
