package app.contactshield.graphsync.store;

import app.contactshield.graphsync.model.ContactRecord;
import app.contactshield.graphsync.store.CallerChunkCodec.Entry;
import com.carrotsearch.hppc.LongObjectHashMap;
import com.carrotsearch.hppc.cursors.LongObjectCursor;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@code caller_chunk} table: an append-only log of the caller-ID view of every record, a few large rows instead
 * of one row per record, so that the caller index streams a million people without a million row reads. Each
 * committed page appends the entries of the records it wrote, removed, hid or moved to another person; a scan reads
 * the chunks newest first and keeps the first entry it meets per record, with the person key of a newer move where
 * there is one. When superseded entries outnumber the live
 * ones the log is rewritten with live entries only, inside the committing transaction. Not thread-safe: writes run
 * under the store's write lock on its write connection; {@link #stream} runs on the read connection.
 */
final class CallerChunks {
    /** Entries per chunk row. */
    static final int CHUNK_ENTRIES = 1024;
    /** The table's definition (schema version 2). */
    static final String CREATE_TABLE = "CREATE TABLE caller_chunk (id BIGINT PRIMARY KEY, entries INT NOT NULL, "
            + "supersedes INT NOT NULL, body VARBINARY(1000000000) NOT NULL)";
    /** Superseded entries tolerated before a rewrite is considered at all. */
    static final long MIN_GARBAGE = 50_000;

    private static final String TOTAL = "caller_chunk_entries";
    private static final String GARBAGE = "caller_chunk_superseded";

    private final Connection db;
    private final long minGarbage;
    private final boolean countersInMeta;
    private long lastChunkId;
    private long total;
    private long garbage;

    CallerChunks(Connection db) throws SQLException {
        this(db, MIN_GARBAGE, false);
    }

    /** A log that considers a rewrite once more than {@code minGarbage} entries are superseded. */
    CallerChunks(Connection db, long minGarbage) throws SQLException {
        this(db, minGarbage, false);
    }

    /**
     * As {@link #CallerChunks(Connection, long)}.
     *
     * @param countersInMeta whether the counts of entries and of superseded entries are kept in {@code store_meta}
     *                       (schema version 5) and written with each append, so that opening the store does not read
     *                       every chunk to add them up
     */
    CallerChunks(Connection db, long minGarbage, boolean countersInMeta) throws SQLException {
        this.db = db;
        this.minGarbage = minGarbage;
        this.countersInMeta = countersInMeta;
        reload();
    }

    /** Re-reads the counters, for example after a rolled-back page. */
    void reload() throws SQLException {
        if (countersInMeta && readCounters()) {
            return;
        }
        try (PreparedStatement select = db.prepareStatement("SELECT COALESCE(MAX(id), 0), COALESCE(SUM(entries), 0), "
                + "COALESCE(SUM(supersedes), 0) FROM caller_chunk");
                ResultSet rs = select.executeQuery()) {
            rs.next();
            lastChunkId = rs.getLong(1);
            total = rs.getLong(2);
            garbage = rs.getLong(3);
        }
    }

