package app.contactshield.graphsync.store;

import static org.assertj.core.api.Assertions.assertThat;

import app.contactshield.graphsync.model.ContactRecord;
import app.contactshield.graphsync.model.Person;
import app.contactshield.graphsync.model.PersonKey;
import app.contactshield.graphsync.model.PhoneNumber;
import app.contactshield.graphsync.model.PhoneType;
import app.contactshield.graphsync.model.SourceId;
import app.contactshield.graphsync.sync.ChangePage;
import app.contactshield.graphsync.sync.DeltaCursor;
import app.contactshield.graphsync.testing.InventedPeople;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The caller-ID view of the store: {@code forEachPhone} and {@code forEachPhoneCard} over the caller chunk log. */
class CallerPhoneStreamTest {
    private static final SourceId USERS = SourceId.GRAPH_USERS;
    private static final byte[] KEY = new byte[32];

    @TempDir
    Path dataDir;

    @Test
    void everyNumberComesWithTheNameCompanyAndTitleOfItsRecord() throws StoreException {
        try (H2ContactStore store = StoreOpener.open(dataDir, KEY).store()) {
            store.accept(page(List.of(user(1)), List.of(), List.of(), "d1", true));

            List<String> entries = cards(store);

            assertThat(entries).containsExactlyInAnyOrder(
                    "+498971040001/BUSINESS/graph.users/Bruno Beispiel1/Contoso Beispiel GmbH/Referent",
                    "+4915110000001/MOBILE/graph.users/Bruno Beispiel1/Contoso Beispiel GmbH/Referent");
        }
    }

    @Test
    void changedHiddenAndRemovedRecordsChangeWhatIsStreamed() throws StoreException {
        try (H2ContactStore store = StoreOpener.open(dataDir, KEY).store()) {
            store.accept(page(List.of(user(1), user(2), user(3)), List.of(), List.of(), "d1", true));

            store.accept(page(List.of(renamed(user(1), "Bruno Umbenannt")), List.of(user(2).sourceKey()),
                    List.of(user(3).sourceKey()), "d2", false));

            assertThat(cards(store)).hasSize(2).allMatch(e -> e.contains("/Bruno Umbenannt/"));
            store.accept(page(List.of(user(3)), List.of(), List.of(), "d3", false));
            assertThat(cards(store)).hasSize(4);
        }
    }

    @Test
    void aRecordThatLosesItsLastCallableNumberIsNoLongerStreamed() throws StoreException {
        try (H2ContactStore store = StoreOpener.open(dataDir, KEY).store()) {
            store.accept(page(List.of(user(1)), List.of(), List.of(), "d1", true));

            store.accept(page(List.of(withPhones(user(1), List.of(PhoneNumber.unnormalised(PhoneType.OTHER,
                    "ask reception")))), List.of(), List.of(), "d2", false));

            assertThat(cards(store)).isEmpty();
            assertThat(store.people()).hasSize(1);
        }
    }

    @Test
    void numbersFollowTheirPersonWhenRecordsMergeAndSplit() throws StoreException {
        ContactRecord outlook = new ContactRecord(SourceId.GRAPH_OUTLOOK, "c-5", null, null, "Spitzname", null, null,
                null, null, null, null, user(5).emails(), List.of(new PhoneNumber(PhoneType.HOME, "+49 30 5550005",
                        "+49305550005", null)), null);
        try (H2ContactStore store = StoreOpener.open(dataDir, KEY).store()) {
            store.accept(new ChangePage(SourceId.GRAPH_OUTLOOK, List.of(outlook), List.of(), List.of(),
                    new DeltaCursor("o1", true), true));

            store.accept(page(List.of(user(5)), List.of(), List.of(), "d1", true));

            assertThat(owners(store)).containsOnly(PersonKey.of(user(5)).value()).hasSize(3);
            store.accept(page(List.of(), List.of(user(5).sourceKey()), List.of(), "d2", false));
            assertThat(owners(store)).containsExactly(PersonKey.of(outlook).value());
        }
    }

    @Test
    void theChunkLogStreamsWhatTheFullPeopleSay() throws StoreException {
        try (H2ContactStore store = StoreOpener.open(dataDir, KEY).store()) {
            for (ChangePage page : InventedPeople.fullRound(500, 99)) {
                store.accept(page);
            }
            ContactStore slowPath = peopleOnly(store.people());

            assertThat(cards(store)).hasSize(1_000).containsExactlyInAnyOrderElementsOf(cards(slowPath));
        }
    }

    @Test
    void aStoreWrittenBeforeTheChunkLogIsFilledFromItsRecordsOnOpen() throws Exception {
        OlderStores.version1(dataDir, KEY, List.of(user(1), user(2)), "d1");

        try (H2ContactStore store = StoreOpener.open(dataDir, KEY).store()) {

            assertThat(cards(store)).hasSize(4).anyMatch(e -> e.contains("/Bruno Beispiel1/"));
        }
    }

    private static List<String> cards(ContactStore store) throws StoreException {
        List<String> entries = new ArrayList<>();
        store.forEachPhoneCard((person, e164, type, source, name, company, title) ->
                entries.add(e164 + "/" + type + "/" + source.value() + "/" + name + "/" + company + "/" + title));
        return entries;
    }

    private static List<String> owners(ContactStore store) throws StoreException {
        List<String> keys = new ArrayList<>();
        store.forEachPhone((person, e164, type, source) -> keys.add(person.value()));
        return keys;
    }

    private static ContactRecord user(int i) {
        return InventedPeople.directoryUser(i);
    }

    private static ContactRecord renamed(ContactRecord r, String name) {
        return new ContactRecord(r.source(), r.sourceKey(), r.entraObjectId(), r.userPrincipalName(), name,
                r.givenName(), r.familyName(), r.company(), r.department(), r.jobTitle(), r.office(), r.emails(),
                r.phones(), r.lastModified());
    }

    private static ContactRecord withPhones(ContactRecord r, List<PhoneNumber> phones) {
        return new ContactRecord(r.source(), r.sourceKey(), r.entraObjectId(), r.userPrincipalName(),
                r.displayName(), r.givenName(), r.familyName(), r.company(), r.department(), r.jobTitle(),
                r.office(), r.emails(), phones, r.lastModified());
    }

    private static ChangePage page(List<ContactRecord> upserts, List<String> removed, List<String> hidden,
            String cursor, boolean fullStart) {
        return new ChangePage(USERS, upserts, removed, hidden, new DeltaCursor(cursor, true), fullStart);
    }

    /** A store that answers only {@code people()}, so the interface's default path is what streams. */
    private static ContactStore peopleOnly(List<Person> people) {
        return (ContactStore) Proxy.newProxyInstance(ContactStore.class.getClassLoader(),
                new Class<?>[] {ContactStore.class}, (proxy, method, args) -> {
                    if (method.getName().equals("people")) {
                        return people;
                    }
                    if (method.isDefault()) {
                        return InvocationHandler.invokeDefault(proxy, method, args);
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }
}
