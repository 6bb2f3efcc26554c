package app.contactshield.graphsync.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Schema version 3: moves what the identity graph needs of each record (person key, raw key, hidden flag,
 * generation, token hashes) out of {@code contact_record} into the narrow {@code record_key} table, with a 64-bit
 * hash of the source key and a 32-bit hash of the person key. Re-keying a record then rewrites a row of about a
 * hundred bytes instead of the row that also holds its body, and the graph loads without reading a single body. The
 * two indexes whose keys are random (person key, and source with source key) made every committed page rewrite
 * nearly all their pages; the person index now holds the small hash, and the source-key index is gone: the writer
 * finds stored records through the source-key hashes the identity graph holds. The name follows Flyway's
 * versioned-migration convention. Flyway runs it on the thread that opens the store, inside the migration's
 * transaction.
 */
final class V3__RecordKeys extends BaseJavaMigration {
    /** The narrow table's definition. */
    static final String CREATE_TABLE = "CREATE TABLE record_key (id BIGINT PRIMARY KEY, "
            + "source VARCHAR(200) NOT NULL, key_hash BIGINT NOT NULL, person_hash INT NOT NULL, "
            + "person_key VARCHAR(1100) NOT NULL, "
            + "raw_key VARCHAR(1100), hidden BOOLEAN NOT NULL, generation INT NOT NULL, tokens VARBINARY(8000))";
    private static final int BATCH = 1000;

    @Override
    public void migrate(Context context) throws SQLException {
        Connection db = context.getConnection();
        try (Statement ddl = db.createStatement()) {
            ddl.execute(CREATE_TABLE);
        }
        copyKeys(db);
        try (Statement ddl = db.createStatement()) {
            ddl.execute("DROP INDEX contact_record_person");
            ddl.execute("ALTER TABLE contact_record DROP CONSTRAINT contact_record_source_key");
            ddl.execute("ALTER TABLE contact_record DROP COLUMN person_key, raw_key, hidden, generation, tokens");
            ddl.execute("CREATE INDEX record_key_person ON record_key (person_hash)");
        }
    }

    private static void copyKeys(Connection db) throws SQLException {
        try (PreparedStatement select = db.prepareStatement("SELECT id, source, source_key, person_key, raw_key, "
                + "hidden, generation, tokens FROM contact_record ORDER BY id");
                PreparedStatement insert = db.prepareStatement("INSERT INTO record_key (id, source, key_hash, "
                        + "person_hash, person_key, raw_key, hidden, generation, tokens) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
                ResultSet rs = select.executeQuery()) {
            int pending = 0;
            while (rs.next()) {
                insert.setLong(1, rs.getLong(1));
                insert.setString(2, rs.getString(2));
                insert.setLong(3, RecordRows.keyHash(rs.getString(3)));
                insert.setInt(4, RecordRows.personHash(rs.getString(4)));
                insert.setString(5, rs.getString(4));
                insert.setString(6, rs.getString(5));
                insert.setBoolean(7, rs.getBoolean(6));
                insert.setInt(8, rs.getInt(7));
                insert.setBytes(9, rs.getBytes(8));
                insert.addBatch();
                if (++pending == BATCH) {
                    insert.executeBatch();
                    pending = 0;
                }
            }
            insert.executeBatch();
        }
    }
}
