package app.contactshield.graphsync.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.contactshield.graphsync.model.ContactRecord;
import app.contactshield.graphsync.model.Person;
import app.contactshield.graphsync.model.PersonKey;
import app.contactshield.graphsync.model.PhoneNumber;
import app.contactshield.graphsync.model.PhoneType;
import app.contactshield.graphsync.model.SourceId;
import app.contactshield.graphsync.sync.ChangePage;
import app.contactshield.graphsync.sync.DeltaCursor;
import app.contactshield.graphsync.sync.PageResult;
import app.contactshield.graphsync.testing.InventedPeople;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class H2ContactStoreTest {
    private static final SourceId USERS = SourceId.GRAPH_USERS;

    @TempDir
    Path dataDir;

    private final byte[] key = new byte[32];
    private H2ContactStore store;

    @BeforeEach
    void open() throws StoreException {
        key[0] = 7;
        store = StoreOpener.open(dataDir, key).store();
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void pageAndCursorAreVisibleTogetherAfterCommit() throws StoreException {
        ChangePage page = page(List.of(user(1), user(2)), List.of(), List.of(), cursor("next-1", false), true);

        PageResult result = store.accept(page);

        assertThat(result).isEqualTo(new PageResult(2, 0, 0));
        assertThat(store.recordCounts()).containsEntry(USERS, 2);
        assertThat(store.cursor(USERS)).contains(cursor("next-1", false));
        assertThat(store.cursorCommittedAt(USERS)).isPresent();
    }

    @Test
    void pageThatFailsMidwayLeavesNoRecordAndTheCursorUnchanged() throws StoreException {
        store.accept(page(List.of(user(1)), List.of(), List.of(), cursor("next-1", false), true));
        ContactRecord tooLong = withKey(user(3), "k".repeat(1500));

        assertThatThrownBy(() -> store.accept(page(List.of(user(2), tooLong, user(4)), List.of(), List.of(),
                cursor("next-2", false), false))).isInstanceOf(StoreException.class)
                .hasMessageContaining("graph.users");

        assertThat(store.recordCounts()).containsEntry(USERS, 1);
        assertThat(store.person(PersonKey.of(user(2)))).isEmpty();
        assertThat(store.cursor(USERS)).contains(cursor("next-1", false));
        store.close();
        store = StoreOpener.open(dataDir, key).store();
        assertThat(store.cursor(USERS)).contains(cursor("next-1", false));
        assertThat(store.recordCounts()).containsEntry(USERS, 1);
    }

    @Test
    void storeStaysUsableAfterAFailedPage() throws StoreException {
        ContactRecord tooLong = withKey(user(3), "k".repeat(1500));
        assertThatThrownBy(() -> store.accept(page(List.of(user(2), tooLong), List.of(), List.of(),
                cursor("next-1", false), true))).isInstanceOf(StoreException.class);

        store.accept(page(List.of(user(2)), List.of(), List.of(), cursor("next-1", false), true));

        assertThat(store.person(PersonKey.of(user(2)))).isPresent();
    }

    @Test
    void hiddenRecordDisappearsAndComesBackWhenUpsertedAgain() throws StoreException {
        store.accept(page(List.of(user(1), user(2)), List.of(), List.of(), cursor("d1", true), true));

        PageResult hidden = store.accept(page(List.of(), List.of(), List.of(user(2).sourceKey()),
                cursor("d2", true), false));

        assertThat(hidden.removed()).isEqualTo(1);
        assertThat(store.person(PersonKey.of(user(2)))).isEmpty();
        assertThat(store.recordCounts()).containsEntry(USERS, 1);

        PageResult back = store.accept(page(List.of(user(2)), List.of(), List.of(), cursor("d3", true), false));

        assertThat(back).isEqualTo(new PageResult(0, 1, 0));
        assertThat(store.person(PersonKey.of(user(2)))).isPresent();
    }

    @Test
    void removedKeysDeleteRecords() throws StoreException {
        store.accept(page(List.of(user(1), user(2)), List.of(), List.of(), cursor("d1", true), true));

        PageResult result = store.accept(page(List.of(), List.of(user(1).sourceKey()), List.of(),
                cursor("d2", true), false));

        assertThat(result.removed()).isEqualTo(1);
        assertThat(store.people()).extracting(Person::key).containsExactly(PersonKey.of(user(2)));
    }

    @Test
    void unchangedRecordCountsAsNeitherAddedNorChanged() throws StoreException {
        store.accept(page(List.of(user(1)), List.of(), List.of(), cursor("d1", true), true));

        PageResult again = store.accept(page(List.of(user(1)), List.of(), List.of(), cursor("d2", true), false));

        assertThat(again).isEqualTo(PageResult.NONE);
    }

    @Test
    void fullRoundRemovesRecordsItDidNotDeliverAndKeepsLocalOnlyData() throws StoreException {
        store.accept(page(List.of(user(1), user(2), user(3)), List.of(), List.of(), cursor("d1", true), true));
        PersonKey gone = PersonKey.of(user(2));
        store.setFavourite(gone, true);
        store.setNote(gone, "Rückruf wegen Angebot");
        store.appendCall(new CallLogEntry(Instant.parse("2026-11-01T10:00:00Z"), "+49 89 7104 0002", gone,
                "Ada Beispiel", CallLogEntry.Direction.INCOMING, CallLogEntry.Outcome.ANSWERED));

        store.accept(page(List.of(user(1)), List.of(), List.of(), cursor("next-a", false), true));
        assertThat(store.recordCounts()).containsEntry(USERS, 3);
        PageResult last = store.accept(page(List.of(user(3)), List.of(), List.of(), cursor("d2", true), false));

        assertThat(last.removed()).isEqualTo(1);
        assertThat(store.people()).extracting(Person::key)
                .containsExactlyInAnyOrder(PersonKey.of(user(1)), PersonKey.of(user(3)));
        assertThat(store.favourites()).containsExactly(gone);
        assertThat(store.note(gone)).contains("Rückruf wegen Angebot");
        assertThat(store.recentCalls(10)).hasSize(1);
    }

    @Test
    void fullRoundInterruptedByARestartStillRemovesWhatItDidNotDeliver() throws StoreException {
        store.accept(page(List.of(user(1), user(2), user(3)), List.of(), List.of(), cursor("d1", true), true));
        store.accept(page(List.of(user(1)), List.of(), List.of(), cursor("next-a", false), true));
        store.close();
        store = StoreOpener.open(dataDir, key).store();

        PageResult last = store.accept(page(List.of(user(3)), List.of(), List.of(), cursor("d2", true), false));

        assertThat(last.removed()).isEqualTo(1);
        assertThat(store.person(PersonKey.of(user(2)))).isEmpty();
        assertThat(store.recordCounts()).containsEntry(USERS, 2);
    }

    @Test
    void recordsOfOneSourceSurviveAFullRoundOfAnother() throws StoreException {
        ContactRecord outlook = contact(SourceId.GRAPH_OUTLOOK, "c-1", "Bruno Erfunden", "bruno@example.test",
                "+49 89 7104 5555");
        store.accept(new ChangePage(SourceId.GRAPH_OUTLOOK, List.of(outlook), List.of(), List.of(),
                cursor("o1", true), true));

        store.accept(page(List.of(user(1)), List.of(), List.of(), cursor("d1", true), true));

        assertThat(store.recordCounts()).containsEntry(SourceId.GRAPH_OUTLOOK, 1).containsEntry(USERS, 1);
    }

    @Test
    void recordsOfTheSamePersonFromTwoSourcesFormOnePerson() throws StoreException {
        ContactRecord directory = user(5);
        ContactRecord outlook = contact(SourceId.GRAPH_OUTLOOK, "c-5", "Spitzname", directory.emails().get(0)
                .toUpperCase(java.util.Locale.ROOT), "+49 170 5550005");
        store.accept(new ChangePage(SourceId.GRAPH_OUTLOOK, List.of(outlook), List.of(), List.of(),
                cursor("o1", true), true));

        store.accept(page(List.of(directory), List.of(), List.of(), cursor("d1", true), true));

        Person person = store.person(PersonKey.of(directory)).orElseThrow();
        assertThat(person.records()).hasSize(2);
        assertThat(person.displayName()).isEqualTo(directory.displayName());
        assertThat(person.phones()).hasSize(3);
        assertThat(store.people()).hasSize(1);
        List<String> phoneOwners = new ArrayList<>();
        store.forEachPhone((key, e164, type, source) -> phoneOwners.add(key.value()));
        assertThat(phoneOwners).hasSize(3).containsOnly(PersonKey.of(directory).value());
    }

    @Test
    void listenersHearTheOldAndNewKeyWhenAPersonMerges() throws StoreException {
        ContactRecord outlook = contact(SourceId.GRAPH_OUTLOOK, "c-5", "Spitzname", user(5).emails().get(0), null);
        store.accept(new ChangePage(SourceId.GRAPH_OUTLOOK, List.of(outlook), List.of(), List.of(),
                cursor("o1", true), true));
        List<Set<PersonKey>> heard = new CopyOnWriteArrayList<>();
        store.addListener(heard::add);

        store.accept(page(List.of(user(5)), List.of(), List.of(), cursor("d1", true), true));

        assertThat(heard).hasSize(1);
        assertThat(heard.get(0)).containsExactlyInAnyOrder(PersonKey.of(user(5)), PersonKey.of(outlook));
        assertThat(store.person(PersonKey.of(outlook))).isEmpty();
    }

    @Test
    void mergedPersonSplitsAgainWhenTheLinkingRecordGoes() throws StoreException {
        ContactRecord outlook = contact(SourceId.GRAPH_OUTLOOK, "c-5", "Spitzname", user(5).emails().get(0), null);
        store.accept(new ChangePage(SourceId.GRAPH_OUTLOOK, List.of(outlook), List.of(), List.of(),
                cursor("o1", true), true));
        store.accept(page(List.of(user(5)), List.of(), List.of(), cursor("d1", true), true));

        store.accept(page(List.of(), List.of(user(5).sourceKey()), List.of(), cursor("d2", true), false));

        assertThat(store.person(PersonKey.of(outlook))).isPresent();
        assertThat(store.people()).hasSize(1);
    }

    @Test
    void aContactStopsJoiningAColleagueWhileASecondColleagueSharesItsNameAndNumber() throws StoreException {
        ContactRecord first = colleague("u-a", "00000000-0000-4000-8000-00000000000a", "Anna Schmidt");
        ContactRecord second = colleague("u-b", "00000000-0000-4000-8000-00000000000b", "Anna Schmidt");
        ContactRecord outlook = contact(SourceId.GRAPH_OUTLOOK, "c-a", "Schmidt, Anna", null, "+49 89 7104 0");
        store.accept(new ChangePage(SourceId.GRAPH_OUTLOOK, List.of(outlook), List.of(), List.of(),
                cursor("o1", true), true));
        store.accept(page(List.of(first), List.of(), List.of(), cursor("d1", true), true));
        assertThat(store.person(PersonKey.of(first)).orElseThrow().records()).hasSize(2);

        store.accept(page(List.of(second), List.of(), List.of(), cursor("d2", true), false));

        assertThat(store.people()).hasSize(3);
        assertThat(store.person(PersonKey.of(first)).orElseThrow().records()).containsExactly(first);
        assertThat(store.person(PersonKey.of(second)).orElseThrow().records()).containsExactly(second);
        assertThat(store.person(PersonKey.of(outlook))).isPresent();

        store.accept(page(List.of(), List.of(second.sourceKey()), List.of(), cursor("d3", true), false));

        assertThat(store.people()).hasSize(1);
        assertThat(store.person(PersonKey.of(first)).orElseThrow().records()).hasSize(2);
    }

    @Test
    void aContactKeepsNoStaleKeyWhenTheContactThatNamedItsPersonMovesOn() throws StoreException {
        ContactRecord first = colleague("u-a", "00000000-0000-4000-8000-00000000000a", "Anna Schmidt");
        ContactRecord second = colleague("u-b", "00000000-0000-4000-8000-00000000000b", "Anna Schmidt");
        ContactRecord named = contact(SourceId.GRAPH_OUTLOOK, "c-1", "Anna Schmidt", "anna@fabrikam.test",
                "+49 89 7104 0");
        ContactRecord unnamed = contact(SourceId.GRAPH_OUTLOOK, "c-2", "Schmidt, Anna", null, "+49 89 7104 0");
        store.accept(page(List.of(first, second), List.of(), List.of(), cursor("d1", true), true));
        store.accept(new ChangePage(SourceId.GRAPH_OUTLOOK, List.of(named, unnamed), List.of(), List.of(),
                cursor("o1", true), true));
        assertThat(store.person(PersonKey.of(named)).orElseThrow().records()).hasSize(2);

        ContactRecord movedOn = contact(SourceId.GRAPH_OUTLOOK, "c-1", "Anna Schmidt", "anna@fabrikam.test", null);
        store.accept(new ChangePage(SourceId.GRAPH_OUTLOOK, List.of(movedOn), List.of(), List.of(),
                cursor("o2", true), false));

        assertThat(store.person(PersonKey.of(unnamed)).orElseThrow().records()).containsExactly(unnamed);
        assertThat(store.person(PersonKey.of(named)).orElseThrow().records()).containsExactly(movedOn);
        assertThat(store.people()).hasSize(4);
    }

    @Test
    void forEachPhoneSkipsHiddenRecordsAndUnnormalisedNumbers() throws StoreException {
        ContactRecord odd = new ContactRecord(USERS, "odd", null, null, "Olga Fiktiv", null, null, null, null, null,
                null, List.of(), List.of(PhoneNumber.unnormalised(PhoneType.OTHER, "ask reception")), null);
        store.accept(page(List.of(user(1), user(2), odd), List.of(), List.of(), cursor("d1", true), true));
        store.accept(page(List.of(), List.of(), List.of(user(2).sourceKey()), cursor("d2", true), false));
        List<String> numbers = new ArrayList<>();

        store.forEachPhone((key, e164, type, source) -> numbers.add(e164 + "/" + type + "/" + source));

        assertThat(numbers).containsExactlyInAnyOrder("+498971040001/BUSINESS/graph.users",
                "+4915110000001/MOBILE/graph.users");
        assertThat(store.people()).hasSize(2);
    }

    @Test
    void forEachPersonVisitsEveryVisiblePersonOnceWithAllTheirRecords() throws StoreException {
        ContactRecord outlook = contact(SourceId.GRAPH_OUTLOOK, "c-5", "Spitzname", user(5).emails().get(0),
                "+49 170 5550005");
        store.accept(new ChangePage(SourceId.GRAPH_OUTLOOK, List.of(outlook), List.of(), List.of(),
                cursor("o1", true), true));
        store.accept(page(List.of(user(1), user(2), user(5), user(3)), List.of(), List.of(), cursor("d1", true), true));
        store.accept(page(List.of(), List.of(), List.of(user(2).sourceKey()), cursor("d2", true), false));
        List<Person> visited = new ArrayList<>();

        store.forEachPerson(visited::add);

        assertThat(visited).extracting(Person::key).containsExactlyInAnyOrder(PersonKey.of(user(1)),
                PersonKey.of(user(3)), PersonKey.of(user(5)));
        assertThat(visited).filteredOn(p -> p.key().equals(PersonKey.of(user(5)))).singleElement()
                .satisfies(p -> assertThat(p.records()).hasSize(2));
        assertThat(visited).containsExactlyInAnyOrderElementsOf(store.people());
    }

    @Test
    void resetCursorForgetsTheCursorButKeepsContacts() throws StoreException {
        store.accept(page(List.of(user(1)), List.of(), List.of(), cursor("d1", true), true));

        store.resetCursor(USERS);

        assertThat(store.cursor(USERS)).isEmpty();
        assertThat(store.recordCounts()).containsEntry(USERS, 1);
    }

    @Test
    void notesAndFavouritesRoundTrip() throws StoreException {
        PersonKey ada = new PersonKey("mail:ada@example.test");

        store.setFavourite(ada, true);
        store.setNote(ada, "Bevorzugt Anrufe vormittags");

        assertThat(store.favourites()).containsExactly(ada);
        assertThat(store.note(ada)).contains("Bevorzugt Anrufe vormittags");
        store.setFavourite(ada, false);
        store.setNote(ada, " ");
        assertThat(store.favourites()).isEmpty();
        assertThat(store.note(ada)).isEmpty();
    }

    @Test
    void purgeRemovesOnlyCallsBeforeTheCutoff() throws StoreException {
        Instant old = Instant.parse("2026-01-01T08:00:00Z");
        Instant recent = Instant.parse("2026-11-30T08:00:00Z");
        store.appendCall(new CallLogEntry(old, "+4989710400", null, "Unknown number",
                CallLogEntry.Direction.INCOMING, CallLogEntry.Outcome.MISSED));
        store.appendCall(new CallLogEntry(recent, "", null, "Withheld", CallLogEntry.Direction.INCOMING,
                CallLogEntry.Outcome.REJECTED));

        int purged = store.purgeCallsBefore(Instant.parse("2026-09-01T00:00:00Z"));

        assertThat(purged).isEqualTo(1);
        assertThat(store.recentCalls(10)).extracting(CallLogEntry::at).containsExactly(recent);
    }

    @Test
    void aPagePreparedOnTheFetchingThreadCommitsAsOneThatWasNot() throws Exception {
        ChangePage first = page(List.of(user(1), user(2)), List.of(), List.of(), cursor("next-1", false), true);
        ChangePage second = page(List.of(user(3)), List.of(), List.of(), cursor("delta-1", true), false);
        Thread fetcher = new Thread(() -> store.prepare(first));
        fetcher.start();
        fetcher.join();

        PageResult one = store.accept(first);
        store.prepare(page(List.of(user(9)), List.of(), List.of(), cursor("other", false), false));
        PageResult two = store.accept(second);

        assertThat(one).isEqualTo(new PageResult(2, 0, 0));
        assertThat(two).isEqualTo(new PageResult(1, 0, 0));
        assertThat(store.recordCounts()).containsEntry(USERS, 3);
        assertThat(store.person(PersonKey.of(user(3)))).isPresent();
        assertThat(store.person(PersonKey.of(user(9)))).as("a page prepared but never accepted").isEmpty();
    }

    @Test
    void closedStoreRefusesWork() {
        store.close();

        assertThatThrownBy(() -> store.people()).isInstanceOf(StoreException.class);
    }

    static ContactRecord user(int i) {
        return InventedPeople.directoryUser(i);
    }

    static ContactRecord contact(SourceId source, String key, String name, String email, String phone) {
        List<PhoneNumber> phones = phone == null ? List.of()
                : List.of(new PhoneNumber(PhoneType.MOBILE, phone, phone.replace(" ", ""), null));
        return new ContactRecord(source, key, null, null, name, null, null, "Fabrikam Beispiel AG", null, null, null,
                email == null ? List.of() : List.of(email), phones, null);
    }

    private static ContactRecord colleague(String key, String oid, String name) {
        List<PhoneNumber> switchboard = List.of(new PhoneNumber(PhoneType.BUSINESS, "+49 89 7104 0", "+498971040",
                null));
        return new ContactRecord(USERS, key, oid, null, name, null, null, "Contoso Beispiel GmbH", null, null, null,
                List.of(), switchboard, Instant.parse("2026-01-01T00:00:00Z"));
    }

    private static ContactRecord withKey(ContactRecord r, String key) {
        return new ContactRecord(r.source(), key, r.entraObjectId(), r.userPrincipalName(), r.displayName(),
                r.givenName(), r.familyName(), r.company(), r.department(), r.jobTitle(), r.office(), r.emails(),
                r.phones(), r.lastModified());
    }

    private static ChangePage page(List<ContactRecord> upserts, List<String> removed, List<String> hidden,
            DeltaCursor cursor, boolean fullStart) {
        return new ChangePage(USERS, upserts, removed, hidden, cursor, fullStart);
    }

    private static DeltaCursor cursor(String value, boolean complete) {
        return new DeltaCursor(value, complete);
    }
}
