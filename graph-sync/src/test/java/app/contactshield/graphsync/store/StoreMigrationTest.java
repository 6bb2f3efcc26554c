package app.contactshield.graphsync.store;

import static org.assertj.core.api.Assertions.assertThat;

import app.contactshield.graphsync.model.ContactRecord;
import app.contactshield.graphsync.model.Person;
import app.contactshield.graphsync.model.PersonKey;
import app.contactshield.graphsync.model.SourceId;
import app.contactshield.graphsync.sync.ChangePage;
import app.contactshield.graphsync.sync.DeltaCursor;
import app.contactshield.graphsync.testing.InventedPeople;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A store written by an earlier version opens with its people, numbers, cursor and local data, and syncs on. */
class StoreMigrationTest {
    private static final byte[] KEY = new byte[32];

    @TempDir
    Path dataDir;

    @Test
    void aVersion2StoreOpensWithEveryPersonNumberAndCursor() throws Exception {
        OlderStores.version2(dataDir, KEY, users(1, 2, 3), "delta-1");

        try (H2ContactStore store = StoreOpener.open(dataDir, KEY).store()) {

            assertThat(store.people()).extracting(Person::displayName)
                    .containsExactly("Bruno Beispiel1", "Carla Beispiel2", "Dario Beispiel3");
            assertThat(store.person(PersonKey.of(user(2)))).map(Person::displayName).contains("Carla Beispiel2");
            assertThat(store.recordCounts()).isEqualTo(Map.of(SourceId.GRAPH_USERS, 3));
            assertThat(store.cursor(SourceId.GRAPH_USERS)).contains(new DeltaCursor("delta-1", true));
            assertThat(numbers(store)).hasSize(6).contains("+4915110000002");
        }
    }

    @Test
    void aMigratedStoreTakesADeltaThatChangesHidesAndRemovesRecords() throws Exception {
        OlderStores.version2(dataDir, KEY, users(1, 2, 3, 4), "delta-1");

        try (H2ContactStore store = StoreOpener.open(dataDir, KEY).store()) {
            store.accept(new ChangePage(SourceId.GRAPH_USERS, List.of(renamed(user(1)), user(5)),
                    List.of(user(2).sourceKey()), List.of(user(3).sourceKey()), new DeltaCursor("delta-2", true),
                    false));

            assertThat(store.people()).extracting(Person::displayName)
                    .containsExactly("Bruno Umbenannt", "Elif Beispiel4", "Fynn Beispiel5");
            assertThat(store.person(PersonKey.of(user(2)))).isEmpty();
            assertThat(numbers(store)).hasSize(6).doesNotContain("+4915110000002", "+4915110000003");
        }
    }

    @Test
    void aFullRoundOverAMigratedStoreRemovesWhatItDidNotDeliver() throws Exception {
        OlderStores.version1(dataDir, KEY, users(1, 2, 3), "delta-1");

        try (H2ContactStore store = StoreOpener.open(dataDir, KEY).store()) {
            store.accept(new ChangePage(SourceId.GRAPH_USERS, List.of(user(1), user(3)), List.of(), List.of(),
                    new DeltaCursor("delta-2", true), true));

            assertThat(store.people()).extracting(Person::displayName)
                    .containsExactly("Bruno Beispiel1", "Dario Beispiel3");
        }
        try (H2ContactStore reopened = StoreOpener.open(dataDir, KEY).store()) {
            assertThat(reopened.recordCounts()).isEqualTo(Map.of(SourceId.GRAPH_USERS, 2));
        }
    }

    private static List<ContactRecord> users(int... numbers) {
        List<ContactRecord> users = new ArrayList<>();
        for (int i : numbers) {
            users.add(user(i));
        }
        return users;
    }

    private static ContactRecord user(int i) {
        return InventedPeople.directoryUser(i);
    }

    private static ContactRecord renamed(ContactRecord r) {
        return new ContactRecord(r.source(), r.sourceKey(), r.entraObjectId(), r.userPrincipalName(),
                "Bruno Umbenannt", r.givenName(), r.familyName(), r.company(), r.department(), r.jobTitle(),
                r.office(), r.emails(), r.phones(), r.lastModified());
    }

    private static List<String> numbers(ContactStore store) throws StoreException {
        List<String> numbers = new ArrayList<>();
        store.forEachPhone((person, e164, type, source) -> numbers.add(e164));
        return numbers;
    }
}