    private boolean readCounters() throws SQLException {
        Long entries = null;
        Long superseded = null;
        try (PreparedStatement select = db.prepareStatement("SELECT name, num FROM store_meta WHERE name IN (?, ?)")) {
            select.setString(1, TOTAL);
            select.setString(2, GARBAGE);
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    if (TOTAL.equals(rs.getString(1))) {
                        entries = rs.getLong(2);
                    } else {
                        superseded = rs.getLong(2);
                    }
                }
            }
        }
        if (entries == null || superseded == null) {
            return false;
        }
        try (PreparedStatement last = db.prepareStatement("SELECT id FROM caller_chunk ORDER BY id DESC LIMIT 1");
                ResultSet rs = last.executeQuery()) {
            lastChunkId = rs.next() ? rs.getLong(1) : 0;
        }
        total = entries;
        garbage = superseded;
        return true;
    }

    private void writeCounters() throws SQLException {
        if (!countersInMeta) {
            return;
        }
        try (PreparedStatement merge = db.prepareStatement("MERGE INTO store_meta (name, num) KEY (name) "
                + "VALUES (?, ?)")) {
            merge.setString(1, TOTAL);
            merge.setLong(2, total);
            merge.addBatch();
            merge.setString(1, GARBAGE);
            merge.setLong(2, garbage);
            merge.addBatch();
            merge.executeBatch();
        }
    }

    /**
     * Appends one page's entries in the current transaction, then rewrites the log when it is mostly garbage.
     *
     * @param entries     the entries, each record at most once
     * @param superseding how many of them replace an entry written before
     */
    void append(List<Entry> entries, int superseding) throws SQLException {
        garbage += superseding;
        if (!entries.isEmpty()) {
            insertAll(entries, superseding);
        }
        if (garbage > Math.max(minGarbage, total - garbage)) {
            compact();
        }
        if (!entries.isEmpty() || superseding > 0) {
            writeCounters();
        }
    }

    private void insertAll(List<Entry> entries, int superseding) throws SQLException {
        try (PreparedStatement insert = prepareInsert(db)) {
            CallerChunkCodec.Writer writer = new CallerChunkCodec.Writer();
            int written = 0;
            for (Entry entry : entries) {
                writer.add(entry);
                if (writer.count() == CHUNK_ENTRIES) {
                    addChunk(insert, writer, written == 0 ? superseding : 0);
                    written++;
                    writer = new CallerChunkCodec.Writer();
                }
            }
            if (writer.count() > 0) {
                addChunk(insert, writer, written == 0 ? superseding : 0);
            }
            insert.executeBatch();
        }
        total += entries.size();
    }

    /** Rewrites the log with the live entries only. */
    void compact() throws SQLException {
        long newest = lastChunkId;
        List<Long> ids = chunkIds(db);
        CallerChunkCodec.Seen seen = new CallerChunkCodec.Seen();
        long live = 0;
        try (PreparedStatement insert = prepareInsert(db);
                PreparedStatement body = db.prepareStatement("SELECT body FROM caller_chunk WHERE id = ?")) {
            CallerChunkCodec.Writer[] writer = {new CallerChunkCodec.Writer()};
            for (int i = ids.size() - 1; i >= 0; i--) {
                CallerChunkCodec.read(body(body, ids.get(i)), seen, (id, person, source, phones, name, company,
                        title) -> writer[0].add(new Entry(id, person.value(), source.value(), phones, name, company,
                        title)));
                if (writer[0].count() >= CHUNK_ENTRIES) {
                    live += writer[0].count();
                    addChunk(insert, writer[0], 0);
                    insert.executeBatch();
                    writer[0] = new CallerChunkCodec.Writer();
                }
            }
            live += writer[0].count();
            if (writer[0].count() > 0) {
                addChunk(insert, writer[0], 0);
            }
            insert.executeBatch();
        }
        try (PreparedStatement delete = db.prepareStatement("DELETE FROM caller_chunk WHERE id <= ?")) {
            delete.setLong(1, newest);
            delete.executeUpdate();
        }
        total = live;
        garbage = 0;
    }

    /**
     * Streams every live entry's numbers, newest chunk first, to the visitor. Reads one chunk row at a time.
     */
    static void stream(Connection db, ContactStore.PhoneCardVisitor visitor) throws SQLException {
        stream(db, true, visitor);
    }

    /** As {@link #stream(Connection, ContactStore.PhoneCardVisitor)}; without {@code names} the name is null. */
    static void stream(Connection db, boolean names, ContactStore.PhoneCardVisitor visitor) throws SQLException {
        List<Long> ids = chunkIds(db);
        CallerChunkCodec.Seen seen = new CallerChunkCodec.Seen();
        try (PreparedStatement body = db.prepareStatement("SELECT body FROM caller_chunk WHERE id = ?")) {
            for (int i = ids.size() - 1; i >= 0; i--) {
                CallerChunkCodec.read(body(body, ids.get(i)), seen, names, (id, person, source, phones, name,
                        company, title) -> CallerChunkCodec.visitPhones(phones, person, source, name, company, title,
                        visitor));
            }
        }
    }

    /**
     * Adds the entry of an upserted record: its view when it has a callable number, else a tombstone when it may
     * have had one before. Returns 1 when the entry replaces an earlier one.
     */
    static int upserted(long id, String personKey, ContactRecord record, String phones, boolean isNew,
            List<Entry> entries) {
        if (phones != null) {
            entries.add(new Entry(id, personKey, record.source().value(), phones, record.displayName(),
                    record.company(), record.jobTitle()));
        } else if (!isNew) {
            entries.add(Entry.tombstone(id));
        }
        return isNew ? 0 : 1;
    }

    /** Adds tombstones for deleted or hidden records; returns how many. */
    static int tombstones(List<Long> ids, List<Entry> entries) {
        for (Long id : ids) {
            entries.add(Entry.tombstone(id));
        }
        return ids.size();
    }

    /**
     * Adds a move for each record that a merge or split gave another person without the page writing it; the record
     * is not read, its older entry keeps the numbers and the card. Returns how many.
     */
    static int moved(LongObjectHashMap<String> personKeys, List<Entry> entries) {
        for (LongObjectCursor<String> moved : personKeys) {
            entries.add(Entry.move(moved.key, moved.value));
        }
        return personKeys.size();
    }

    /** The statement that inserts one chunk row (also used by the migration that fills the table). */
    static PreparedStatement prepareInsert(Connection db) throws SQLException {
        return db.prepareStatement("INSERT INTO caller_chunk (id, entries, supersedes, body) VALUES (?, ?, ?, ?)");
    }

    private void addChunk(PreparedStatement insert, CallerChunkCodec.Writer writer, int supersedes)
            throws SQLException {
        insert.setLong(1, ++lastChunkId);
        insert.setInt(2, writer.count());
        insert.setInt(3, supersedes);
        insert.setBytes(4, writer.bytes());
        insert.addBatch();
    }

    private static List<Long> chunkIds(Connection db) throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (PreparedStatement select = db.prepareStatement("SELECT id FROM caller_chunk ORDER BY id");
                ResultSet rs = select.executeQuery()) {
            while (rs.next()) {
                ids.add(rs.getLong(1));
            }
        }
        return ids;
    }

    private static byte[] body(PreparedStatement select, long id) throws SQLException {
        select.setLong(1, id);
        try (ResultSet rs = select.executeQuery()) {
            rs.next();
            return rs.getBytes(1);
        }
    }
}
