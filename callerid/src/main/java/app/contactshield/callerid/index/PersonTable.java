package app.contactshield.callerid.index;

import app.contactshield.graphsync.model.PersonKey;

/**
 * An open-addressing hash table from {@link PersonKey} to the {@code int} id under which {@link PackedKeys} holds
 * that key, with linear probing and backward-shift deletion: no entry objects, no boxed ids and no key objects.
 * Each slot keeps its key's hash, so a probe past another key and a rehash never read that key's bytes (a miss costs
 * one array read). An id's key is set in the packed keys before the id is put, and removed after. Not thread-safe:
 * the owner guards it.
 */
final class PersonTable {
    private static final int ABSENT = -1;

    private final PackedKeys keys;
    /** The id in a slot plus one; 0 is a free slot. */
    private int[] ids;
    private int[] hashes;
    private int mask;
    private int size;

    PersonTable(PackedKeys keys, int expectedSize) {
        this.keys = keys;
        int wanted = Math.max(16, (int) Math.min(1 << 30, expectedSize * 4L / 3 + 1));
        allocate(Integer.highestOneBit(wanted - 1) << 1);
    }

    /** The id of a key, or -1. */
    int get(PersonKey key) {
        int slot = find(key, hash(key));
        return ids[slot] == 0 ? ABSENT : ids[slot] - 1;
    }

    /** Makes room for {@code more} further keys without rehashing on the way. */
    void reserve(int more) {
        long wanted = (size + (long) more) * 4 / 3 + 1;
        if (wanted > ids.length) {
            rehash((int) Math.min(1 << 30, Long.highestOneBit(wanted - 1) << 1));
        }
    }

    /** Sets the id of a key; the packed keys hold that key under {@code id} already. */
    void put(PersonKey key, int id) {
        if ((size + 1) * 4L > ids.length * 3L) {
            rehash(ids.length * 2);
        }
        int hash = hash(key);
        int slot = find(key, hash);
        if (ids[slot] == 0) {
            size++;
        }
        ids[slot] = id + 1;
        hashes[slot] = hash;
    }

    /** Removes a key if present; the packed keys still hold it. */
    void remove(PersonKey key) {
        int hole = find(key, hash(key));
        if (ids[hole] == 0) {
            return;
        }
        int next = (hole + 1) & mask;
        while (ids[next] != 0) {
            int home = hashes[next] & mask;
            boolean movable = hole <= next ? (home <= hole || home > next) : (home <= hole && home > next);
            if (movable) {
                ids[hole] = ids[next];
                hashes[hole] = hashes[next];
                hole = next;
            }
            next = (next + 1) & mask;
        }
        ids[hole] = 0;
        size--;
    }

    int size() {
        return size;
    }

    /** Bytes of the table's arrays. */
    long arrayBytes() {
        return ids.length * 4L + hashes.length * 4L;
    }

    /** The slot holding the key, or the free slot where it would go. */
    private int find(PersonKey key, int hash) {
        byte[] utf8 = null;
        int slot = hash & mask;
        while (ids[slot] != 0) {
            if (hashes[slot] == hash) {
                if (utf8 == null) {
                    utf8 = PackedKeys.utf8(key);
                }
                if (keys.holds(ids[slot] - 1, utf8)) {
                    return slot;
                }
            }
            slot = (slot + 1) & mask;
        }
        return slot;
    }

    private void rehash(int capacity) {
        int[] oldIds = ids;
        int[] oldHashes = hashes;
        allocate(capacity);
        for (int i = 0; i < oldIds.length; i++) {
            if (oldIds[i] != 0) {
                int slot = oldHashes[i] & mask;
                while (ids[slot] != 0) {
                    slot = (slot + 1) & mask;
                }
                ids[slot] = oldIds[i];
                hashes[slot] = oldHashes[i];
            }
        }
    }

    private void allocate(int capacity) {
        ids = new int[capacity];
        hashes = new int[capacity];
        mask = capacity - 1;
    }

    private static int hash(PersonKey key) {
        int h = key.value().hashCode() * 0x9E3779B9;
        return h ^ (h >>> 16);
    }
}
