package app.contactshield.callerid.index;

import app.contactshield.graphsync.model.PersonKey;

/**
 * An open-addressing hash table from {@link PersonKey} to an {@code int} id, with linear probing and backward-shift
 * deletion: no entry objects and no boxed ids. Each slot keeps its key's hash, so a probe past another key and a rehash
 * never dereference that key (a miss costs one array read, not three object reads). Not thread-safe: the owner
 * guards it.
 */
final class PersonTable {
    private static final int ABSENT = -1;

    private PersonKey[] keys;
    private int[] hashes;
    private int[] values;
    private int mask;
    private int size;

    PersonTable(int expectedSize) {
        int wanted = Math.max(16, (int) Math.min(1 << 30, expectedSize * 4L / 3 + 1));
        allocate(Integer.highestOneBit(wanted - 1) << 1);
    }

    /** The id of a key, or -1. */
    int get(PersonKey key) {
        int hash = hash(key);
        int slot = hash & mask;
        while (true) {
            PersonKey found = keys[slot];
            if (found == null) {
                return ABSENT;
            }
            if (hashes[slot] == hash && found.equals(key)) {
                return values[slot];
            }
            slot = (slot + 1) & mask;
        }
    }

    /** Makes room for {@code more} further keys without rehashing on the way. */
    void reserve(int more) {
        long wanted = (size + (long) more) * 4 / 3 + 1;
        if (wanted > keys.length) {
            rehash((int) Math.min(1 << 30, Long.highestOneBit(wanted - 1) << 1));
        }
    }

    /** Sets the id of a key. */
    void put(PersonKey key, int value) {
        if ((size + 1) * 4L > keys.length * 3L) {
            rehash(keys.length * 2);
        }
        int hash = hash(key);
        int slot = hash & mask;
        while (keys[slot] != null && !(hashes[slot] == hash && keys[slot].equals(key))) {
            slot = (slot + 1) & mask;
        }
        if (keys[slot] == null) {
            size++;
        }
        keys[slot] = key;
        hashes[slot] = hash;
        values[slot] = value;
    }

    /** Removes a key if present. */
    void remove(PersonKey key) {
        int hash = hash(key);
        int slot = hash & mask;
        while (keys[slot] == null || !(hashes[slot] == hash && keys[slot].equals(key))) {
            if (keys[slot] == null) {
                return;
            }
            slot = (slot + 1) & mask;
        }
        int hole = slot;
        int next = (hole + 1) & mask;
        while (keys[next] != null) {
            int home = hashes[next] & mask;
            boolean movable = hole <= next ? (home <= hole || home > next) : (home <= hole && home > next);
            if (movable) {
                keys[hole] = keys[next];
                hashes[hole] = hashes[next];
                values[hole] = values[next];
                hole = next;
            }
            next = (next + 1) & mask;
        }
        keys[hole] = null;
        size--;
    }

    int size() {
        return size;
    }

    /** Bytes of the table's arrays, with 4-byte references. */
    long arrayBytes() {
        return keys.length * 4L + hashes.length * 4L + values.length * 4L;
    }

    private void rehash(int capacity) {
        PersonKey[] oldKeys = keys;
        int[] oldHashes = hashes;
        int[] oldValues = values;
        allocate(capacity);
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != null) {
                int slot = oldHashes[i] & mask;
                while (keys[slot] != null) {
                    slot = (slot + 1) & mask;
                }
                keys[slot] = oldKeys[i];
                hashes[slot] = oldHashes[i];
                values[slot] = oldValues[i];
            }
        }
    }

    private void allocate(int capacity) {
        keys = new PersonKey[capacity];
        hashes = new int[capacity];
        values = new int[capacity];
        mask = capacity - 1;
    }

    private static int hash(PersonKey key) {
        int h = key.value().hashCode() * 0x9E3779B9;
        return h ^ (h >>> 16);
    }
}
