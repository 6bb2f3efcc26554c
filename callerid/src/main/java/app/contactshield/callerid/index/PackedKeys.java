package app.contactshield.callerid.index;

import app.contactshield.graphsync.model.PersonKey;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The person keys of the caller index by person id, as UTF-8 in one growing byte array with a start and a length
 * per id, instead of a key object and its string per person (with 300,000 people about 15 MB less). A key object is
 * made only for a lookup's result. A replaced or cleared key leaves its bytes behind until they outweigh the live
 * ones; then the live keys are copied together. Not thread-safe: the owner guards it.
 */
final class PackedKeys {
    private static final int NONE = -1;
    private static final int MIN_GARBAGE = 1 << 20;

    private byte[] bytes;
    private int used;
    private int garbage;
    private int[] start;
    private int[] length;

    /** Room for about {@code expectedPeople} keys (it grows as needed). */
    PackedKeys(int expectedPeople) {
        int capacity = Math.max(16, expectedPeople);
        bytes = new byte[capacity * 16];
        start = new int[capacity];
        length = new int[capacity];
        Arrays.fill(length, NONE);
    }

    /** The UTF-8 bytes of a key, as {@link #holds(int, byte[])} compares them. */
    static byte[] utf8(PersonKey key) {
        return key.value().getBytes(StandardCharsets.UTF_8);
    }

    /** Sets the key of an id, replacing any it had. */
    void set(int id, PersonKey key) {
        byte[] utf8 = utf8(key);
        if (id >= start.length) {
            int capacity = Math.max(id + 1, start.length + start.length / 2);
            start = Arrays.copyOf(start, capacity);
            int old = length.length;
            length = Arrays.copyOf(length, capacity);
            Arrays.fill(length, old, capacity, NONE);
        }
        clear(id);
        if (garbage > MIN_GARBAGE && garbage > used - garbage) {
            compact();
        }
        if (used + utf8.length > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(used + utf8.length, bytes.length + bytes.length / 2));
        }
        System.arraycopy(utf8, 0, bytes, used, utf8.length);
        start[id] = used;
        length[id] = utf8.length;
        used += utf8.length;
    }

    /** Forgets the key of an id. */
    void clear(int id) {
        if (id < length.length && length[id] != NONE) {
            garbage += length[id];
            length[id] = NONE;
        }
    }

    /** Whether the id has a key. */
    boolean has(int id) {
        return id < length.length && length[id] != NONE;
    }

    /** A new key object for an id, or {@code null} when it has none. */
    PersonKey key(int id) {
        if (!has(id)) {
            return null;
        }
        return new PersonKey(new String(bytes, start[id], length[id], StandardCharsets.UTF_8));
    }

    /** Whether the id's key has exactly these UTF-8 bytes. */
    boolean holds(int id, byte[] utf8) {
        return has(id) && Arrays.equals(bytes, start[id], start[id] + length[id], utf8, 0, utf8.length);
    }

    /** Bytes of the arrays. */
    long arrayBytes() {
        return bytes.length + start.length * 4L + length.length * 4L;
    }

    private void compact() {
        byte[] live = new byte[Math.max(16, used - garbage + used / 4)];
        int at = 0;
        for (int id = 0; id < length.length; id++) {
            if (length[id] != NONE) {
                System.arraycopy(bytes, start[id], live, at, length[id]);
                start[id] = at;
                at += length[id];
            }
        }
        bytes = live;
        used = at;
        garbage = 0;
    }
}
