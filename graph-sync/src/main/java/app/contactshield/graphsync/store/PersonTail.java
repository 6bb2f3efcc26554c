package app.contactshield.graphsync.store;

import com.carrotsearch.hppc.IntLongHashMap;
import com.carrotsearch.hppc.IntObjectHashMap;
import com.carrotsearch.hppc.LongIntHashMap;
import com.carrotsearch.hppc.cursors.IntLongCursor;
import com.carrotsearch.hppc.cursors.IntObjectCursor;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;

/**
 * The visible records above the watermark of {@code person_ref} ({@link PersonRefs}), by the 32-bit hash of their
 * person key, in memory: the records a round has written since the store last wrote them into {@code person_ref}.
 * Different keys may share a hash; readers compare the person key. Thread-safe: every method is synchronised and
 * short.
 */
final class PersonTail {
    private static final long[] NONE = new long[0];

    /** Hashes held by exactly one record. */
    private final IntLongHashMap single = new IntLongHashMap();
    /** Hashes held by two or more records. */
    private final IntObjectHashMap<long[]> several = new IntObjectHashMap<>();

    /** Reads the person-key hash of every visible record above the watermark: a range of the primary key. */
    static PersonTail load(Connection db, long watermark) throws SQLException {
        PersonTail tail = new PersonTail();
        try (PreparedStatement select = db.prepareStatement("SELECT id, person_hash FROM record_key WHERE id > ? "
                + "AND NOT hidden")) {
            select.setLong(1, watermark);
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    tail.add(rs.getInt(2), rs.getLong(1));
                }
            }
        }
        return tail;
    }

    /** Notes that the visible record {@code id} belongs to a person whose key has this hash. */
    synchronized void add(int hash, long id) {
        long[] ids = several.get(hash);
        if (ids != null) {
            long[] grown = Arrays.copyOf(ids, ids.length + 1);
            grown[ids.length] = id;
            several.put(hash, grown);
        } else if (single.containsKey(hash)) {
            several.put(hash, new long[] {single.remove(hash), id});
        } else {
            single.put(hash, id);
        }
    }

    /** Forgets that the record {@code id} belongs to a person whose key has this hash. */
    synchronized void remove(int hash, long id) {
        long[] ids = several.get(hash);
        if (ids == null) {
            if (single.containsKey(hash) && single.get(hash) == id) {
                single.remove(hash);
            }
            return;
        }
        int at = indexOf(ids, id);
        if (at < 0) {
            return;
        }
        long[] kept = new long[ids.length - 1];
        System.arraycopy(ids, 0, kept, 0, at);
        System.arraycopy(ids, at + 1, kept, at, kept.length - at);
        if (kept.length == 1) {
            several.remove(hash);
            single.put(hash, kept[0]);
        } else {
            several.put(hash, kept);
        }
    }

    private static int indexOf(long[] ids, long id) {
        for (int i = 0; i < ids.length; i++) {
            if (ids[i] == id) {
                return i;
            }
        }
        return -1;
    }

    /** The ids of the records whose person key has this hash; empty when none. */
    synchronized long[] ids(int hash) {
        long[] ids = several.get(hash);
        if (ids != null) {
            return ids.clone();
        }
        return single.containsKey(hash) ? new long[] {single.get(hash)} : NONE;
    }

    /** A copy of the tail: the ids of the records of every hash it holds. */
    synchronized IntObjectHashMap<long[]> byHash() {
        IntObjectHashMap<long[]> copy = new IntObjectHashMap<>(single.size() + several.size());
        for (IntLongCursor entry : single) {
            copy.put(entry.key, new long[] {entry.value});
        }
        for (IntObjectCursor<long[]> entry : several) {
            copy.put(entry.key, entry.value.clone());
        }
        return copy;
    }

    /** Every record the tail holds, with its hash. */
    synchronized LongIntHashMap entries() {
        LongIntHashMap entries = new LongIntHashMap(size());
        for (IntLongCursor entry : single) {
            entries.put(entry.value, entry.key);
        }
        for (IntObjectCursor<long[]> entry : several) {
            for (long id : entry.value) {
                entries.put(id, entry.key);
            }
        }
        return entries;
    }

    /** Forgets every record, once they are written into {@code person_ref}. */
    synchronized void clear() {
        single.clear();
        several.clear();
    }

    /** How many records the tail holds. */
    synchronized int size() {
        int size = single.size();
        for (IntObjectCursor<long[]> entry : several) {
            size += entry.value.length;
        }
        return size;
    }
}
