package app.contactshield.graphsync.store;

import app.contactshield.graphsync.consolidate.MatchTokens;
import app.contactshield.graphsync.model.ContactRecord;
import app.contactshield.graphsync.model.PersonKey;
import app.contactshield.graphsync.model.PhoneNumber;
import app.contactshield.graphsync.sync.ChangePage;
import app.contactshield.graphsync.sync.PageResult;
import java.nio.ByteBuffer;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Commits one {@link ChangePage} and its cursor in one transaction on the store's write connection, keeping the
 * {@link IdentityGraph} and the person keys current. Not thread-safe: the store calls it under its write lock.
 */
final class PageWriter {
    private final Connection db;
    private final CallerChunks chunks;
    private IdentityGraph graph;
    private long nextId;

    /** A stored row as the page needs it. */
    private record Existing(long id, boolean hidden, int generation, byte[] body) {
    }

    /** An upsert ready to write. */
    private record Upsert(long id, ContactRecord record, byte[] body, long[] tokens, String phones, boolean isNew) {
    }

    /**
     * What a committed page changed.
     *
     * @param result   the counts
     * @param affected keys of people added, changed or removed
     * @param cursor   the cursor row as committed
     */
    record Outcome(PageResult result, Set<PersonKey> affected, CursorRow cursor) {
    }

    PageWriter(Connection db) throws SQLException {
        this.db = db;
        this.chunks = new CallerChunks(db);
        try (PreparedStatement max = db.prepareStatement("SELECT COALESCE(MAX(id), 0) FROM contact_record");
                ResultSet rs = max.executeQuery()) {
            rs.next();
            nextId = rs.getLong(1) + 1;
        }
    }

    Outcome write(ChangePage page, Instant now) throws SQLException {
        long firstId = nextId;
        try {
            Outcome outcome = writeInTransaction(page, now);
            db.commit();
            return outcome;
        } catch (SQLException | RuntimeException e) {
            db.rollback();
            graph = null;
            nextId = firstId;
            chunks.reload();
            throw e;
        }
    }

    private Outcome writeInTransaction(ChangePage page, Instant now) throws SQLException {
        IdentityGraph g = graph();
        String source = page.source().value();
        CursorRow cursor = CursorRow.read(db, source);
        int generation = page.fullSyncStart() ? cursor.generation() + 1 : cursor.generation();
        boolean roundOpen = page.fullSyncStart() || cursor.roundOpen();
        Map<String, ContactRecord> upserts = new LinkedHashMap<>();
        for (ContactRecord record : page.upserts()) {
            if (!record.source().equals(page.source())) {
                throw new IllegalArgumentException("A page of source " + page.source()
                        + " holds a record of source " + record.source());
            }
            upserts.put(record.sourceKey(), record);
        }
        Set<String> allKeys = new HashSet<>(upserts.keySet());
        allKeys.addAll(page.removedKeys());
        allKeys.addAll(page.hiddenKeys());
        Map<String, Existing> existing = g.hasRecords(source) ? existing(source, allKeys) : Map.of();
        Batch batch = new Batch(g, source, generation);
        for (ContactRecord record : upserts.values()) {
            batch.upsert(record, existing.get(record.sourceKey()));
        }
        for (String key : page.removedKeys()) {
            Existing old = existing.get(key);
            if (old != null && !upserts.containsKey(key)) {
                batch.delete(old.id());
            }
        }
        for (String key : page.hiddenKeys()) {
            Existing old = existing.get(key);
            if (old != null && !old.hidden() && !upserts.containsKey(key) && !page.removedKeys().contains(key)) {
                batch.hide(old.id());
            }
        }
        if (page.cursor().roundComplete() && roundOpen) {
            for (Long id : g.olderThan(source, generation)) {
                if (!batch.hides.contains(id)) {
                    batch.delete(id);
                }
            }
            roundOpen = false;
        }
        Map<Long, String> rekeyed = g.rekey(batch.seeds, batch.oldKeys, batch.newKeys);
        List<CallerChunkCodec.Entry> callerEntries = new ArrayList<>(batch.writes.size());
        int superseding = insertAndUpdate(source, generation, batch.writes, rekeyed, callerEntries);
        updateIds("UPDATE contact_record SET generation = " + generation + " WHERE id = ?", batch.touchOnly);
        updateIds("DELETE FROM contact_record WHERE id = ?", batch.deletes);
        updateIds("UPDATE contact_record SET hidden = TRUE WHERE id = ?", batch.hides);
        rekey(g, rekeyed);
        superseding += CallerChunks.tombstones(batch.deletes, callerEntries);
        superseding += CallerChunks.tombstones(batch.hides, callerEntries);
        superseding += CallerChunks.moved(db, rekeyed, callerEntries);
        chunks.append(callerEntries, superseding);
        CursorRow committed = new CursorRow(page.cursor().value(), page.cursor().roundComplete(), now, generation,
                roundOpen);
        committed.write(db, source);
        Set<PersonKey> affected = new HashSet<>();
        batch.oldKeys.forEach(k -> affected.add(new PersonKey(k)));
        batch.newKeys.forEach(k -> affected.add(new PersonKey(k)));
        return new Outcome(new PageResult(batch.added, batch.changed, batch.deletes.size() + batch.hides.size()),
                affected, committed);
    }

