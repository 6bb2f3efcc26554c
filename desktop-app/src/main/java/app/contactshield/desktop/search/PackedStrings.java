package app.contactshield.desktop.search;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Many short strings kept as UTF-8 in one byte array with one offset each, instead of one object per string: for
 * 300,000 names or keys that is a fifth of the memory. Strings are numbered in the order they were added; an
 * interning builder keeps one copy of each distinct string. UTF-8 keeps prefixes, and unsigned byte order is code
 * point order, so sorted packed strings answer prefix queries by binary search. Immutable once built; thread-safe
 * for reads.
 */
final class PackedStrings {
    private final byte[] bytes;
    private final int[] offsets;
    private final int[] table;

    private PackedStrings(byte[] bytes, int[] offsets, int[] table) {
        this.bytes = bytes;
        this.offsets = offsets;
        this.table = table;
    }

    /** How many strings are held. */
    int size() {
        return offsets.length - 1;
    }

    /** The string number {@code id}. */
    String get(int id) {
        return new String(bytes, offsets[id], offsets[id + 1] - offsets[id], StandardCharsets.UTF_8);
    }

    /** Compares string {@code id} with UTF-8 {@code key} in unsigned byte order. */
    int compare(int id, byte[] key) {
        return Arrays.compareUnsigned(bytes, offsets[id], offsets[id + 1], key, 0, key.length);
    }

    /** Compares two held strings in unsigned byte order. */
    int compare(int a, int b) {
        return Arrays.compareUnsigned(bytes, offsets[a], offsets[a + 1], bytes, offsets[b], offsets[b + 1]);
    }

    /** Whether string {@code id} starts with UTF-8 {@code prefix}. */
    boolean startsWith(int id, byte[] prefix) {
        int from = offsets[id];
        return offsets[id + 1] - from >= prefix.length
                && Arrays.equals(bytes, from, from + prefix.length, prefix, 0, prefix.length);
    }

    /** The id of {@code text}, or -1; only for strings built with {@link Builder#build(boolean)} keeping lookup. */
    int find(String text) {
        byte[] key = utf8(text);
        int mask = table.length - 1;
        for (int slot = hash(key, 0, key.length) & mask; table[slot] != 0; slot = (slot + 1) & mask) {
            int id = table[slot] - 1;
            if (Arrays.equals(bytes, offsets[id], offsets[id + 1], key, 0, key.length)) {
                return id;
            }
        }
        return -1;
    }

    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static int hash(byte[] data, int from, int to) {
        int h = 0x811C9DC5;
        for (int i = from; i < to; i++) {
            h = (h ^ data[i]) * 0x01000193;
        }
        return h ^ (h >>> 16);
    }

    /**
     * Collects strings. With lookup, it keeps a hash table so that {@link #intern(String)} finds an equal string
     * and the built strings answer {@link PackedStrings#find(String)}. Not thread-safe.
     */
    static final class Builder {
        private byte[] bytes = new byte[4096];
        private int[] offsets = new int[257];
        private int count;
        private int[] table;

        /** @param lookup whether to keep a hash table of the strings */
        Builder(boolean lookup) {
            table = lookup ? new int[512] : null;
        }

        /** Adds a string (a copy even when an equal one is held) and returns its id. */
        int add(String text) {
            byte[] key = utf8(text);
            return append(key, table == null ? 0 : hash(key, 0, key.length));
        }

        /** Returns the id of an equal string already held, else adds it; needs lookup. */
        int intern(String text) {
            byte[] key = utf8(text);
            int hash = hash(key, 0, key.length);
            int mask = table.length - 1;
            for (int slot = hash & mask; table[slot] != 0; slot = (slot + 1) & mask) {
                int id = table[slot] - 1;
                if (Arrays.equals(bytes, offsets[id], offsets[id + 1], key, 0, key.length)) {
                    return id;
                }
            }
            return append(key, hash);
        }

        /** How many strings were added. */
        int size() {
            return count;
        }

        private int append(byte[] key, int hash) {
            if (count + 1 == offsets.length) {
                offsets = Arrays.copyOf(offsets, offsets.length + (offsets.length >> 1));
            }
            int start = offsets[count];
            if (start + key.length > bytes.length) {
                bytes = Arrays.copyOf(bytes, Math.max(start + key.length, bytes.length + (bytes.length >> 1)));
            }
            System.arraycopy(key, 0, bytes, start, key.length);
            offsets[count + 1] = start + key.length;
            int id = count++;
            if (table != null) {
                if (count * 2 > table.length) {
                    rehash(table.length * 2);
                } else {
                    place(table, id, hash);
                }
            }
            return id;
        }

        private void rehash(int capacity) {
            int[] grown = new int[capacity];
            for (int id = 0; id < count; id++) {
                place(grown, id, hash(bytes, offsets[id], offsets[id + 1]));
            }
            table = grown;
        }

        private static void place(int[] into, int id, int hash) {
            int mask = into.length - 1;
            int slot = hash & mask;
            while (into[slot] != 0) {
                slot = (slot + 1) & mask;
            }
            into[slot] = id + 1;
        }

        /** The strings, trimmed; with {@code lookup} they also answer {@link PackedStrings#find(String)}. */
        PackedStrings build(boolean lookup) {
            byte[] trimmed = Arrays.copyOf(bytes, offsets[count]);
            return new PackedStrings(trimmed, Arrays.copyOf(offsets, count + 1), lookup ? table : null);
        }

        /** As {@link #build(boolean)}, sharing nothing the builder changes later, so that adding may go on. */
        PackedStrings snapshot(boolean lookup) {
            byte[] trimmed = Arrays.copyOf(bytes, offsets[count]);
            return new PackedStrings(trimmed, Arrays.copyOf(offsets, count + 1), lookup ? table.clone() : null);
        }
    }
}
