package app.contactshield.graphsync.store;

import com.carrotsearch.hppc.IntHashSet;
import com.carrotsearch.hppc.IntObjectHashMap;
import com.carrotsearch.hppc.LongIntHashMap;
import com.carrotsearch.hppc.cursors.IntObjectCursor;
import com.carrotsearch.hppc.cursors.LongIntCursor;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Where each person's records are: {@code person_ref} holds the hash of the person key and the id of every visible
 * record up to a watermark, and a {@link PersonTail} in memory holds the records above it. A page's changes to
 * records at or below the watermark are written into {@code person_ref} in the page's transaction; the records a
 * round adds stay in the tail, and are written into {@code person_ref} in one go, sorted, with the page that ends
 * the round or once the tail holds more than half as many records as the table (at least {@value #MIN_FLUSH}). An
 * index with random keys written on every page rewrote most of its leaves each time; written once a round, it costs
 * about its own size. Readers look in the tail first and then in the table, so that a record moving from one to the
 * other is never missed. The watermark and the table change only in committed page transactions; the tail follows
 * each commit ({@link #committed}) under the store's write lock.
 */
final class PersonRefs {
    /** The fewest records the tail holds before they are written into the table in the middle of a round. */
    static final int MIN_FLUSH = 50_000;
    private static final String WATERMARK = "person_ref_watermark";
    /** The low 32 bits of a reference: the record id. */
    private static final long ID_MASK = 0xffffffffL;

    private final PersonTail tail;
    private volatile long watermark;

    /** What a page's transaction changed and the tail must follow once it commits. */
    static final class Staged {
        private final List<PageWriter.Move> tailMoves;
        private final long newWatermark;

        private Staged(List<PageWriter.Move> tailMoves, long newWatermark) {
            this.tailMoves = tailMoves;
            this.newWatermark = newWatermark;
        }
    }

    private PersonRefs(PersonTail tail, long watermark) {
        this.tail = tail;
        this.watermark = watermark;
    }

    /** Reads the watermark and the records above it. */
    static PersonRefs load(Connection db) throws SQLException {
        long watermark;
        try (PreparedStatement select = db.prepareStatement("SELECT num FROM store_meta WHERE name = ?")) {
            select.setString(1, WATERMARK);
            try (ResultSet rs = select.executeQuery()) {
                watermark = rs.next() ? rs.getLong(1) : 0;
            }
        }
        return new PersonRefs(PersonTail.load(db, watermark), watermark);
    }

    /**
     * Writes into {@code person_ref}, in the page's transaction, the moves of records at or below the watermark, and
     * the whole tail with this page's moves when the round ends or the tail has grown large.
     *
     * @param lastId        the highest record id the store has handed out, this page included
     * @param roundComplete whether this page ends its source's round
     */
    Staged stage(Connection db, List<PageWriter.Move> moves, long lastId, boolean roundComplete)
            throws SQLException {
        List<PageWriter.Move> tailMoves = new ArrayList<>();
        try (PreparedStatement delete = db.prepareStatement("DELETE FROM person_ref WHERE ref = ?");
                PreparedStatement insert = db.prepareStatement("INSERT INTO person_ref (ref) VALUES (?)")) {
            for (PageWriter.Move move : moves) {
                if (move.id() > watermark) {
                    tailMoves.add(move);
                    continue;
                }
                if (move.from() != null) {
                    delete.setLong(1, ref(RecordRows.personHash(move.from()), move.id()));
                    delete.addBatch();
                }
                if (move.to() != null) {
                    insert.setLong(1, ref(RecordRows.personHash(move.to()), move.id()));
                    insert.addBatch();
                }
            }
            delete.executeBatch();
            insert.executeBatch();
            long grownBy = tail.size() + tailMoves.size();
            if (lastId <= watermark || !roundComplete && grownBy <= Math.max(MIN_FLUSH, watermark / 2)) {
                return new Staged(tailMoves, watermark);
            }
            flush(db, insert, tailMoves);
        }
        try (PreparedStatement update = db.prepareStatement("MERGE INTO store_meta (name, num) KEY (name) "
                + "VALUES (?, ?)")) {
            update.setString(1, WATERMARK);
            update.setLong(2, lastId);
            update.executeUpdate();
        }
        return new Staged(List.of(), lastId);
    }

    /** Inserts the tail as this page leaves it, in the order of the table's key. */
    private void flush(Connection db, PreparedStatement insert, List<PageWriter.Move> tailMoves) throws SQLException {
        LongIntHashMap entries = tail.entries();
        for (PageWriter.Move move : tailMoves) {
            if (move.to() == null) {
                entries.remove(move.id());
            } else {
                entries.put(move.id(), RecordRows.personHash(move.to()));
            }
        }
        long[] refs = new long[entries.size()];
        int i = 0;
        for (LongIntCursor entry : entries) {
            refs[i++] = ref(entry.value, entry.key);
        }
        Arrays.sort(refs);
        for (long ref : refs) {
            insert.setLong(1, ref);
            insert.addBatch();
        }
        insert.executeBatch();
    }

    /**
     * The key of a reference: the person-key hash in the high 32 bits, the record id in the low 32 bits. Record ids
     * are handed out one after the other from 1 and stay below 2^32 ({@link PageWriter} refuses more).
     */
    static long ref(int hash, long id) {
        return ((long) hash << 32) | id;
    }

    /** Makes the tail follow a committed page; under the store's write lock. */
    void committed(Staged staged) {
        if (staged.newWatermark != watermark) {
            tail.clear();
            watermark = staged.newWatermark;
            return;
        }
        for (PageWriter.Move move : staged.tailMoves) {
            if (move.from() != null) {
                tail.remove(RecordRows.personHash(move.from()), move.id());
            }
            if (move.to() != null) {
                tail.add(RecordRows.personHash(move.to()), move.id());
            }
        }
    }

    /** The ids of the visible records whose person key has this hash: the tail's first, then the table's. */
    long[] ids(Connection db, int hash) throws SQLException {
        long[] inTail = tail.ids(hash);
        List<Long> ids = new ArrayList<>(inTail.length + 2);
        for (long id : inTail) {
            ids.add(id);
        }
        try (PreparedStatement select = db.prepareStatement("SELECT ref FROM person_ref WHERE ref BETWEEN ? AND ?")) {
            select.setLong(1, ref(hash, 0));
            select.setLong(2, ref(hash, ID_MASK));
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    long id = rs.getLong(1) & ID_MASK;
                    if (!ids.contains(id)) {
                        ids.add(id);
                    }
                }
            }
        }
        return ids.stream().mapToLong(Long::longValue).toArray();
    }

    /**
     * The hashes that two or more visible records share, in the table, in the tail or across both: a scan of the
     * table in key order, where a person's references are neighbours. The caller holds the store's write lock, so
     * that no page commits while they are read.
     */
    IntHashSet shared(Connection db) throws SQLException {
        IntHashSet shared = new IntHashSet();
        IntObjectHashMap<long[]> inTail = tail.byHash();
        for (IntObjectCursor<long[]> entry : inTail) {
            if (entry.value.length > 1) {
                shared.add(entry.key);
            }
        }
        try (PreparedStatement select = db.prepareStatement("SELECT ref FROM person_ref ORDER BY ref");
                ResultSet rs = select.executeQuery()) {
            boolean first = true;
            int previous = 0;
            while (rs.next()) {
                int hash = (int) (rs.getLong(1) >> 32);
                if (!first && hash == previous || inTail.containsKey(hash)) {
                    shared.add(hash);
                }
                first = false;
                previous = hash;
            }
        }
        return shared;
    }
}
