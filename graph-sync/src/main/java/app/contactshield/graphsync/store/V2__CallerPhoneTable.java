package app.contactshield.graphsync.store;

import app.contactshield.graphsync.model.ContactRecord;
import app.contactshield.graphsync.model.SourceId;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Schema version 2: adds the narrow {@code caller_phone} table ({@link CallerPhoneTable}) and fills it from the
 * records already stored, decoding each body once. The name follows Flyway's versioned-migration convention.
 * Flyway runs it on the thread that opens the store, inside the migration's transaction.
 */
final class V2__CallerPhoneTable extends BaseJavaMigration {
    private static final int BATCH = 1_000;

    @Override
    public void migrate(Context context) throws SQLException, StoreException {
        Connection db = context.getConnection();
        try (Statement ddl = db.createStatement()) {
            ddl.execute("CREATE TABLE caller_phone (id BIGINT PRIMARY KEY, person_key VARCHAR(1100) NOT NULL, "
                    + "source VARCHAR(200) NOT NULL, phones VARCHAR(4000) NOT NULL, display_name VARCHAR(100000), "
                    + "company VARCHAR(100000), job_title VARCHAR(100000))");
        }
        try (PreparedStatement select = db.prepareStatement("SELECT id, person_key, source, source_key, phones, body "
                + "FROM contact_record WHERE NOT hidden AND phones IS NOT NULL");
                PreparedStatement insert = CallerPhoneTable.prepareInsert(db);
                ResultSet rs = select.executeQuery()) {
            int pending = 0;
            while (rs.next()) {
                ContactRecord record = RecordCodec.decode(new SourceId(rs.getString(3)), rs.getString(4),
                        rs.getBytes(6));
                CallerPhoneTable.bind(insert, rs.getLong(1), rs.getString(2), record, rs.getString(5));
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
