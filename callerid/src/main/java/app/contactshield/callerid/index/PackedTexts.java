package app.contactshield.callerid.index;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * One text per id, as UTF-8 in one growing byte array with a start and a length per id, instead of a string object
 * per id. A string is made only when a text is read. A replaced or cleared text leaves its bytes behind until they
 * outweigh the live ones; then the live texts are copied together. Not thread-safe: the owner guards it.
 */
final class PackedTexts {
    private static final int NONE = -1;
    private static final int MIN_GARBAGE = 1 << 20;

    private byte[] bytes;
    private int used;
    private int garbage;
    private int[] start;
    private int[] length;

    /** Room for about {@code expectedIds} texts of about {@code expectedBytes} bytes each (it grows as needed). */
    PackedTexts(int expectedIds, int expectedBytes) {
        int capacity = Math.max(16, expectedIds);
        bytes = new byte[capacity * expectedBytes];
        start = new int[capacity];
        length = new int[capacity];
        Arrays.fill(length, NONE);
    }

    /** The UTF-8 bytes of a text, as {@link #holds(int, byte[])} compares them. */
    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** Sets the text of an id, replacing any it had. */
    void set(int id, String text) {
        byte[] utf8 = utf8(text);
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

    /** Forgets the text of an id. */
    void clear(int id) {
        if (id < length.length && length[id] != NONE) {
            garbage += length[id];
            length[id] = NONE;
        }
    }

    /** Whether the id has a text. */
    boolean has(int id) {
        return id < length.length && length[id] != NONE;
    }

    /** A new string of an id's text, or {@code null} when it has none. */
    String text(int id) {
        return has(id) ? new String(bytes, start[id], length[id], StandardCharsets.UTF_8) : null;
    }

    /** Whether the id's text has exactly these UTF-8 bytes. */
    boolean holds(int id, byte[] utf8) {
        return has(id) && Arrays.equals(bytes, start[id], start[id] + length[id], utf8, 0, utf8.length);
    }

    /** Gives back the room beyond the live texts and beyond the first {@code ids} ids, once a bulk load is done. */
    void trim(int ids) {
        compact();
        int capacity = Math.max(ids, 16);
        if (capacity < start.length) {
            start = Arrays.copyOf(start, capacity);
            length = Arrays.copyOf(length, capacity);
        }
    }

    /** Bytes of the arrays. */
    long arrayBytes() {
        return bytes.length + start.length * 4L + length.length * 4L;
    }

    private void compact() {
        byte[] live = new byte[Math.max(16, used - garbage + (used - garbage) / 8)];
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
