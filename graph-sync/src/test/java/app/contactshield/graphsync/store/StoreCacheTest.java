package app.contactshield.graphsync.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.contactshield.graphsync.model.ContactRecord;
import app.contactshield.graphsync.model.PersonKey;
import app.contactshield.graphsync.model.PhoneNumber;
import app.contactshield.graphsync.model.PhoneType;
import app.contactshield.graphsync.model.SourceId;
import app.contactshield.graphsync.sync.ChangePage;
import app.contactshield.graphsync.sync.DeltaCursor;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The store's page cache size and its cheap record count, which the desktop app's start relies on. */
class StoreCacheTest {
    @TempDir
    Path dataDir;

    private final byte[] key = new byte[32];
    private H2ContactStore store;

    @BeforeEach
    void open() throws StoreException {
        key[0] = 9;
        store = StoreOpener.open(dataDir, key).store();
    }

    @AfterEach
    void close() {
        store.close();
    }

    private static ChangePage page(int from, int to, List<String> removed) {
        List<ContactRecord> records = new ArrayList<>();
        for (int i = from; i < to; i++) {
            String mobile = "+49151" + (20_000_000 + i);
            records.add(new ContactRecord(SourceId.GRAPH_USERS, "u" + i, "oid-" + i, null, "Ada Beispiel " + i,
                    "Ada", "Beispiel " + i, "Contoso", "Sales", "Account Manager", null,
                    List.of("ada" + i + "@contoso.example"), List.of(new PhoneNumber(PhoneType.MOBILE, mobile, mobile,
                    null)), Instant.EPOCH));
        }
        return new ChangePage(SourceId.GRAPH_USERS, records, removed, List.of(), new DeltaCursor("c" + to, true),
                from == 0);
    }

    @Test
    void opensWithTheCacheASyncNeedsAndLetsTheAppShrinkAndRaiseIt() throws StoreException {
        store.accept(page(0, 500, List.of()));
        assertThat(store.cacheSize()).isEqualTo(StoreOpener.WRITE_CACHE_KB);

        store.useCacheSize(4_096);

        assertThat(store.cacheSize()).isEqualTo(4_096);
        assertThat(store.person(new PersonKey("oid:oid-42"))).map(person -> person.displayName())
                .contains("Ada Beispiel 42");
        store.accept(page(500, 800, List.of()));
        assertThat(store.recordCounts()).containsEntry(SourceId.GRAPH_USERS, 800);
        store.useCacheSize(StoreOpener.WRITE_CACHE_KB);
        assertThat(store.cacheSize()).isEqualTo(StoreOpener.WRITE_CACHE_KB);
    }

    @Test
    void refusesACacheTooSmallToHoldAPageAndNamesTheLimit() {
        assertThatThrownBy(() -> store.useCacheSize(100)).isInstanceOf(StoreException.class)
                .hasMessageContaining("1024 KB").hasMessageContaining("100 KB");
    }

    @Test
    void estimatesTheRecordsWithoutReadingThemAndNeverBelowWhatPeopleHold() throws StoreException {
        store.accept(page(0, 300, List.of()));
        store.accept(page(300, 320, List.of("u7", "u8")));

        int estimate = store.recordEstimate();
        int[] held = {0};
        store.forEachPerson(person -> held[0] += person.records().size());

        assertThat(held[0]).isEqualTo(318);
        assertThat(estimate).isBetween(318, 320);
    }
}
