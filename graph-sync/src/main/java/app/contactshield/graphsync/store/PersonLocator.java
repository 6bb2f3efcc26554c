package app.contactshield.graphsync.store;

import com.carrotsearch.hppc.IntLongHashMap;
import com.carrotsearch.hppc.IntObjectHashMap;
import com.carrotsearch.hppc.cursors.IntObjectCursor;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;

/**
 * Finds the visible records of a person by the 32-bit hash of the person key, in memory. It stands in for an index on
 * {@code record_key.person_hash}: such an index has random keys, so every committed page rewrote most of its leaves,
 * which made a first sync write the index many times over. The store builds the locator from {@code record_key} the
 * first time a reader needs it and then keeps it current after every commit. Different keys may share a hash;
 * readers compare the person key. Thread-safe: every method is synchronised and short.
 */
final class PersonLocator {
    private static final long[] NONE = new long[0];

    /** Hashes held by exactly one record. */
    private final IntLongHashMap single = new IntLongHashMap();
    /** Hashes held by two or more records. */
    private final IntObjectHashMap<long[]> several = new IntObjectHashMap<>();

    /** Reads the person-key hash of every visible record. */
    static PersonLocator load(Connection db) throws SQLException {
        PersonLocator locator = new PersonLocator();
        try (PreparedStatement select = db.prepareStatement("SELECT id, person_hash FROM record_key WHERE NOT hidden");
                ResultSet rs = select.executeQuery()) {
            while (rs.next()) {
                locator.add(rs.getInt(2), rs.getLong(1));
            }
        }
        return locator;
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

    /** The ids of the visible records whose person key has this hash; empty when none. */
    synchronized long[] ids(int hash) {
        long[] ids = several.get(hash);
        if (ids != null) {
            return ids.clone();
        }
        return single.containsKey(hash) ? new long[] {single.get(hash)} : NONE;
    }

    /** A copy of the hashes that two or more records share, with their records' ids. */
    synchronized IntObjectHashMap<long[]> shared() {
        IntObjectHashMap<long[]> copy = new IntObjectHashMap<>(several.size());
        for (IntObjectCursor<long[]> entry : several) {
            copy.put(entry.key, entry.value.clone());
        }
        return copy;
    }

    /** How many visible records the locator knows. */
    synchronized int size() {
        int size = single.size();
        for (IntObjectCursor<long[]> entry : several) {
            size += entry.value.length;
        }
        return size;
    }
}