    /** What one page does to the graph and which rows it writes. */
    private final class Batch {
        final IdentityGraph g;
        final String source;
        final int generation;
        final Set<String> oldKeys = new HashSet<>();
        final Set<String> newKeys = new HashSet<>();
        final List<Long> seeds = new ArrayList<>();
        final List<Upsert> writes = new ArrayList<>();
        final List<Long> touchOnly = new ArrayList<>();
        final List<Long> deletes = new ArrayList<>();
        final List<Long> hides = new ArrayList<>();
        int added;
        int changed;

        Batch(IdentityGraph g, String source, int generation) {
            this.g = g;
            this.source = source;
            this.generation = generation;
        }

        void upsert(ContactRecord record, Existing old) {
            byte[] body = RecordCodec.encode(record);
            if (old != null && !old.hidden() && Arrays.equals(old.body(), body)) {
                if (old.generation() != generation) {
                    touchOnly.add(old.id());
                    g.generation(source, old.id(), generation);
                }
                return;
            }
            long id = old == null ? nextId++ : old.id();
            forget(g, id, oldKeys, seeds);
            long[] tokens = tokens(record);
            g.put(id, PersonKey.of(record).value(), null, tokens);
            g.generation(source, id, generation);
            seeds.add(id);
            writes.add(new Upsert(id, record, body, tokens, phones(record), old == null));
            if (old == null) {
                added++;
            } else {
                changed++;
            }
        }

        void delete(long id) {
            deletes.add(id);
            forget(g, id, oldKeys, seeds);
            g.forgetGeneration(source, id);
        }

        void hide(long id) {
            hides.add(id);
            forget(g, id, oldKeys, seeds);
        }
    }

    private IdentityGraph graph() throws SQLException {
        if (graph == null) {
            IdentityGraph loaded = new IdentityGraph();
            Map<String, String> sources = new HashMap<>();
            try (PreparedStatement all = db.prepareStatement(
                    "SELECT id, person_key, raw_key, tokens, hidden, source, generation FROM contact_record");
                    ResultSet rs = all.executeQuery()) {
                while (rs.next()) {
                    long id = rs.getLong(1);
                    if (!rs.getBoolean(5)) {
                        String personKey = rs.getString(2);
                        String raw = rs.getString(3);
                        loaded.put(id, raw == null ? personKey : raw, personKey, unpack(rs.getBytes(4)));
                    }
                    String source = sources.computeIfAbsent(rs.getString(6), k -> k);
                    loaded.generation(source, id, rs.getInt(7));
                }
            }
            graph = loaded;
        }
        return graph;
    }

    private static void forget(IdentityGraph g, long id, Set<String> oldKeys, List<Long> seeds) {
        IdentityGraph.Node node = g.remove(id, seeds);
        if (node != null && node.personKey != null) {
            oldKeys.add(node.personKey);
        }
    }

