package app.contactshield.graphsync.store;

import app.contactshield.graphsync.consolidate.MatchTokens;
import app.contactshield.graphsync.model.ContactRecord;
import app.contactshield.graphsync.model.PersonKey;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Properties;
import org.flywaydb.core.Flyway;

/**
 * Writes stores as earlier versions of the app left them (schema version 1 or 2, one row per record holding its
 * person key, flags and body), so that tests can open them with the current code and see them migrated.
 */
final class OlderStores {
    private static final String USER = "contactshield";

    private OlderStores() {
    }

    /** A store at schema version 1 holding the records, each its own person, delivered by round 1 of a cursor. */
    static void version1(Path dataDir, byte[] key, List<ContactRecord> records, String cursor) throws Exception {
        StoreFiles.prepareDirectory(dataDir);
        flyway(dataDir, key, "1");
        try (Connection db = org.h2.Driver.load().connect(StoreOpener.url(dataDir), credentials(key))) {
            insertVersion1Rows(db, records);
            try (PreparedStatement merge = db.prepareStatement("INSERT INTO sync_cursor (source, cursor_value, "
                    + "round_complete, committed_at, generation, round_open) VALUES (?, ?, TRUE, ?, 1, FALSE)")) {
                merge.setString(1, records.get(0).source().value());
                merge.setString(2, cursor);
                merge.setTimestamp(3, Timestamp.from(Instant.parse("2026-01-01T00:00:00Z")));
                merge.executeUpdate();
            }
        }
    }

    /** As {@link #version1}, then migrated to schema version 2 (the caller chunk log) as that version did. */
    static void version2(Path dataDir, byte[] key, List<ContactRecord> records, String cursor) throws Exception {
        version1(dataDir, key, records, cursor);
        flyway(dataDir, key, "2");
    }

    private static void insertVersion1Rows(Connection db, List<ContactRecord> records) throws SQLException {
        try (PreparedStatement insert = db.prepareStatement("INSERT INTO contact_record (id, source, source_key, "
                + "person_key, raw_key, hidden, generation, tokens, phones, body) "
                + "VALUES (?, ?, ?, ?, NULL, FALSE, 1, ?, ?, ?)")) {
            long id = 1;
            for (ContactRecord record : records) {
                List<String> tokens = MatchTokens.of(record);
                ByteBuffer packed = ByteBuffer.allocate(tokens.size() * Long.BYTES);
                tokens.forEach(t -> packed.putLong(MatchTokens.hash(t)));
                insert.setLong(1, id++);
                insert.setString(2, record.source().value());
                insert.setString(3, record.sourceKey());
                insert.setString(4, PersonKey.of(record).value());
                insert.setBytes(5, packed.array());
                insert.setString(6, PageWriter.phones(record));
                insert.setBytes(7, RecordCodec.encode(record));
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    private static void flyway(Path dataDir, byte[] key, String target) {
        String hex = HexFormat.of().formatHex(key);
        Flyway.configure().dataSource(StoreOpener.url(dataDir), USER, hex + " " + hex)
                .locations("classpath:db/migration").javaMigrations(new V2__CallerChunks()).target(target).load()
                .migrate();
    }

    static Properties credentials(byte[] key) {
        String hex = HexFormat.of().formatHex(key);
        Properties credentials = new Properties();
        credentials.put("user", USER);
        credentials.put("password", hex + " " + hex);
        return credentials;
    }
}
