package app.contactshield.graphsync.store;

import app.contactshield.graphsync.consolidate.MatchTokens;
import java.nio.ByteBuffer;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;

/**
 * The two rows that hold a stored record: {@code contact_record} (source, source key and body, written when
 * the record itself changes) and {@code record_key} (person key, raw key, hidden flag, generation and token hashes,
 * the narrow row that re-keying, hiding and the end of a round rewrite). Statements are prepared once and batched;
 * {@link #flush} executes them in the order inserts, updates, re-keys. Not thread-safe: used by {@link PageWriter}
 * under the store's write lock; the statements close with the connection.
 */
final class RecordRows {
    private final PreparedStatement insertBody;
    private final PreparedStatement insertKey;
    private final PreparedStatement updateBody;
    private final PreparedStatement updateKey;
    private final PreparedStatement rekey;
    private final PreparedStatement generation;
    private final PreparedStatement hide;
    private final PreparedStatement deleteBody;
    private final PreparedStatement deleteKey;

    RecordRows(Connection db) throws SQLException {
        insertBody = db.prepareStatement("INSERT INTO contact_record (id, source, source_key, body) "
                + "VALUES (?, ?, ?, ?)");
        insertKey = db.prepareStatement("INSERT INTO record_key (id, source, key_hash, person_hash, person_key, "
                + "raw_key, hidden, generation, tokens) VALUES (?, ?, ?, ?, ?, ?, FALSE, ?, ?)");
        updateBody = db.prepareStatement("UPDATE contact_record SET body = ? WHERE id = ?");
        updateKey = db.prepareStatement("UPDATE record_key SET person_hash = ?, person_key = ?, raw_key = ?, "
                + "hidden = FALSE, generation = ?, tokens = ? WHERE id = ?");
        rekey = db.prepareStatement("UPDATE record_key SET person_hash = ?, person_key = ?, raw_key = ? WHERE id = ?");
        generation = db.prepareStatement("UPDATE record_key SET generation = ? WHERE id = ?");
        hide = db.prepareStatement("UPDATE record_key SET hidden = TRUE WHERE id = ?");
        deleteBody = db.prepareStatement("DELETE FROM contact_record WHERE id = ?");
        deleteKey = db.prepareStatement("DELETE FROM record_key WHERE id = ?");
    }

    /** The 64-bit hash of a source key that {@code record_key.key_hash} holds. */
    static long keyHash(String sourceKey) {
        return MatchTokens.hash(sourceKey);
    }

    /**
     * The 32-bit hash of a person key that {@code record_key.person_hash} holds and indexes: a small index entry,
     * so that a committed page rewrites few index pages. Different keys may share a hash; readers compare the key.
     */
    static int personHash(String personKey) {
        return (int) MatchTokens.hash(personKey);
    }

    /** Adds a new record's two rows to the batch, with the hashes of its source key and of its person key. */
    void insert(long id, String source, String sourceKey, long keyHash, String personKey, int personHash,
            String rawKey, int gen, long[] tokens, byte[] body) throws SQLException {
        insertBody.setLong(1, id);
        insertBody.setString(2, source);
        insertBody.setString(3, sourceKey);
        insertBody.setBytes(4, body);
        insertBody.addBatch();
        insertKey.setLong(1, id);
        insertKey.setString(2, source);
        insertKey.setLong(3, keyHash);
        insertKey.setInt(4, personHash);
        insertKey.setString(5, personKey);
        insertKey.setString(6, rawKey);
        insertKey.setInt(7, gen);
        insertKey.setBytes(8, pack(tokens));
        insertKey.addBatch();
    }

    /** Adds the rewrite of a changed (or returning hidden) record's two rows to the batch. */
    void update(long id, String personKey, String rawKey, int gen, long[] tokens, byte[] body) throws SQLException {
        updateBody.setBytes(1, body);
        updateBody.setLong(2, id);
        updateBody.addBatch();
        updateKey.setInt(1, personHash(personKey));
        updateKey.setString(2, personKey);
        updateKey.setString(3, rawKey);
        updateKey.setInt(4, gen);
        updateKey.setBytes(5, pack(tokens));
        updateKey.setLong(6, id);
        updateKey.addBatch();
    }

    /** Adds a new person key for a record whose body stays as it is. */
    void rekey(long id, String personKey, String rawKey) throws SQLException {
        rekey.setInt(1, personHash(personKey));
        rekey.setString(2, personKey);
        rekey.setString(3, rawKey);
        rekey.setLong(4, id);
        rekey.addBatch();
    }

    /** Marks unchanged records as delivered by the round {@code gen}. */
    void generation(List<Long> ids, int gen) throws SQLException {
        for (Long id : ids) {
            generation.setInt(1, gen);
            generation.setLong(2, id);
            generation.addBatch();
        }
    }

    /** Hides records until their source delivers them again. */
    void hide(List<Long> ids) throws SQLException {
        for (Long id : ids) {
            hide.setLong(1, id);
            hide.addBatch();
        }
    }

    /** Deletes records for good. */
    void delete(List<Long> ids) throws SQLException {
        for (Long id : ids) {
            deleteBody.setLong(1, id);
            deleteBody.addBatch();
            deleteKey.setLong(1, id);
            deleteKey.addBatch();
        }
    }

    /** Executes everything batched, in the current transaction. */
    void flush() throws SQLException {
        for (PreparedStatement statement : List.of(insertBody, insertKey, updateBody, updateKey, rekey, generation,
                hide, deleteBody, deleteKey)) {
            statement.executeBatch();
        }
    }

    /** Drops whatever is batched, after a failed page. */
    void clear() throws SQLException {
        for (PreparedStatement statement : List.of(insertBody, insertKey, updateBody, updateKey, rekey, generation,
                hide, deleteBody, deleteKey)) {
            statement.clearBatch();
        }
    }

    static byte[] pack(long[] tokens) {
        ByteBuffer buffer = ByteBuffer.allocate(tokens.length * Long.BYTES);
        for (long token : tokens) {
            buffer.putLong(token);
        }
        return buffer.array();
    }

    static long[] unpack(byte[] packed) {
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
}
