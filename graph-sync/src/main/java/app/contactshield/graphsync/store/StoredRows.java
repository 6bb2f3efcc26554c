package app.contactshield.graphsync.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds the stored rows of the source keys a page names. The identity graph maps each stored source-key hash to its
 * record id, so a key it has never seen costs nothing and the others are read by primary key; only when two source
 * keys share a 64-bit hash is the row looked up by its source key, with a scan. Not thread-safe: used by
 * {@link PageWriter} under the store's write lock.
 */
final class StoredRows {
    private final Connection db;

    /** A stored row as a page needs it. */
    record Existing(long id, boolean hidden, int generation, byte[] body) {
    }

    StoredRows(Connection db) {
        this.db = db;
    }

    /**
     * The stored rows of those of {@code keys} that the source holds, by source key.
     *
     * @param hashes the source-key hashes of the first of {@code keys}, as they were prepared; the others are
     *               computed here
     */
    Map<String, Existing> find(IdentityGraph graph, String source, List<String> keys, long[] hashes)
            throws SQLException {
        Map<Long, String> byId = new HashMap<>();
        Set<String> byKey = new LinkedHashSet<>();
        for (int i = 0; i < keys.size(); i++) {
            String key = keys.get(i);
            long id = graph.idOfKey(source, i < hashes.length ? hashes[i] : RecordRows.keyHash(key));
            if (id >= 0 && byId.putIfAbsent(id, key) != null && !byId.get(id).equals(key)) {
                byKey.add(key);
            }
        }
        Map<String, Existing> found = new HashMap<>();
        if (!byId.isEmpty()) {
            readById(source, byId, found, byKey);
        }
        for (String key : byKey) {
            readByKey(source, key, found);
        }
        return found;
    }

    private void readById(String source, Map<Long, String> byId, Map<String, Existing> found, Set<String> byKey)
            throws SQLException {
        try (PreparedStatement select = db.prepareStatement("SELECT r.id, r.source, r.source_key, k.hidden, "
                + "k.generation, r.body FROM UNNEST(?) AS u(i) JOIN contact_record r ON r.id = u.i "
                + "JOIN record_key k ON k.id = r.id")) {
            select.setObject(1, byId.keySet().toArray(new Long[0]));
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    String wanted = byId.get(rs.getLong(1));
                    if (source.equals(rs.getString(2)) && wanted.equals(rs.getString(3))) {
                        found.put(wanted, existing(rs));
                    } else {
                        byKey.add(wanted);
                    }
                }
            }
        }
    }

    private void readByKey(String source, String key, Map<String, Existing> found) throws SQLException {
        try (PreparedStatement select = db.prepareStatement("SELECT r.id, r.source, r.source_key, k.hidden, "
                + "k.generation, r.body FROM contact_record r JOIN record_key k ON k.id = r.id "
                + "WHERE r.source = ? AND r.source_key = ?")) {
            select.setString(1, source);
            select.setString(2, key);
            try (ResultSet rs = select.executeQuery()) {
                if (rs.next()) {
                    found.put(key, existing(rs));
                }
            }
        }
    }

    private static Existing existing(ResultSet rs) throws SQLException {
        return new Existing(rs.getLong(1), rs.getBoolean(4), rs.getInt(5), rs.getBytes(6));
    }

    /** The keys a page names: upserted, removed and hidden, each once. */
    static List<String> named(Collection<String> upserted, List<String> removed, List<String> hidden) {
        Set<String> keys = new LinkedHashSet<>(upserted);
        keys.addAll(removed);
        keys.addAll(hidden);
        return new ArrayList<>(keys);
    }
}
