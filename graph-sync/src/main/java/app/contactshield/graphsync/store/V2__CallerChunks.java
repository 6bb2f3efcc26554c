package app.contactshield.graphsync.store;

import app.contactshield.graphsync.model.ContactRecord;
import app.contactshield.graphsync.model.SourceId;
import app.contactshield.graphsync.store.CallerChunkCodec.Entry;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Schema version 2: adds the {@code caller_chunk} log ({@link CallerChunks}) and fills it from the records already
 * stored, decoding each body once. The name follows Flyway's versioned-migration convention. Flyway runs it on the
 * thread that opens the store, inside the migration's transaction.
 */
final class V2__CallerChunks extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws SQLException, StoreException {
        Connection db = context.getConnection();
        try (Statement ddl = db.createStatement()) {
            ddl.execute(CallerChunks.CREATE_TABLE);
        }
        CallerChunks chunks = new CallerChunks(db);
        List<Entry> batch = new ArrayList<>(CallerChunks.CHUNK_ENTRIES);
        try (PreparedStatement select = db.prepareStatement("SELECT id, person_key, source, source_key, phones, body "
                + "FROM contact_record WHERE NOT hidden AND phones IS NOT NULL");
                ResultSet rs = select.executeQuery()) {
            while (rs.next()) {
                ContactRecord record = RecordCodec.decode(new SourceId(rs.getString(3)), rs.getString(4),
                        rs.getBytes(6));
                batch.add(new Entry(rs.getLong(1), rs.getString(2), record.source().value(), rs.getString(5),
                        record.displayName(), record.company(), record.jobTitle()));
                if (batch.size() == CallerChunks.CHUNK_ENTRIES) {
                    chunks.append(batch, 0);
                    batch.clear();
                }
            }
        }
        chunks.append(batch, 0);
    }
}
