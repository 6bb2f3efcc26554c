package app.contactshield.desktop.calls;

import static org.assertj.core.api.Assertions.assertThat;

import app.contactshield.callerid.link.CallState;
import app.contactshield.callerid.link.LinkState;
import app.contactshield.callerid.link.PhoneCall;
import app.contactshield.graphsync.model.PersonKey;
import app.contactshield.graphsync.presence.Presence;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class IncomingCallViewModelTest {
    private static final Instant NOW = Instant.parse("2026-12-03T17:00:00Z");

    private final FakePhoneLink link = new FakePhoneLink("oFono");
    private final InMemoryContactStore store = new InMemoryContactStore();
    private final Map<String, Presence> presences = new HashMap<>();
    private final List<URI> opened = new ArrayList<>();
    private final List<Colleague> colleagues = List.of(
            new Colleague("Ada Beispiel", "Head of Dispatch", "ada.beispiel@beispiel-logistik.example"),
            new Colleague("Dirk Dörfler", "Reception", "dirk.doerfler@beispiel-logistik.example"));
    private boolean stale;
    private final IncomingCallViewModel vm = new IncomingCallViewModel(services());

    @Test
    void ringingCallOfAColleagueShowsNameCompanyTitleNumberTypeSourceAndPresence() {
        presences.put(TestPeople.ADA_OID, TestPeople.adaBusy(NOW));

        vm.callChanged(incoming("1", TestPeople.ADA_NUMBER), TestPeople.ada());

        assertThat(vm.wantedProperty().get()).isTrue();
        CallCardViewModel card = vm.calls().get(0);
        assertThat(card.headlineProperty().get()).isEqualTo("Ada Beispiel");
        assertThat(card.detailProperty().get()).isEqualTo("Beispiel Logistik GmbH · Head of Dispatch");
        assertThat(card.numberLineProperty().get()).isEqualTo("Mobile · 01511 2345620");
        assertThat(card.sourceLineProperty().get()).isEqualTo("from Company directory");
        assertThat(card.presenceProperty().get().text()).isEqualTo("Busy · In a meeting");
        assertThat(card.presenceProperty().get().styleClass()).isEqualTo("presence-busy");
        assertThat(card.canAnswerProperty().get()).isTrue();
        assertThat(vm.titleProperty().get()).isEqualTo("Incoming call");
    }

    @Test
    void stalePresenceShowsItsAge() {
        presences.put(TestPeople.ADA_OID, TestPeople.adaBusy(NOW.minusSeconds(300)));
        stale = true;

        vm.callChanged(incoming("1", TestPeople.ADA_NUMBER), TestPeople.ada());

        PresenceDisplay presence = vm.calls().get(0).presenceProperty().get();
        assertThat(presence.stale()).isTrue();
        assertThat(presence.text()).endsWith("as of 5 min ago");
    }

    @Test
    void sharedNumberListsEveryCandidate() {
        vm.callChanged(incoming("1", TestPeople.SHARED_NUMBER), TestPeople.shared());

        CallCardViewModel card = vm.calls().get(0);
        assertThat(card.headlineProperty().get()).isEqualTo("Shared number");
        assertThat(card.detailProperty().get()).isEqualTo("2 people use this number");
        assertThat(card.candidates()).extracting(CandidateRow::name).containsExactly("Bernd Muster", "Clara Übermut");
        assertThat(card.candidates().get(1).numberLine()).isEqualTo("Business · Dynamics 365");
        assertThat(card.note().availableProperty().get()).isFalse();
    }

    @Test
    void companyRangeShowsTheCompany() {
        vm.callChanged(incoming("1", "+498971049999"), CallerView.companyRange("+498971049999", "Beispiel AG"));

        CallCardViewModel card = vm.calls().get(0);
        assertThat(card.headlineProperty().get()).isEqualTo("Beispiel AG");
        assertThat(card.detailProperty().get()).startsWith("Switchboard range");
        assertThat(card.numberLineProperty().get()).isEqualTo("089 71049999");
    }

    @Test
    void unknownAndWithheldCallersAreNamedSo() {
        vm.callChanged(incoming("1", "+4930123456"), CallerView.unknown("+4930123456"));
        vm.callChanged(new PhoneCall("2", "", CallState.WAITING, true), CallerView.withheld());

        assertThat(vm.calls()).extracting(c -> c.headlineProperty().get())
                .containsExactly("Unknown number", "Withheld");
        assertThat(vm.calls().get(1).numberLineProperty().get()).isEqualTo("The caller withheld the number");
    }

    @Test
    void callWaitingShowsBothCallsAndTheWindowClosesWhenTheLastEnds() {
        vm.callChanged(incoming("1", TestPeople.ADA_NUMBER), TestPeople.ada());
        vm.callChanged(new PhoneCall("1", TestPeople.ADA_NUMBER, CallState.ACTIVE, false), TestPeople.ada());

        vm.callChanged(new PhoneCall("2", TestPeople.SHARED_NUMBER, CallState.WAITING, false), TestPeople.shared());

        assertThat(vm.calls()).hasSize(2);
        assertThat(vm.titleProperty().get()).isEqualTo("Call waiting");
        assertThat(vm.calls().get(0).rejectTextProperty().get()).isEqualTo("_Hang up");
        vm.callChanged(new PhoneCall("2", "", CallState.ENDED, false), null);
        assertThat(vm.wantedProperty().get()).isTrue();
        vm.callChanged(new PhoneCall("1", "", CallState.ENDED, false), null);
        assertThat(vm.wantedProperty().get()).isFalse();
    }

    @Test
    void outgoingCallAloneDoesNotOpenTheWindow() {
        vm.callChanged(new PhoneCall("9", "+4930123456", CallState.DIALING, false), CallerView.unknown("+4930123456"));

        assertThat(vm.wantedProperty().get()).isFalse();
    }

    @Test
    void answerAndRejectGoThroughThePhoneLink() {
        vm.callChanged(incoming("1", TestPeople.ADA_NUMBER), TestPeople.ada());
        vm.callChanged(incoming("2", "+4930123456"), CallerView.unknown("+4930123456"));

        vm.calls().get(0).answer();
        vm.calls().get(1).reject();

        assertThat(link.commands()).containsExactly("answer:1", "hangUp:2");
    }

    @Test
    void failedCommandShowsAMessage() {
        link.failCommands();
        vm.callChanged(incoming("1", TestPeople.ADA_NUMBER), TestPeople.ada());

        vm.calls().get(0).answer();

        assertThat(vm.calls().get(0).errorProperty().get()).contains("did not respond");
        assertThat(vm.calls().get(0).commandRunningProperty().get()).isFalse();
    }

    @Test
    void chatOffersTheCallerFirstThenSearchesColleaguesAndOpensTheTeamsChat() {
        vm.callChanged(incoming("1", TestPeople.ADA_NUMBER), TestPeople.ada());
        CallCardViewModel card = vm.calls().get(0);

        card.chat().toggle();
        assertThat(card.chat().results()).extracting(Colleague::name).containsExactly("Ada Beispiel");
        card.chat().queryProperty().set("dirk");
        card.chat().chatWith(card.chat().results().get(0));

        assertThat(opened).containsExactly(
                URI.create("https://teams.microsoft.com/l/chat/0/0?users=dirk.doerfler@beispiel-logistik.example"));
        assertThat(card.chat().openProperty().get()).isFalse();
    }

    @Test
    void chatSaysSoWhenNoColleagueMatchesAndForgetsItWhenOneDoes() {
        vm.callChanged(incoming("1", TestPeople.ADA_NUMBER), TestPeople.ada());
        ChatSearch chat = vm.calls().get(0).chat();
        chat.toggle();

        chat.queryProperty().set("nobody by that name");
        boolean saidNoMatch = chat.noMatchProperty().get();
        chat.queryProperty().set("dirk");

        assertThat(saidNoMatch).isTrue();
        assertThat(chat.noMatchProperty().get()).isFalse();
        assertThat(chat.results()).extracting(Colleague::name).containsExactly("Dirk Dörfler");
    }

    @Test
    void noteIsLoadedAndSavedInTheStore() {
        PersonKey ada = TestPeople.ADA.key();
        store.setNote(ada, "Prefers e-mail");
        vm.callChanged(incoming("1", TestPeople.ADA_NUMBER), TestPeople.ada());
        CallCardViewModel card = vm.calls().get(0);

        card.note().toggle();
        assertThat(card.note().textProperty().get()).isEqualTo("Prefers e-mail");
        card.note().textProperty().set("Prefers e-mail; call back after 3 pm");
        card.note().save();

        assertThat(store.note(ada)).hasValue("Prefers e-mail; call back after 3 pm");
        assertThat(card.note().statusProperty().get()).isEqualTo("Saved in the encrypted store");
    }

    @Test
    void demoBackendShowsTheDemoBadge() {
        assertThat(vm.demoProperty().get()).isFalse();

        vm.linkChanged(new LinkState(true, "Demo phone", "Demo", ""));

        assertThat(vm.demoProperty().get()).isTrue();
    }

    @Test
    void presenceUpdatesReachTheOpenCard() {
        vm.callChanged(incoming("1", TestPeople.ADA_NUMBER), TestPeople.ada());
        assertThat(vm.calls().get(0).presenceProperty().get()).isEqualTo(PresenceDisplay.NONE);

        presences.put(TestPeople.ADA_OID, new Presence(TestPeople.ADA_OID, "Available", "Available", "", false, "",
                NOW));
        vm.presenceChanged();

        assertThat(vm.calls().get(0).presenceProperty().get().text()).isEqualTo("Available");
    }

    @Test
    void germanTextsAreUsedForAGermanLocale() {
        IncomingCallViewModel german = new IncomingCallViewModel(new CallServices(link, store, PresenceLookup.NONE,
                (q, n) -> List.of(), opened::add, Runnable::run, Runnable::run, CallsText.forLocale(Locale.GERMAN),
                "DE", Clock.fixed(NOW, ZoneOffset.UTC)));

        german.callChanged(new PhoneCall("1", "", CallState.INCOMING, true), CallerView.withheld());

        assertThat(german.calls().get(0).headlineProperty().get()).isEqualTo("Unterdrückt");
        assertThat(german.titleProperty().get()).isEqualTo("Eingehender Anruf");
    }

    private static PhoneCall incoming(String id, String number) {
        return new PhoneCall(id, number, CallState.INCOMING, false);
    }

    private CallServices services() {
        PresenceLookup lookup = new PresenceLookup() {
            @Override
            public Optional<Presence> presence(String entraObjectId) {
                return Optional.ofNullable(presences.get(entraObjectId));
            }

            @Override
            public boolean isStale(Presence presence) {
                return stale;
            }
        };
        ColleagueDirectory directory = (query, limit) -> colleagues.stream()
                .filter(c -> ColleagueDirectory.fold(c.name()).contains(ColleagueDirectory.fold(query)))
                .limit(limit).toList();
        return new CallServices(link, store, lookup, directory, opened::add, Runnable::run, Runnable::run,
                CallsText.forLocale(Locale.ENGLISH), "DE", Clock.fixed(NOW, ZoneOffset.UTC));
    }
}
