package app.contactshield.graphsync.store;

import app.contactshield.graphsync.model.ContactRecord;
import app.contactshield.graphsync.model.PersonKey;
import app.contactshield.graphsync.model.PhoneNumber;
import app.contactshield.graphsync.store.StoredRows.Existing;
import app.contactshield.graphsync.sync.ChangePage;
import app.contactshield.graphsync.sync.PageResult;
import com.carrotsearch.hppc.LongArrayList;
import com.carrotsearch.hppc.LongObjectHashMap;
import com.carrotsearch.hppc.cursors.LongObjectCursor;
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
import java.util.Objects;
import java.util.Set;

/**
 * Commits one {@link ChangePage} and its cursor in one transaction on the store's write connection, keeping the
 * {@link IdentityGraph} and the person keys current. Not thread-safe: the store calls it under its write lock.
 */
final class PageWriter {
    private static final long MAX_ID = 0xffffffffL;

    private final Connection db;
    private final CallerChunks chunks;
    private final RecordRows rows;
    private final StoredRows stored;
    private final PersonRefs refs;
    private IdentityGraph graph;
    private long nextId;

    /** An upsert ready to write. */
    private record Upsert(long id, PreparedRecords.Prepared prepared, boolean isNew) {
        ContactRecord record() {
            return prepared.record();
        }
    }

    /**
     * What a committed page changed.
     *
     * @param result   the counts
     * @param oldKeys  keys people had before the page
     * @param newKeys  keys people have after the page
     * @param cursor   the cursor row as committed
     * @param staged   what the person references must follow once the page is committed
     */
    record Outcome(PageResult result, Set<String> oldKeys, Set<String> newKeys, CursorRow cursor,
            PersonRefs.Staged staged) {

        /** The keys of the people added, changed or removed. */
        Set<PersonKey> affected() {
            Set<PersonKey> affected = new HashSet<>(oldKeys.size() + newKeys.size());
            oldKeys.forEach(k -> affected.add(new PersonKey(k)));
            newKeys.forEach(k -> affected.add(new PersonKey(k)));
            return affected;
        }
    }

    /**
     * A record that changed person.
     *
     * @param id   the record
     * @param from its person key before the page, {@code null} when it was not visible
     * @param to   its person key after the page, {@code null} when it is no longer visible
     */
    record Move(long id, String from, String to) {
    }

    PageWriter(Connection db, PersonRefs refs) throws SQLException {
        this.db = db;
        this.refs = refs;
        this.chunks = new CallerChunks(db, CallerChunks.MIN_GARBAGE, true);
        this.rows = new RecordRows(db);
        this.stored = new StoredRows(db);
        // The last row of the primary key, not MAX(id): H2 reads the whole table for an aggregate wrapped in COALESCE.
        try (PreparedStatement last = db.prepareStatement("SELECT id FROM contact_record ORDER BY id DESC LIMIT 1");
                ResultSet rs = last.executeQuery()) {
            nextId = rs.next() ? rs.getLong(1) + 1 : 1;
        }
    }

    /**
     * Commits the page with the records derived from its upserts beforehand ({@code prepared} must be built from
     * {@code page.upserts()}).
     */
    Outcome write(ChangePage page, PreparedRecords prepared, Instant now) throws SQLException {
        long firstId = nextId;
        try {
            Outcome outcome = writeInTransaction(page, prepared, now);
            db.commit();
            return outcome;
        } catch (SQLException | RuntimeException e) {
            rows.clear();
            db.rollback();
            graph = null;
            nextId = firstId;
            chunks.reload();
            throw e;
        }
    }

