package app.contactshield.graphsync.store;

import app.contactshield.graphsync.model.ContactRecord;
import app.contactshield.graphsync.model.PersonKey;
import app.contactshield.graphsync.model.PhoneType;
import app.contactshield.graphsync.model.SourceId;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;

/**
 * The narrow {@code caller_phone} table: one row per visible source record that holds a number able to identify a
 * caller, with the record's person key, source, numbers and the three fields a caller-ID screen shows. It lets the
 * caller index be built without reading or decoding the record bodies. Not thread-safe: writes run on the store's
 * write connection under its write lock, reads on the read connection under its read lock.
 */
final class CallerPhoneTable {
    private static final PhoneType[] TYPES = PhoneType.values();
    private static final String MERGE = "MERGE INTO caller_phone (id, person_key, source, phones, display_name, "
            + "company, job_title) KEY (id) VALUES (?, ?, ?, ?, ?, ?, ?)";
    private static final String INSERT = "INSERT INTO caller_phone (id, person_key, source, phones, display_name, "
            + "company, job_title) VALUES (?, ?, ?, ?, ?, ?, ?)";
    private static final String WITH_CARD = "SELECT person_key, source, phones, display_name, company, job_title "
            + "FROM caller_phone";
    private static final String WITHOUT_CARD = "SELECT person_key, source, phones FROM caller_phone";

    private CallerPhoneTable() {
    }

    /** One row to write: the record under its current person key, with its encoded numbers (or none). */
    record Row(long id, String personKey, ContactRecord record, String phones, boolean isNew) {
    }

    /** Writes (or, when a record holds no callable number any more, removes) the rows of upserted records. */
    static void upsert(Connection db, List<Row> rows) throws SQLException {
        try (PreparedStatement insert = db.prepareStatement(INSERT);
                PreparedStatement merge = db.prepareStatement(MERGE);
                PreparedStatement delete = db.prepareStatement("DELETE FROM caller_phone WHERE id = ?")) {
            for (Row row : rows) {
                if (row.phones() != null) {
                    PreparedStatement target = row.isNew() ? insert : merge;
                    bind(target, row.id(), row.personKey(), row.record(), row.phones());
                    target.addBatch();
                } else if (!row.isNew()) {
                    delete.setLong(1, row.id());
                    delete.addBatch();
                }
            }
            insert.executeBatch();
            merge.executeBatch();
            delete.executeBatch();
        }
    }

    /** Binds one row to an insert or merge statement (also used by the migration that fills the table). */
    static void bind(PreparedStatement merge, long id, String personKey, ContactRecord record, String phones)
            throws SQLException {
        merge.setLong(1, id);
        merge.setString(2, personKey);
        merge.setString(3, record.source().value());
        merge.setString(4, phones);
        merge.setString(5, record.displayName());
        merge.setString(6, record.company());
        merge.setString(7, record.jobTitle());
    }

    /** The statement that inserts one row. */
    static PreparedStatement prepareInsert(Connection db) throws SQLException {
        return db.prepareStatement(INSERT);
    }

    /** Removes the rows of deleted or hidden records. */
    static void remove(Connection db, List<Long> ids) throws SQLException {
        if (ids.isEmpty()) {
            return;
        }
        try (PreparedStatement delete = db.prepareStatement("DELETE FROM caller_phone WHERE id = ?")) {
            for (Long id : ids) {
                delete.setLong(1, id);
                delete.addBatch();
            }
            delete.executeBatch();
        }
    }

    /** Moves rows to the person keys they now belong to. */
    static void rekey(Connection db, Map<Long, String> keys) throws SQLException {
        if (keys.isEmpty()) {
            return;
        }
        try (PreparedStatement update = db.prepareStatement("UPDATE caller_phone SET person_key = ? WHERE id = ?")) {
            for (Map.Entry<Long, String> e : keys.entrySet()) {
                update.setString(1, e.getValue());
                update.setLong(2, e.getKey());
                update.addBatch();
            }
            update.executeBatch();
        }
    }

    /**
     * Streams every number, once per record holding it, with or without the record's card. Reads a forward-only,
     * read-only result set of the narrow table; source ids are shared between rows.
     */
    static void stream(Connection db, boolean withCard, ContactStore.PhoneCardVisitor visitor) throws SQLException {
        try (PreparedStatement select = db.prepareStatement(withCard ? WITH_CARD : WITHOUT_CARD,
                ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY)) {
            select.setFetchSize(4096);
            try (ResultSet rs = select.executeQuery()) {
                String lastSource = null;
                SourceId source = null;
                while (rs.next()) {
                    PersonKey person = new PersonKey(rs.getString(1));
                    String sourceValue = rs.getString(2);
                    if (!sourceValue.equals(lastSource)) {
                        lastSource = sourceValue;
                        source = new SourceId(sourceValue);
                    }
                    String phones = rs.getString(3);
                    String name = withCard ? rs.getString(4) : null;
                    String company = withCard ? rs.getString(5) : null;
                    String title = withCard ? rs.getString(6) : null;
                    visitEach(phones, person, source, name, company, title, visitor);
                }
            }
        }
    }

    private static void visitEach(String phones, PersonKey person, SourceId source, String name, String company,
            String title, ContactStore.PhoneCardVisitor visitor) {
        int start = 0;
        while (start < phones.length()) {
            int end = phones.indexOf(';', start);
            if (end < 0) {
                end = phones.length();
            }
            visitor.visit(person, phones.substring(start + 1, end), TYPES[phones.charAt(start) - '0'], source, name,
                    company, title);
            start = end + 1;
        }
    }
}
