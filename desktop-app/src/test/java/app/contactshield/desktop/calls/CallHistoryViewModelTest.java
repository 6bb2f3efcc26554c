package app.contactshield.desktop.calls;

import static org.assertj.core.api.Assertions.assertThat;

import app.contactshield.graphsync.store.CallLogEntry;
import app.contactshield.graphsync.store.CallLogEntry.Direction;
import app.contactshield.graphsync.store.CallLogEntry.Outcome;
import app.contactshield.graphsync.store.ContactStore;
import java.lang.reflect.Proxy;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CallHistoryViewModelTest {
    private static final Instant NOW = Instant.parse("2026-12-03T17:00:00Z");

    private final FakePhoneLink link = new FakePhoneLink("oFono");
    private final InMemoryContactStore store = new InMemoryContactStore();
    private CallHistoryViewModel vm;

    @BeforeEach
    void fillHistory() {
        store.appendCall(new CallLogEntry(NOW.minusSeconds(3600), TestPeople.ADA_NUMBER, TestPeople.ADA.key(),
                "Ada Beispiel", Direction.INCOMING, Outcome.ANSWERED));
        store.appendCall(new CallLogEntry(NOW.minusSeconds(600), "", null, "", Direction.INCOMING, Outcome.MISSED));
        store.appendCall(new CallLogEntry(NOW.minusSeconds(300), "+498971049999", null,
                "Beispiel Logistik GmbH (switchboard)", Direction.INCOMING, Outcome.REJECTED));
        store.appendCall(new CallLogEntry(NOW.minusSeconds(60), "+4930901820", null, "Unknown number",
                Direction.INCOMING, Outcome.SCREENED));
        store.appendCall(new CallLogEntry(NOW, "+4930901820", null, "", Direction.OUTGOING, Outcome.DIALLED));
        vm = new CallHistoryViewModel(new CallServices(link, store, PresenceLookup.NONE, (q, n) -> List.of(),
                uri -> { }, Runnable::run, Runnable::run, CallsText.forLocale(Locale.ENGLISH), "DE",
                Clock.fixed(NOW, ZoneOffset.UTC)), ZoneOffset.UTC, CallHistoryViewModel.DEFAULT_LIMIT);
    }

    @Test
    void aForeignNumberReadsInInternationalFormAndItsExtensionAsExt() throws Exception {
        store.appendCall(new CallLogEntry(NOW.plusSeconds(1), "+43 1 53212340 ext. 77", null, "", Direction.INCOMING,
                Outcome.MISSED));

        vm.reload();

        assertThat(vm.visibleRows().get(0).numberText()).isEqualTo("+43 1 53212340 ext. 77");
    }

    @Test
    void listsRecentCallsNewestFirstWithFormattedNumbersDirectionAndOutcome() {
        vm.reload();

        assertThat(vm.visibleRows()).hasSize(5);
        CallRow ada = vm.visibleRows().get(4);
        assertThat(ada.identification()).isEqualTo("Ada Beispiel");
        assertThat(ada.numberText()).isEqualTo("01511 2345620");
        assertThat(ada.directionText()).isEqualTo("Incoming");
        assertThat(ada.outcomeText()).isEqualTo("Answered");
        assertThat(ada.timeText()).isEqualTo("Dec 3, 2026, 4:00 PM");
        CallRow withheld = vm.visibleRows().get(3);
        assertThat(withheld.identification()).isEqualTo("Withheld");
        assertThat(withheld.canCallBack()).isFalse();
        assertThat(vm.visibleRows().get(0).identification()).isEqualTo("Unknown number");
    }

    @Test
    void theDemoListsAHeldCallThatEndedAfterTheNextOneByWhenItRang() {
        app.contactshield.desktop.ui.sample.InMemoryContactStore demo =
                app.contactshield.desktop.ui.sample.InMemoryContactStore.of(List.of());
        Instant rang = Instant.parse("2026-12-03T10:06:00Z");
        demo.appendCall(incoming(rang.plusSeconds(60)));
        demo.appendCall(incoming(rang));
        demo.appendCall(incoming(rang.plusSeconds(120)));
        CallHistoryViewModel history = history(demo);

        history.reload();

        assertThat(history.visibleRows()).extracting(CallRow::timeText)
                .containsExactly("Dec 3, 2026, 10:08 AM", "Dec 3, 2026, 10:07 AM", "Dec 3, 2026, 10:06 AM");
    }

    @Test
    void listsNewestFirstWhateverOrderTheStoreAnswersIn() {
        Instant rang = Instant.parse("2026-12-03T10:06:00Z");
        List<CallLogEntry> asWritten = List.of(incoming(rang.plusSeconds(120)), incoming(rang),
                incoming(rang.plusSeconds(60)));
        ContactStore unordered = (ContactStore) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {ContactStore.class}, (proxy, method, args) -> "recentCalls".equals(method.getName())
                        ? asWritten : method.invoke(store, args));
        CallHistoryViewModel history = history(unordered);

        history.reload();

        assertThat(history.visibleRows()).extracting(CallRow::at)
                .containsExactly(rang.plusSeconds(120), rang.plusSeconds(60), rang);
    }

    private CallHistoryViewModel history(ContactStore calls) {
        return new CallHistoryViewModel(new CallServices(link, calls, PresenceLookup.NONE, (q, n) -> List.of(),
                uri -> { }, Runnable::run, Runnable::run, CallsText.forLocale(Locale.ENGLISH), "DE",
                Clock.fixed(NOW, ZoneOffset.UTC)), ZoneOffset.UTC, CallHistoryViewModel.DEFAULT_LIMIT);
    }

    private static CallLogEntry incoming(Instant at) {
        return new CallLogEntry(at, "+498971040202", null, "Věra Dvořák", Direction.INCOMING, Outcome.ANSWERED);
    }

    @ParameterizedTest
    @CsvSource({
        "'', ALL, 5",
        "'', MISSED, 1",
        "'', OUTGOING, 1",
        "'', SCREENED, 1",
        "ada, ALL, 1",
        "beispiel, ALL, 2",
        "'030 901', ALL, 2",
        "7104, REJECTED, 1",
        "7104, ANSWERED, 0"
    })
    void filtersByTextNumberDigitsAndOutcome(String text, OutcomeFilter outcome, int expected) {
        vm.reload();

        vm.filterTextProperty().set(text);
        vm.outcomeFilterProperty().set(outcome);

        assertThat(vm.visibleRows()).hasSize(expected);
    }

    @Test
    void callsBackOpenlyAndAnonymouslyThroughThePhone() {
        vm.reload();
        vm.selectedProperty().set(vm.visibleRows().get(4));

        vm.callBack();
        vm.callBackAnonymously();

        assertThat(link.commands()).containsExactly("dial:" + TestPeople.ADA_NUMBER + ":shown",
                "dial:" + TestPeople.ADA_NUMBER + ":hidden");
        assertThat(vm.statusProperty().get()).isEqualTo("Dialling 01511 2345620 with your number withheld…");
    }

    @Test
    void withheldCallsCannotBeCalledBack() {
        vm.reload();
        vm.selectedProperty().set(vm.visibleRows().get(3));

        vm.callBack();

        assertThat(link.commands()).isEmpty();
    }

    @Test
    void emptyHistorySaysSo() {
        CallHistoryViewModel empty = new CallHistoryViewModel(new CallServices(link, new InMemoryContactStore(),
                PresenceLookup.NONE, (q, n) -> List.of(), uri -> { }, Runnable::run, Runnable::run,
                CallsText.forLocale(Locale.ENGLISH), "DE", Clock.fixed(NOW, ZoneOffset.UTC)), ZoneOffset.UTC, 10);

        empty.reload();

        assertThat(empty.statusProperty().get()).isEqualTo("No calls yet.");
    }

    @Test
    void theEmptyTableSaysWhetherThereAreNoCallsOrNoneMatchTheFilter() {
        CallHistoryViewModel empty = new CallHistoryViewModel(new CallServices(link, new InMemoryContactStore(),
                PresenceLookup.NONE, (q, n) -> List.of(), uri -> { }, Runnable::run, Runnable::run,
                CallsText.forLocale(Locale.ENGLISH), "DE", Clock.fixed(NOW, ZoneOffset.UTC)), ZoneOffset.UTC, 10);
        empty.reload();
        vm.reload();

        String noCalls = empty.placeholderProperty().get();
        vm.filterTextProperty().set("xyz");
        String noMatch = vm.placeholderProperty().get();
        vm.outcomeFilterProperty().set(OutcomeFilter.MISSED);
        String noMatchInMissed = vm.placeholderProperty().get();
        vm.filterTextProperty().set("");
        vm.outcomeFilterProperty().set(OutcomeFilter.OUTGOING);
        vm.outcomeFilterProperty().set(OutcomeFilter.MISSED);

        assertThat(noCalls).isEqualTo("No calls yet");
        assertThat(noMatch).isEqualTo("No calls match “xyz”");
        assertThat(noMatchInMissed).isEqualTo("No calls under “Missed” match “xyz”");
        assertThat(vm.visibleRows()).isNotEmpty();
    }

    @Test
    void theEmptyTableSpeaksGerman() {
        CallHistoryViewModel german = new CallHistoryViewModel(new CallServices(link, store, PresenceLookup.NONE,
                (q, n) -> List.of(), uri -> { }, Runnable::run, Runnable::run, CallsText.forLocale(Locale.GERMAN),
                "DE", Clock.fixed(NOW, ZoneOffset.UTC)), ZoneOffset.UTC, 10);
        german.reload();

        german.filterTextProperty().set("xyz");

        assertThat(german.visibleRows()).isEmpty();
        assertThat(german.placeholderProperty().get()).isEqualTo("Keine Anrufe passen zu „xyz“");
    }
}
