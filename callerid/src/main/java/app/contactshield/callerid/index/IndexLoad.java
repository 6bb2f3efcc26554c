package app.contactshield.callerid.index;

import app.contactshield.graphsync.model.PersonKey;
import app.contactshield.graphsync.model.PhoneType;
import app.contactshield.graphsync.model.SourceId;
import app.contactshield.graphsync.phone.E164Keys;
import app.contactshield.graphsync.store.ContactStore;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The entries of one bulk load, collected without the index's lock: numbers as {@code long} keys and holders as
 * local person and source ids in primitive arrays, in the order the store gave them, with one packed card per person
 * ({@link PackedCards}). {@link CallerIndex#loadFrom} fills one from the store's stream, then applies it
 * under a single write lock. Not thread-safe: one loading thread.
 */
final class IndexLoad implements ContactStore.PhoneCardVisitor {
    private static final int NONE = -1;

    private final PersonTable personIds;
    private final List<SourceId> sources = new ArrayList<>(4);

    private long[] numbers;
    private int[] persons;
    private byte[] types;
    private short[] sourceOf;
    private int size;

    private final PackedKeys keys;
    private final PackedCards cards;
    private int personCount;
    private PersonKey lastKey;
    private int lastPerson = NONE;
    private SourceId lastSource;
    private short lastSourceId;

    IndexLoad(int expectedNumbers) {
        int capacity = Math.max(16, expectedNumbers);
        numbers = new long[capacity];
        persons = new int[capacity];
        types = new byte[capacity];
        sourceOf = new short[capacity];
        keys = new PackedKeys(capacity);
        cards = new PackedCards(capacity);
        personIds = new PersonTable(keys, capacity);
    }

    /** Collects one number; numbers that are not E.164 are ignored. */
    @Override
    public void visit(PersonKey person, String e164, PhoneType type, SourceId source, String displayName,
            String company, String jobTitle) {
        long number = E164Keys.of(e164);
        if (number == E164Keys.NONE) {
            return;
        }
        int id = personId(person);
        if (!cards.has(id) && (displayName != null || company != null || jobTitle != null)) {
            cards.set(id, new PersonCard(displayName, company, jobTitle));
        }
        if (size == numbers.length) {
            growEntries();
        }
        numbers[size] = number;
        persons[size] = id;
        types[size] = (byte) type.ordinal();
        sourceOf[size] = sourceId(source);
        size++;
    }

    int size() {
        return size;
    }

    long number(int entry) {
        return numbers[entry];
    }

    int person(int entry) {
        return persons[entry];
    }

    byte type(int entry) {
        return types[entry];
    }

    short source(int entry) {
        return sourceOf[entry];
    }

    int personCount() {
        return personCount;
    }

    PersonKey key(int person) {
        return keys.key(person);
    }

    PersonCard card(int person) {
        return cards.card(person);
    }

    /** The people's keys by local id, trimmed to what they hold. */
    PackedKeys keys() {
        keys.trim(personCount);
        return keys;
    }

    /** The people's cards by local id, trimmed to what they hold; a person without a card has none. */
    PackedCards cards() {
        cards.trim(personCount);
        return cards;
    }

    /** Local person ids by key. */
    PersonTable personIds() {
        return personIds;
    }

    List<SourceId> sources() {
        return sources;
    }

    private int personId(PersonKey key) {
        if (key.equals(lastKey)) {
            return lastPerson;
        }
        int id = personIds.get(key);
        if (id == NONE) {
            id = personCount++;
            keys.set(id, key);
            personIds.put(key, id);
        }
        lastKey = key;
        lastPerson = id;
        return id;
    }

    private short sourceId(SourceId source) {
        if (source.equals(lastSource)) {
            return lastSourceId;
        }
        int id = sources.indexOf(source);
        if (id < 0) {
            id = sources.size();
            sources.add(source);
        }
        lastSource = source;
        lastSourceId = (short) id;
        return lastSourceId;
    }

    private void growEntries() {
        int capacity = numbers.length + numbers.length / 2;
        numbers = Arrays.copyOf(numbers, capacity);
        persons = Arrays.copyOf(persons, capacity);
        types = Arrays.copyOf(types, capacity);
        sourceOf = Arrays.copyOf(sourceOf, capacity);
    }
}
