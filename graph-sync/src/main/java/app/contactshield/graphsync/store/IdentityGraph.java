package app.contactshield.graphsync.store;

import app.contactshield.graphsync.consolidate.ObjectIdConflicts;
import app.contactshield.graphsync.consolidate.PersonKeys;
import com.carrotsearch.hppc.LongArrayList;
import com.carrotsearch.hppc.LongHashSet;
import com.carrotsearch.hppc.LongIntHashMap;
import com.carrotsearch.hppc.LongLongHashMap;
import com.carrotsearch.hppc.LongObjectHashMap;
import com.carrotsearch.hppc.cursors.LongCursor;
import com.carrotsearch.hppc.cursors.LongIntCursor;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The in-memory graph of visible records and their match-token hashes, used while writing to keep each record's
 * consolidated person key current without reading other records back; it also knows each record's sync generation,
 * so that the end of a full round finds the records it did not deliver without an index or a table scan, and the
 * hashes of the source keys stored per source with their record ids, so that a page of records the store has never
 * seen (a first sync) looks none of them up, and the others are found by id without an index on source keys. Built
 * lazily from the narrow {@code record_key} table on the first write; not thread-safe (the store's write lock guards
 * it). Ids and hashes are kept in primitive hash maps (HPPC), not as a boxed key, value and entry object each.
 */
final class IdentityGraph {
    private final LongObjectHashMap<Node> nodes;
    /** Marks a shared token whose holders carry no object id ({@link #sharedTokens}). */
    private static final Object NO_OBJECT_ID = new Object();
    /** Marks a shared token whose holders carry two or more object ids: it links only those without one. */
    private static final Object MIXED = new Object();

    private final LongObjectHashMap<long[]> holders;
    /**
     * For each token held by two or more records, what their object ids are: the one object id key they carry,
     * {@link #NO_OBJECT_ID} or {@link #MIXED}. Kept as records come and go, so that a page never counts a token's
     * object ids again.
     */
    private final LongObjectHashMap<Object> sharedTokens = new LongObjectHashMap<>();
    private final Map<String, LongIntHashMap> generations = new HashMap<>();
    private final Map<String, LongLongHashMap> keyIds = new HashMap<>();

    /** A graph sized for about {@code records} records, so that loading a store does not grow the maps step by step. */
    IdentityGraph(int records) {
        nodes = new LongObjectHashMap<>(records);
        holders = new LongObjectHashMap<>(records * 3);
    }

    /** One visible record: its own key, the key of its person and its token hashes. */
    static final class Node {
        final String rawKey;
        String personKey;
        final long[] tokens;

        Node(String rawKey, String personKey, long[] tokens) {
            this.rawKey = rawKey;
            this.personKey = personKey;
            this.tokens = tokens;
        }
    }

    /** Reads every record's keys, tokens and generation from {@code record_key}, never a body. */
    static IdentityGraph load(Connection db) throws SQLException {
        int rows;
        try (PreparedStatement count = db.prepareStatement("SELECT COUNT(*) FROM record_key");
                ResultSet rs = count.executeQuery()) {
            rs.next();
            rows = rs.getInt(1);
        }
        IdentityGraph loaded = new IdentityGraph(rows);
        Map<String, String> sources = new HashMap<>();
        LongArrayList unaffected = new LongArrayList();
        try (PreparedStatement all = db.prepareStatement("SELECT id, person_key, raw_key, tokens, hidden, source, "
                + "generation, key_hash FROM record_key");
                ResultSet rs = all.executeQuery()) {
            while (rs.next()) {
                long id = rs.getLong(1);
                if (!rs.getBoolean(5)) {
                    String personKey = rs.getString(2);
                    String raw = rs.getString(3);
                    loaded.put(id, raw == null ? personKey : raw, personKey, RecordRows.unpack(rs.getBytes(4)),
                            unaffected);
                    unaffected.clear();
                }
                String source = sources.computeIfAbsent(rs.getString(6), k -> k);
                loaded.generation(source, id, rs.getInt(7));
                loaded.storedKey(source, rs.getLong(8), id);
            }
        }
        return loaded;
    }

    int size() {
        return nodes.size();
    }

    /** Notes that the record {@code id} of the source, with this source-key hash, is stored (visible or hidden). */
    void storedKey(String source, long keyHash, long id) {
        keyIds.computeIfAbsent(source, k -> new LongLongHashMap()).put(keyHash, id);
    }

