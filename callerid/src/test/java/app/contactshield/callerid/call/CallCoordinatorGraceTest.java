package app.contactshield.callerid.call;

import static app.contactshield.callerid.testing.TestPeople.person;
import static app.contactshield.callerid.testing.TestPeople.phone;
import static org.assertj.core.api.Assertions.assertThat;

import app.contactshield.callerid.index.CallerIndex;
import app.contactshield.callerid.index.CompanyRanges;
import app.contactshield.callerid.index.Identification;
import app.contactshield.callerid.index.Identifier;
import app.contactshield.callerid.link.CallState;
import app.contactshield.callerid.screening.CallHistory;
import app.contactshield.callerid.screening.CallScreener;
import app.contactshield.callerid.screening.FavouriteSet;
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
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Calls whose number never comes, the held event, and favourites kept in memory. */
class CallCoordinatorGraceTest {
    private static final Instant NOW = Instant.parse("2026-12-03T09:15:00Z");
    private static final String ADA_MOBILE = "+491712345678";
    private static final Duration GRACE = Duration.ofSeconds(3);

    private final InMemoryContactStore store = new InMemoryContactStore();
    private final FakePhoneLink link = new FakePhoneLink("Hands-free");
    private final RecordingCallListener events = new RecordingCallListener();
    private final CallScreener screener = new CallScreener(ScreeningMode.VACATION);
    private final ManualTimer timer = new ManualTimer();
    private FavouriteSet favourites;
    private Identifier identifier;

    @BeforeEach
    void storeWithAdaAsFavourite() throws StoreException {
        store.put(person("ada", "Ada Beispiel", "Contoso", "Buyer",
                phone(PhoneType.MOBILE, ADA_MOBILE, "graph.users")));
        store.setFavourite(new PersonKey("ada"), true);
        identifier = new Identifier(CallerIndex.build(store), new PhoneNormalizer("DE"), CompanyRanges.none());
        favourites = new FavouriteSet(store, Runnable::run).start();
    }

    private void startCoordinator() {
        CallCoordinator coordinator = new CallCoordinator(link, identifier, screener,
                new CallHistory(store, 30, Clock.fixed(NOW, ZoneOffset.UTC)), favourites::favourites, Runnable::run,
                Clock.fixed(NOW, ZoneOffset.UTC), timer, GRACE);
        coordinator.addListener(events);
        coordinator.start();
    }

    @Test
    void vacationModeRejectsACallWhoseNumberNeverArrivesOnceTheGraceTimePassed() {
        startCoordinator();
        link.report("1", "", CallState.INCOMING, false);
        assertThat(link.commands()).as("still waiting for the number").isEmpty();

        timer.fire(GRACE);

        assertThat(link.commands()).containsExactly("hangUp 1");
        link.report("1", "", CallState.ENDED, false);
        assertThat(store.calls()).singleElement().satisfies(call -> {
            assertThat(call.outcome()).isEqualTo(CallLogEntry.Outcome.SCREENED);
            assertThat(call.identification()).isEqualTo(Identification.UNKNOWN_TEXT);
        });
    }

    @Test
    void nothingHappensBeforeTheGraceTimeIsUp() {
        startCoordinator();
        link.report("1", "", CallState.INCOMING, false);

        timer.fire(GRACE.minusMillis(1));

        assertThat(link.commands()).isEmpty();
        assertThat(events.kinds()).containsExactly("ringing");
    }

    @Test
    void aFavouritesNumberArrivingWithinTheGraceTimeStillRings() {
        startCoordinator();
        link.report("1", "", CallState.INCOMING, false);
        link.report("1", ADA_MOBILE, CallState.INCOMING, false);

        timer.fire(GRACE);

        assertThat(link.commands()).isEmpty();
        assertThat(events.events().get(events.events().size() - 1).call().identification().displayText())
                .isEqualTo("Ada Beispiel");
    }

    @Test
    void theTimeoutOfACallThatEndedDoesNothing() {
        startCoordinator();
        link.report("1", "", CallState.INCOMING, false);
        link.report("1", "", CallState.ENDED, false);

        timer.fire(GRACE);

        assertThat(link.commands()).isEmpty();
        assertThat(timer.cancelled).isEqualTo(1);
    }

    @Test
    void normalModeShowsTheNumberlessCallAsUnknownAfterTheGraceTime() {
        screener.setMode(ScreeningMode.NORMAL);
        startCoordinator();
        link.report("1", "", CallState.INCOMING, false);

        timer.fire(GRACE);

        assertThat(link.commands()).isEmpty();
        assertThat(events.kinds()).containsExactly("ringing", "ringing");
        assertThat(events.events().get(1).call().identification().kind()).isEqualTo(Identification.Kind.UNKNOWN);
    }

    @Test
    void announcesACallPutOnHoldAndItsReturn() {
        screener.setMode(ScreeningMode.NORMAL);
        startCoordinator();
        link.report("1", ADA_MOBILE, CallState.INCOMING, false);
        link.report("1", ADA_MOBILE, CallState.ACTIVE, false);

        link.report("1", ADA_MOBILE, CallState.HELD, false);
        link.report("1", ADA_MOBILE, CallState.ACTIVE, false);

        assertThat(events.kinds()).containsExactly("ringing", "active", "held", "active");
        assertThat(events.events().get(2).call().state()).isEqualTo(CallState.HELD);
        assertThat(events.events().get(2).call().identification().displayText()).isEqualTo("Ada Beispiel");
    }

    @Test
    void screeningUsesTheFavouritesInMemoryAndFollowsChangesToThem() throws StoreException {
        store.setFavourite(new PersonKey("ada"), false);
        store.put(person("bert", "Bert Muster", "Contoso", null, phone(PhoneType.MOBILE, "+491719876543", "x")));
        startCoordinator();

        link.report("1", ADA_MOBILE, CallState.INCOMING, false);

        assertThat(favourites.favourites()).isEqualTo(Set.of());
        assertThat(link.commands()).containsExactly("hangUp 1");
    }

    /** A timer advanced by hand: {@link #fire} runs what is due after that much time. */
    private static final class ManualTimer implements CallTimer {
        private final List<Object[]> tasks = new ArrayList<>();
        private int cancelled;

        @Override
        public Runnable schedule(Runnable task, Duration delay) {
            Object[] entry = {task, delay, Boolean.FALSE};
            tasks.add(entry);
            return () -> {
                if (entry[2] == Boolean.FALSE) {
                    entry[2] = Boolean.TRUE;
                    cancelled++;
                }
            };
        }

        void fire(Duration elapsed) {
            for (Object[] entry : List.copyOf(tasks)) {
                if (entry[2] == Boolean.FALSE && ((Duration) entry[1]).compareTo(elapsed) <= 0) {
                    entry[2] = Boolean.TRUE;
                    ((Runnable) entry[0]).run();
                }
            }
        }
    }
}