    private Outcome writeInTransaction(ChangePage page, PreparedRecords prepared, Instant now) throws SQLException {
        IdentityGraph g = graph();
        String source = page.source().value();
        CursorRow cursor = CursorRow.read(db, source);
        int generation = page.fullSyncStart() ? cursor.generation() + 1 : cursor.generation();
        boolean roundOpen = page.fullSyncStart() || cursor.roundOpen();
        Map<String, PreparedRecords.Prepared> upserts = new LinkedHashMap<>();
        for (int i = 0; i < page.upserts().size(); i++) {
            ContactRecord record = page.upserts().get(i);
            if (!record.source().equals(page.source())) {
                throw new IllegalArgumentException("A page of source " + page.source()
                        + " holds a record of source " + record.source());
            }
            upserts.put(record.sourceKey(), prepared.get(i));
        }
        long[] upsertHashes = upserts.values().stream().mapToLong(PreparedRecords.Prepared::keyHash).toArray();
        Map<String, Existing> existing = stored.find(g, source, StoredRows.named(upserts.keySet(),
                page.removedKeys(), page.hiddenKeys()), upsertHashes);
        Batch batch = new Batch(g, source, generation);
        for (PreparedRecords.Prepared record : upserts.values()) {
            batch.upsert(record, existing.get(record.record().sourceKey()));
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
        LongObjectHashMap<String> rekeyed = g.rekey(batch.seeds, batch.oldKeys, batch.newKeys, batch.before);
        List<CallerChunkCodec.Entry> callerEntries = new ArrayList<>(batch.writes.size());
        int superseding = insertAndUpdate(source, generation, batch.writes, rekeyed, callerEntries);
        rows.generation(batch.touchOnly, generation);
        rows.delete(batch.deletes);
        rows.hide(batch.hides);
        rekey(g, rekeyed);
        rows.flush();
        superseding += CallerChunks.tombstones(batch.deletes, callerEntries);
        superseding += CallerChunks.tombstones(batch.hides, callerEntries);
        superseding += CallerChunks.moved(rekeyed, callerEntries);
        chunks.append(callerEntries, superseding);
        CursorRow committed = new CursorRow(page.cursor().value(), page.cursor().roundComplete(), now, generation,
                roundOpen);
        committed.write(db, source);
        PersonRefs.Staged staged = refs.stage(db, moves(g, batch.before), nextId - 1, page.cursor().roundComplete());
        return new Outcome(new PageResult(batch.added, batch.changed, batch.deletes.size() + batch.hides.size()),
                batch.oldKeys, batch.newKeys, committed, staged);
    }

    /** What one page does to the graph and which rows it writes. */
    private final class Batch {
        final IdentityGraph g;
        final String source;
        final int generation;
        final Set<String> oldKeys = new HashSet<>();
        final Set<String> newKeys = new HashSet<>();
        final LongArrayList seeds = new LongArrayList();
        final List<Upsert> writes = new ArrayList<>();
        final List<Long> touchOnly = new ArrayList<>();
        final List<Long> deletes = new ArrayList<>();
        final List<Long> hides = new ArrayList<>();
        /** The person key before this page of every record the page touched; {@code null}: not visible. */
        final LongObjectHashMap<String> before = new LongObjectHashMap<>();
        int added;
        int changed;

        Batch(IdentityGraph g, String source, int generation) {
            this.g = g;
            this.source = source;
            this.generation = generation;
        }

        void upsert(PreparedRecords.Prepared prepared, Existing old) {
            ContactRecord record = prepared.record();
            if (old != null && !old.hidden() && unchanged(old.body(), prepared)) {
                if (old.generation() != generation) {
                    touchOnly.add(old.id());
                    g.generation(source, old.id(), generation);
                }
                return;
            }
            long id = old == null ? newId() : old.id();
            if (old == null) {
                g.storedKey(source, prepared.keyHash(), id);
            }
            forget(g, id, oldKeys, seeds, before);
            g.put(id, prepared.rawKey(), null, prepared.tokens(), seeds);
            g.generation(source, id, generation);
            seeds.add(id);
            writes.add(new Upsert(id, prepared, old == null));
            if (old == null) {
                added++;
            } else {
                changed++;
            }
        }

        void delete(long id) {
            deletes.add(id);
            forget(g, id, oldKeys, seeds, before);
            g.forgetGeneration(source, id);
        }

        void hide(long id) {
            hides.add(id);
            forget(g, id, oldKeys, seeds, before);
        }
    }

    /**
     * Whether the stored body holds the prepared record: the same bytes, or, for a body written in an earlier
     * format, the same record once decoded (so that a sync after an upgrade does not count every contact as changed).
     */
    private static boolean unchanged(byte[] stored, PreparedRecords.Prepared prepared) {
        if (Arrays.equals(stored, prepared.body())) {
            return true;
        }
        if (stored.length == 0 || stored[0] == RecordCodec.FORMAT) {
            return false;
        }
        try {
            ContactRecord record = prepared.record();
            return RecordCodec.decode(record.source(), record.sourceKey(), stored).equals(record);
        } catch (StoreException | RuntimeException e) {
            // A stored body that no longer decodes is written again, as a changed record would be.
            return false;
        }
    }

    /**
     * The next record id. Ids stay below 2^32, as {@link PersonRefs} keys them: a store that has handed out four
     * billion ids (no sync comes near it) refuses further records.
     */
    private long newId() {
        if (nextId > MAX_ID) {
            throw new IllegalArgumentException("The store has handed out " + MAX_ID + " record ids, the most its "
                    + "person references key in 32 bits");
        }
        return nextId++;
    }

    private IdentityGraph graph() throws SQLException {
        if (graph == null) {
            graph = IdentityGraph.load(db);
        }
        return graph;
    }

    private static void forget(IdentityGraph g, long id, Set<String> oldKeys, LongArrayList seeds,
            LongObjectHashMap<String> before) {
        IdentityGraph.Node node = g.remove(id, seeds);
        if (!before.containsKey(id)) {
            before.put(id, node == null ? null : node.personKey);
        }
        if (node != null && node.personKey != null) {
            oldKeys.add(node.personKey);
        }
    }

    /** The records whose person key differs after the page from before it. */
    private static List<Move> moves(IdentityGraph g, LongObjectHashMap<String> before) {
        List<Move> moves = new ArrayList<>(before.size());
        for (LongObjectCursor<String> e : before) {
            IdentityGraph.Node node = g.node(e.key);
            String to = node == null ? null : node.personKey;
            if (!Objects.equals(e.value, to)) {
                moves.add(new Move(e.key, e.value, to));
            }
        }
        return moves;
    }

    /** Batches the upserted rows and adds their caller entries; returns how many entries replace earlier ones. */
    private int insertAndUpdate(String source, int generation, List<Upsert> writes,
            LongObjectHashMap<String> rekeyed, List<CallerChunkCodec.Entry> callerEntries) throws SQLException {
        int superseding = 0;
        for (Upsert w : writes) {
            PreparedRecords.Prepared p = w.prepared();
            String raw = p.rawKey();
            String personKey = rekeyed.remove(w.id());
            if (personKey == null) {
                personKey = raw;
            }
            String storedRaw = raw.equals(personKey) ? null : raw;
            superseding += CallerChunks.upserted(w.id(), personKey, w.record(), p.phones(), w.isNew(),
                    callerEntries);
            int personHash = storedRaw == null ? p.rawHash() : RecordRows.personHash(personKey);
            if (w.isNew()) {
                rows.insert(w.id(), source, w.record().sourceKey(), p.keyHash(), personKey, personHash, storedRaw,
                        generation, p.tokens(), p.body());
            } else {
                rows.update(w.id(), personKey, storedRaw, generation, p.tokens(), p.body());
            }
        }
        return superseding;
    }

    /** Batches the new person key of every record a merge or split moved without the page writing it. */
    private void rekey(IdentityGraph g, LongObjectHashMap<String> rekeyed) throws SQLException {
        for (LongObjectCursor<String> e : rekeyed) {
            IdentityGraph.Node node = g.node(e.key);
            rows.rekey(e.key, e.value, node.rawKey.equals(e.value) ? null : node.rawKey);
        }
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