    /**
     * The id of the record of the source last noted with this source-key hash, or -1: -1 means no such record is
     * stored. The id may be stale (the record was deleted since) or, when two source keys share a hash, belong to
     * the other key; the caller compares the stored row's source key.
     */
    long idOfKey(String source, long keyHash) {
        LongLongHashMap ids = keyIds.get(source);
        return ids == null ? -1 : ids.getOrDefault(keyHash, -1);
    }

    /** Notes the generation of a stored record, visible or hidden. */
    void generation(String source, long id, int generation) {
        generations.computeIfAbsent(source, k -> new LongIntHashMap()).put(id, generation);
    }

    /** Forgets a deleted record's generation. */
    void forgetGeneration(String source, long id) {
        LongIntHashMap bySource = generations.get(source);
        if (bySource != null) {
            bySource.remove(id);
        }
    }

    /** Records of a source whose generation is older than {@code generation}: those a full round did not deliver. */
    List<Long> olderThan(String source, int generation) {
        List<Long> stale = new ArrayList<>();
        LongIntHashMap bySource = generations.get(source);
        if (bySource != null) {
            for (LongIntCursor entry : bySource) {
                if (entry.value < generation) {
                    stale.add(entry.key);
                }
            }
        }
        return stale;
    }

    Node node(long id) {
        return nodes.get(id);
    }

    /**
     * Adds a record. When it makes a token ambiguous (its holders now carry two object ids), the token's other
     * holders are added to {@code neighbours}: the token no longer links them, which changes their people too. Through
     * its other tokens they are part of the record's own component anyway.
     */
    void put(long id, String rawKey, String personKey, long[] tokens, LongArrayList neighbours) {
        Node node = new Node(rawKey, personKey, tokens);
        nodes.put(id, node);
        for (long token : tokens) {
            int slot = holders.indexOf(token);
            if (!holders.indexExists(slot)) {
                holders.indexInsert(slot, token, new long[] {id});
                continue;
            }
            long[] ids = holders.indexGet(slot);
            long[] grown = Arrays.copyOf(ids, ids.length + 1);
            grown[ids.length] = id;
            holders.indexReplace(slot, grown);
            Object was = ids.length == 1 ? objectIdOf(ids[0]) : sharedTokens.get(token);
            Object now = with(was, rawKey);
            sharedTokens.put(token, now);
            if (now == MIXED && was != MIXED) {
                neighbours.add(ids, 0, ids.length);
            }
        }
    }

    /**
     * Removes a record; its former neighbours are added to {@code neighbours}, whose people it may have joined or
     * named, except through a token that linked it to nobody (it has an object id and the token's holders carry
     * another one) before and still does.
     */
    Node remove(long id, LongArrayList neighbours) {
        Node node = nodes.remove(id);
        if (node == null) {
            return null;
        }
        for (long token : node.tokens) {
            long[] ids = holders.get(token);
            if (ids == null) {
                continue;
            }
            if (ids.length == 1) {
                holders.remove(token);
                continue;
            }
            long[] kept = new long[ids.length - 1];
            int k = 0;
            for (long other : ids) {
                if (other != id && k < kept.length) {
                    kept[k++] = other;
                }
            }
            holders.put(token, kept);
            Object was = sharedTokens.get(token);
            Object now = kept.length == 1 ? null : objectIdsOf(kept);
            if (now == null) {
                sharedTokens.remove(token);
            } else {
                sharedTokens.put(token, now);
            }
            if (was != MIXED || now != MIXED || !ObjectIdConflicts.isObjectIdKey(node.rawKey)) {
                for (long other : kept) {
                    neighbours.add(other);
                }
            }
        }
        return node;
    }

    /** What the record's object id makes of a token's state: its object id key, or {@link #NO_OBJECT_ID}. */
    private Object objectIdOf(long id) {
        String key = nodes.get(id).rawKey;
        return ObjectIdConflicts.isObjectIdKey(key) ? key : NO_OBJECT_ID;
    }

    /** The state of a token shared by these records, counted afresh. */
    private Object objectIdsOf(long[] ids) {
        Object state = NO_OBJECT_ID;
        for (long id : ids) {
            state = with(state, nodes.get(id).rawKey);
        }
        return state;
    }

    /** The state of a token once a holder with this own key joins. */
    private static Object with(Object state, String rawKey) {
        if (state == MIXED || !ObjectIdConflicts.isObjectIdKey(rawKey)) {
            return state;
        }
        if (state == NO_OBJECT_ID) {
            return rawKey;
        }
        return state.equals(rawKey) ? state : MIXED;
    }

