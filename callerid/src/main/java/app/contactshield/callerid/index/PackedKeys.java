package app.contactshield.callerid.index;

import app.contactshield.graphsync.model.PersonKey;

/**
 * The person keys of the caller index by person id, packed as UTF-8 ({@link PackedTexts}) instead of a key object
 * and its string per person (with 300,000 people about 15 MB less). A key object is made only for a lookup's
 * result. Not thread-safe: the owner guards it.
 */
final class PackedKeys {
    private static final int KEY_BYTES = 16;

    private final PackedTexts texts;

    /** Room for about {@code expectedPeople} keys (it grows as needed). */
    PackedKeys(int expectedPeople) {
        texts = new PackedTexts(expectedPeople, KEY_BYTES);
    }

    /** The UTF-8 bytes of a key, as {@link #holds(int, byte[])} compares them. */
    static byte[] utf8(PersonKey key) {
        return PackedTexts.utf8(key.value());
    }

    /** Sets the key of an id, replacing any it had. */
    void set(int id, PersonKey key) {
        texts.set(id, key.value());
    }

    /** Forgets the key of an id. */
    void clear(int id) {
        texts.clear(id);
    }

    /** Whether the id has a key. */
    boolean has(int id) {
        return texts.has(id);
    }

    /** A new key object for an id, or {@code null} when it has none. */
    PersonKey key(int id) {
        String value = texts.text(id);
        return value == null ? null : new PersonKey(value);
    }

    /** Whether the id's key has exactly these UTF-8 bytes. */
    boolean holds(int id, byte[] utf8) {
        return texts.holds(id, utf8);
    }

    /** Gives back the room beyond the live keys and beyond the first {@code ids} ids, once a bulk load is done. */
    void trim(int ids) {
        texts.trim(ids);
    }

    /** Bytes of the arrays. */
    long arrayBytes() {
        return texts.arrayBytes();
    }
}