    private Map<String, Existing> existing(String source, Set<String> keys) throws SQLException {
        Map<String, Existing> found = new HashMap<>();
        if (keys.isEmpty()) {
            return found;
        }
        try (PreparedStatement select = db.prepareStatement("SELECT r.source_key, r.id, r.hidden, r.generation, "
                + "r.body FROM UNNEST(?) AS u(k) JOIN contact_record r ON r.source = ? AND r.source_key = u.k")) {
            select.setObject(1, keys.toArray(new String[0]));
            select.setString(2, source);
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    found.put(rs.getString(1), new Existing(rs.getLong(2), rs.getBoolean(3), rs.getInt(4),
                            rs.getBytes(5)));
                }
            }
        }
        return found;
    }

    /** Writes the upserted rows and adds their caller entries; returns how many entries replace earlier ones. */
    private int insertAndUpdate(String source, int generation, List<Upsert> writes, Map<Long, String> rekeyed,
            List<CallerChunkCodec.Entry> callerEntries) throws SQLException {
        int superseding = 0;
        try (PreparedStatement insert = db.prepareStatement("INSERT INTO contact_record (id, source, source_key, "
                + "person_key, raw_key, hidden, generation, tokens, phones, body) "
                + "VALUES (?, ?, ?, ?, ?, FALSE, ?, ?, ?, ?)");
                PreparedStatement update = db.prepareStatement("UPDATE contact_record SET person_key = ?, raw_key = ?, "
                        + "hidden = FALSE, generation = ?, tokens = ?, phones = ?, body = ? WHERE id = ?")) {
            for (Upsert w : writes) {
                String raw = PersonKey.of(w.record()).value();
                String personKey = rekeyed.remove(w.id());
                if (personKey == null) {
                    personKey = raw;
                }
                String storedRaw = raw.equals(personKey) ? null : raw;
                superseding += CallerChunks.upserted(w.id(), personKey, w.record(), w.phones(), w.isNew(),
                        callerEntries);
                if (w.isNew()) {
                    insert.setLong(1, w.id());
                    insert.setString(2, source);
                    insert.setString(3, w.record().sourceKey());
                    insert.setString(4, personKey);
                    insert.setString(5, storedRaw);
                    insert.setInt(6, generation);
                    insert.setBytes(7, pack(w.tokens()));
                    insert.setString(8, w.phones());
                    insert.setBytes(9, w.body());
                    insert.addBatch();
                } else {
                    update.setString(1, personKey);
                    update.setString(2, storedRaw);
                    update.setInt(3, generation);
                    update.setBytes(4, pack(w.tokens()));
                    update.setString(5, w.phones());
                    update.setBytes(6, w.body());
                    update.setLong(7, w.id());
                    update.addBatch();
                }
            }
            insert.executeBatch();
            update.executeBatch();
        }
        return superseding;
    }

    private void rekey(IdentityGraph g, Map<Long, String> rekeyed) throws SQLException {
        if (rekeyed.isEmpty()) {
            return;
        }
        try (PreparedStatement update = db.prepareStatement(
                "UPDATE contact_record SET person_key = ?, raw_key = ? WHERE id = ?")) {
            for (Map.Entry<Long, String> e : rekeyed.entrySet()) {
                IdentityGraph.Node node = g.node(e.getKey());
                update.setString(1, e.getValue());
                update.setString(2, node.rawKey.equals(e.getValue()) ? null : node.rawKey);
                update.setLong(3, e.getKey());
                update.addBatch();
            }
            update.executeBatch();
        }
    }

    private void updateIds(String sql, List<Long> ids) throws SQLException {
        if (ids.isEmpty()) {
            return;
        }
        try (PreparedStatement statement = db.prepareStatement(sql)) {
            for (Long id : ids) {
                statement.setLong(1, id);
                statement.addBatch();
            }
            statement.executeBatch();
        }
    }

    private static long[] tokens(ContactRecord record) {
        List<String> tokens = MatchTokens.of(record);
        long[] hashes = new long[tokens.size()];
        for (int i = 0; i < hashes.length; i++) {
            hashes[i] = MatchTokens.hash(tokens.get(i));
        }
        return hashes;
    }

    static String phones(ContactRecord record) {
        StringBuilder out = new StringBuilder();
        for (PhoneNumber phone : record.phones()) {
            if (phone.identifiesCaller()) {
                if (out.length() > 0) {
                    out.append(';');
                }
                out.append(phone.type().ordinal()).append(phone.e164());
            }
        }
        return out.length() == 0 ? null : out.toString();
    }

    private static byte[] pack(long[] tokens) {
        ByteBuffer buffer = ByteBuffer.allocate(tokens.length * Long.BYTES);
        for (long token : tokens) {
            buffer.putLong(token);
        }
        return buffer.array();
    }

    private static long[] unpack(byte[] packed) {
        if (packed == null) {
            return new long[0];
        }
        ByteBuffer buffer = ByteBuffer.wrap(packed);
        long[] tokens = new long[packed.length / Long.BYTES];
        for (int i = 0; i < tokens.length; i++) {
            tokens[i] = buffer.getLong();
        }
        return tokens;
    }

    /** The cursor row of one source. */
    record CursorRow(String value, boolean roundComplete, Instant committedAt, int generation, boolean roundOpen) {

        static CursorRow read(Connection db, String source) throws SQLException {
            try (PreparedStatement select = db.prepareStatement("SELECT cursor_value, round_complete, committed_at, "
                    + "generation, round_open FROM sync_cursor WHERE source = ?")) {
                select.setString(1, source);
                try (ResultSet rs = select.executeQuery()) {
                    if (!rs.next()) {
                        return new CursorRow(null, false, Instant.EPOCH, 0, false);
                    }
                    return new CursorRow(rs.getString(1), rs.getBoolean(2), rs.getTimestamp(3).toInstant(),
                            rs.getInt(4), rs.getBoolean(5));
                }
            }
        }

        static Map<String, CursorRow> readAll(Connection db) throws SQLException {
            Map<String, CursorRow> rows = new HashMap<>();
            try (PreparedStatement select = db.prepareStatement("SELECT source, cursor_value, round_complete, "
                    + "committed_at, generation, round_open FROM sync_cursor");
                    ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    rows.put(rs.getString(1), new CursorRow(rs.getString(2), rs.getBoolean(3),
                            rs.getTimestamp(4).toInstant(), rs.getInt(5), rs.getBoolean(6)));
                }
            }
            return rows;
        }

        void write(Connection db, String source) throws SQLException {
            try (PreparedStatement merge = db.prepareStatement("MERGE INTO sync_cursor (source, cursor_value, "
                    + "round_complete, committed_at, generation, round_open) KEY (source) VALUES (?, ?, ?, ?, ?, ?)")) {
                merge.setString(1, source);
                merge.setString(2, value);
                merge.setBoolean(3, roundComplete);
                merge.setTimestamp(4, Timestamp.from(committedAt));
                merge.setInt(5, generation);
                merge.setBoolean(6, roundOpen);
                merge.executeUpdate();
            }
        }
    }
}