    /**
     * Recomputes the person key of every component that contains one of {@code seeds}. A component that links two
     * Entra object ids is split into people as {@link ObjectIdConflicts} says.
     *
     * @param oldKeys receives the keys records had before being re-keyed
     * @param newKeys receives the current key of every recomputed component
     * @param before  receives, for each re-keyed record it does not hold yet, the key the record had
     * @return the records whose person key changed, with their new key
     */
    LongObjectHashMap<String> rekey(LongArrayList seeds, Set<String> oldKeys, Set<String> newKeys,
            LongObjectHashMap<String> before) {
        LongObjectHashMap<String> changed = new LongObjectHashMap<>(seeds.size());
        LongHashSet visited = new LongHashSet();
        for (LongCursor cursor : seeds) {
            long seed = cursor.value;
            if (!nodes.containsKey(seed) || visited.contains(seed)) {
                continue;
            }
            if (isolated(seed)) {
                visited.add(seed);
                assignOwn(seed, changed, oldKeys, newKeys, before);
                continue;
            }
            List<Long> component = component(seed, visited);
            List<List<Long>> people = component.size() == 1 ? List.of(component)
                    : ObjectIdConflicts.split(component, id -> nodes.get(id).rawKey, id -> nodes.get(id).tokens);
            for (List<Long> person : people) {
                assign(person, changed, oldKeys, newKeys, before);
            }
        }
        return changed;
    }

    /** Gives a record that shares no token with another its own key. */
    private void assignOwn(long id, LongObjectHashMap<String> changed, Set<String> oldKeys, Set<String> newKeys,
            LongObjectHashMap<String> before) {
        Node node = nodes.get(id);
        newKeys.add(node.rawKey);
        move(id, node, node.rawKey, changed, oldKeys, before);
    }

    private static void move(long id, Node node, String key, LongObjectHashMap<String> changed, Set<String> oldKeys,
            LongObjectHashMap<String> before) {
        if (key.equals(node.personKey)) {
            return;
        }
        if (!before.containsKey(id)) {
            before.put(id, node.personKey);
        }
        if (node.personKey != null) {
            oldKeys.add(node.personKey);
        }
        node.personKey = key;
        changed.put(id, key);
    }

    private void assign(List<Long> person, LongObjectHashMap<String> changed, Set<String> oldKeys,
            Set<String> newKeys, LongObjectHashMap<String> before) {
        String best = null;
        for (Long id : person) {
            String raw = nodes.get(id).rawKey;
            if (PersonKeys.better(raw, best)) {
                best = raw;
            }
        }
        newKeys.add(best);
        for (Long id : person) {
            move(id, nodes.get(id), best, changed, oldKeys, before);
        }
    }

    /** Whether no token links the record to another: none is shared, or only ambiguously with an object id. */
    private boolean isolated(long id) {
        Node node = nodes.get(id);
        boolean withObjectId = ObjectIdConflicts.isObjectIdKey(node.rawKey);
        for (long token : node.tokens) {
            long[] ids = holders.get(token);
            if (ids != null && ids.length > 1 && (sharedTokens.get(token) != MIXED
                    || !withObjectId && anotherWithoutObjectId(ids, id))) {
                return false;
            }
        }
        return true;
    }

    private boolean anotherWithoutObjectId(long[] ids, long id) {
        for (long other : ids) {
            if (other != id && !ObjectIdConflicts.isObjectIdKey(nodes.get(other).rawKey)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The records connected to {@code seed} through shared tokens; a token whose holders carry two different object
     * ids connects only its holders without one. Each token's holders are scanned once: when many records share one
     * token, scanning it from every holder would cost the square of their number on every page that touches the group.
     */
    private List<Long> component(long seed, LongHashSet visited) {
        List<Long> component = new ArrayList<>();
        LongHashSet scanned = new LongHashSet();
        LongHashSet scannedAmbiguous = new LongHashSet();
        ArrayDeque<Long> queue = new ArrayDeque<>();
        queue.add(seed);
        visited.add(seed);
        while (!queue.isEmpty()) {
            long id = queue.poll();
            component.add(id);
            Node node = nodes.get(id);
            boolean withoutObjectId = !ObjectIdConflicts.isObjectIdKey(node.rawKey);
            for (long token : node.tokens) {
                long[] ids = holders.get(token);
                if (ids == null || ids.length == 1) {
                    continue;
                }
                boolean ambiguous = sharedTokens.get(token) == MIXED;
                if (ambiguous ? !withoutObjectId || !scannedAmbiguous.add(token) : !scanned.add(token)) {
                    continue;
                }
                for (long other : ids) {
                    if ((!ambiguous || !ObjectIdConflicts.isObjectIdKey(nodes.get(other).rawKey))
                            && visited.add(other)) {
                        queue.add(other);
                    }
                }
            }
        }
        return component;
    }
}
