package app.contactshield.graphsync.store;

import static org.assertj.core.api.Assertions.assertThat;

import app.contactshield.graphsync.model.ContactRecord;
import app.contactshield.graphsync.sync.ChangePage;
import app.contactshield.graphsync.sync.DeltaCursor;
import app.contactshield.graphsync.testing.InventedPeople;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the store keeps in {@code store_meta} so that opening it reads nothing in proportion to its size: the counts
 * of the caller log and the watermark of the person references must always equal what the tables hold.
 */
class StoreMetaTest {
    private static final byte[] KEY = new byte[StoreOpener.KEY_BYTES];

    @TempDir
    Path dataDir;

    @Test
    void theCountsAndTheWatermarkFollowInsertsChangesAndRemovals() throws Exception {
        try (H2ContactStore store = StoreOpener.open(dataDir, KEY).store()) {
            for (ChangePage page : InventedPeople.fullRound(3_000, 999)) {
                store.accept(page);
            }
            List<ContactRecord> changed = new ArrayList<>();
            for (int i = 0; i < 300; i++) {
                ContactRecord user = InventedPeople.directoryUser(i);
                changed.add(new ContactRecord(user.source(), user.sourceKey(), user.entraObjectId(),
                        user.userPrincipalName(), user.displayName(), user.givenName(), user.familyName(),
                        "Fabrikam Beispiel AG", user.department(), user.jobTitle(), user.office(), user.emails(),
                        user.phones(), user.lastModified()));
            }
            store.accept(new ChangePage(changed.get(0).source(), changed, List.of("u-00000400", "u-00000401"),
                    List.of("u-00000402"), new DeltaCursor("delta-2", true), false));
            store.accept(new ChangePage(changed.get(0).source(), List.of(InventedPeople.directoryUser(5_000)),
                    List.of(), List.of(), new DeltaCursor("delta-3", false), false));
        }

        try (Connection db = org.h2.Driver.load().connect(StoreOpener.url(dataDir), OlderStores.credentials(KEY));
                Statement sql = db.createStatement()) {
            assertThat(meta(sql, "caller_chunk_entries")).isEqualTo(number(sql,
                    "SELECT SUM(entries) FROM caller_chunk"));
            assertThat(meta(sql, "caller_chunk_superseded")).isEqualTo(number(sql,
                    "SELECT SUM(supersedes) FROM caller_chunk")).isGreaterThan(0);
            assertThat(meta(sql, "person_ref_watermark")).as("the last id when the last round ended").isEqualTo(3_000)
                    .isLessThan(number(sql, "SELECT MAX(id) FROM record_key"));
            assertThat(number(sql, "SELECT COUNT(*) FROM person_ref")).isEqualTo(number(sql,
                    "SELECT COUNT(*) FROM record_key WHERE NOT hidden AND id <= (SELECT num FROM store_meta "
                            + "WHERE name = 'person_ref_watermark')"));
        }
    }

    private static long meta(Statement sql, String name) throws SQLException {
        return number(sql, "SELECT num FROM store_meta WHERE name = '" + name + "'");
    }

    private static long number(Statement sql, String query) throws SQLException {
        try (ResultSet rs = sql.executeQuery(query)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
