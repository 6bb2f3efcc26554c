package app.contactshield.graphsync.store;

import static org.assertj.core.api.Assertions.assertThat;

import app.contactshield.graphsync.store.CallerChunkCodec.Entry;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The caller chunk log on its own: newest entries win, tombstones hide, rewrites keep exactly the live entries. */
class CallerChunksTest {
    private Connection db;

    @BeforeEach
    void open() throws SQLException {
        db = org.h2.Driver.load().connect("jdbc:h2:mem:", new java.util.Properties());
        try (Statement ddl = db.createStatement()) {
            ddl.execute(CallerChunks.CREATE_TABLE);
        }
    }

    @AfterEach
    void close() throws SQLException {
        db.close();
    }

    @Test
    void theNewestEntryOfARecordWinsAndATombstoneHidesIt() throws SQLException {
        CallerChunks chunks = new CallerChunks(db);
        chunks.append(List.of(entry(1, "Ada", "1+4989100"), entry(2, "Bruno", "1+4989200"),
                entry(3, "Carla", "1+4989300")), 0);

        chunks.append(List.of(entry(1, "Ada Neu", "1+4989101;2+4915100"), Entry.tombstone(2)), 2);

        assertThat(streamed(db)).containsExactly("+4989101 Ada Neu", "+4915100 Ada Neu", "+4989300 Carla");
    }

    @Test
    void aLogThatIsMostlySupersededIsRewrittenWithTheLiveEntriesOnly() throws SQLException {
        CallerChunks chunks = new CallerChunks(db, 10);
        List<Entry> first = new ArrayList<>();
        for (int i = 1; i <= 3_000; i++) {
            first.add(entry(i, "P" + i, "1+49891" + i));
        }
        chunks.append(first, 0);
        List<String> before = streamed(db);

        for (int round = 0; round < 3; round++) {
            List<Entry> again = new ArrayList<>();
            for (int i = 1; i <= 2_000; i++) {
                again.add(i == 7 ? Entry.tombstone(7) : entry(i, "P" + i, "1+49891" + i));
            }
            chunks.append(again, again.size());
        }

        assertThat(storedEntries()).as("entries kept: the live ones and at most the round after the rewrite")
                .isLessThanOrEqualTo(2_999 + 2_000);
        List<String> expected = new ArrayList<>(before);
        expected.remove("+498917 P7");
        assertThat(streamed(db)).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(new CallerChunks(db, 10)).satisfies(reopened -> assertThat(streamed(db)).hasSize(2_999));
    }

    @Test
    void aMoveGivesTheOlderEntryItsNewPersonKeyUntilANewerEntryOrTombstoneReplacesIt() throws SQLException {
        CallerChunks chunks = new CallerChunks(db);
        chunks.append(List.of(entry(1, "Ada", "1+4989100"), entry(2, "Bruno", "1+4989200"),
                entry(3, "Carla", "1+4989300")), 0);

        chunks.append(List.of(Entry.move(1, "oid:9"), Entry.move(2, "oid:9"), Entry.move(3, "oid:8")), 3);
        chunks.append(List.of(Entry.move(1, "oid:7"), entry(2, "Bruno Neu", "1+4989201"), Entry.tombstone(3)), 3);

        assertThat(streamedWithPerson(db)).containsExactlyInAnyOrder("+4989100 Ada oid:7",
                "+4989201 Bruno Neu oid:2");
    }

    @Test
    void aRewriteFoldsMovesIntoTheEntriesTheyApplyTo() throws SQLException {
        CallerChunks chunks = new CallerChunks(db, 1);
        chunks.append(List.of(entry(1, "Ada", "1+4989100"), entry(2, "Bruno", "1+4989200")), 0);
        chunks.append(List.of(Entry.move(1, "oid:2"), Entry.move(4, "oid:2")), 2);

        chunks.compact();

        assertThat(storedEntries()).isEqualTo(2);
        assertThat(streamedWithPerson(db)).containsExactlyInAnyOrder("+4989100 Ada oid:2", "+4989200 Bruno oid:2");
    }

    @Test
    void sharedValuesAndMissingFieldsSurviveTheRoundTrip() throws SQLException {
        new CallerChunks(db).append(List.of(new Entry(5, "oid:5", "graph.users", "0+4989555", null, null, null),
                new Entry(6, "oid:6", "graph.outlook", "1+4989666", "Elif", "Contoso", "Referentin"),
                new Entry(8, "oid:8", "graph.outlook", "1+4989888", "Fynn", "Contoso", "Referentin")), 0);
        TreeMap<String, String> seen = new TreeMap<>();

        CallerChunks.stream(db, (person, e164, type, source, name, company, title) ->
                seen.put(e164, person.value() + "|" + type + "|" + source.value() + "|" + name + "|" + company + "|"
                        + title));

        assertThat(seen).containsExactly(
                java.util.Map.entry("+4989555", "oid:5|BUSINESS|graph.users|null|null|null"),
                java.util.Map.entry("+4989666", "oid:6|MOBILE|graph.outlook|Elif|Contoso|Referentin"),
                java.util.Map.entry("+4989888", "oid:8|MOBILE|graph.outlook|Fynn|Contoso|Referentin"));
    }

    private long storedEntries() throws SQLException {
        try (PreparedStatement count = db.prepareStatement("SELECT SUM(entries) FROM caller_chunk");
                ResultSet rs = count.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static Entry entry(long id, String name, String phones) {
        return new Entry(id, "oid:" + id, "graph.users", phones, name, "Contoso", null);
    }

    private static List<String> streamedWithPerson(Connection db) throws SQLException {
        List<String> out = new ArrayList<>();
        CallerChunks.stream(db, (person, e164, type, source, name, company, title) -> out.add(e164 + " " + name + " "
                + person.value()));
        return out;
    }

    private static List<String> streamed(Connection db) throws SQLException {
        List<String> out = new ArrayList<>();
        CallerChunks.stream(db, (person, e164, type, source, name, company, title) -> out.add(e164 + " " + name));
        return out;
    }
}
