package app.contactshield.callerid.index;

import java.util.Arrays;

/**
 * An open-addressing hash table from a positive {@code long} key to an {@code int} value, with linear probing, at
 * most three quarters full, and backward-shift deletion (no tombstones). Lookups allocate nothing. Not thread-safe:
 * the owner guards it.
 */
final class NumberTable {
    private static final long EMPTY = 0L;
    private static final int ABSENT = -1;
    private static final int MIN_CAPACITY = 16;

    private long[] keys;
    private int[] values;
    private int mask;
    private int size;

    NumberTable(int expectedSize) {
        allocate(capacityFor(expectedSize));
    }

    /** The value for a key, or -1. */
    int get(long key) {
        long[] k = keys;
        int m = mask;
        int slot = slot(key, m);
        while (true) {
            long found = k[slot];
            if (found == key) {
                return values[slot];
            }
            if (found == EMPTY) {
                return ABSENT;
            }
            slot = (slot + 1) & m;
        }
    }

    /** Sets the value of a key ({@code key > 0}). */
    void put(long key, int value) {
        if (key <= 0) {
            throw new IllegalArgumentException("A table key must be positive, was " + key);
        }
        if ((size + 1) * 4L > keys.length * 3L) {
            rehash(keys.length * 2);
        }
        int slot = slot(key, mask);
        while (keys[slot] != EMPTY && keys[slot] != key) {
            slot = (slot + 1) & mask;
        }
        if (keys[slot] == EMPTY) {
            size++;
        }
        keys[slot] = key;
        values[slot] = value;
    }

    /** Makes room for {@code more} further keys without rehashing on the way. */
    void reserve(int more) {
        int capacity = capacityFor((int) Math.min(Integer.MAX_VALUE, size + (long) more));
        if (capacity > keys.length) {
            rehash(capacity);
        }
    }

    /** Removes a key if present. */
    void remove(long key) {
        int slot = slot(key, mask);
        while (keys[slot] != key) {
            if (keys[slot] == EMPTY) {
                return;
            }
            slot = (slot + 1) & mask;
        }
        int hole = slot;
        int next = (hole + 1) & mask;
        while (keys[next] != EMPTY) {
            int home = slot(keys[next], mask);
            boolean movable = hole <= next ? (home <= hole || home > next) : (home <= hole && home > next);
            if (movable) {
                keys[hole] = keys[next];
                values[hole] = values[next];
                hole = next;
            }
            next = (next + 1) & mask;
        }
        keys[hole] = EMPTY;
        size--;
    }

    int size() {
        return size;
    }

    /** Bytes held by the table's arrays (without object headers). */
    long arrayBytes() {
        return keys.length * (long) Long.BYTES + values.length * (long) Integer.BYTES;
    }

    private void rehash(int capacity) {
        long[] oldKeys = keys;
        int[] oldValues = values;
        allocate(capacity);
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != EMPTY) {
                int slot = slot(oldKeys[i], mask);
                while (keys[slot] != EMPTY) {
                    slot = (slot + 1) & mask;
                }
                keys[slot] = oldKeys[i];
                values[slot] = oldValues[i];
            }
        }
    }

    private void allocate(int capacity) {
        keys = new long[capacity];
        values = new int[capacity];
        Arrays.fill(values, ABSENT);
        mask = capacity - 1;
    }

    private static int capacityFor(int expectedSize) {
        int wanted = Math.max(MIN_CAPACITY, (int) Math.min(1 << 30, expectedSize * 4L / 3 + 1));
        return Integer.highestOneBit(wanted - 1) << 1;
    }

    private static int slot(long key, int mask) {
        long h = key;
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return (int) h & mask;
    }
}
