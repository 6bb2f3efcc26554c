package app.contactshield.callerid.index;

import app.contactshield.graphsync.model.Person;
import app.contactshield.graphsync.model.PersonKey;
import app.contactshield.graphsync.model.PhoneType;
import app.contactshield.graphsync.model.SourceId;
import app.contactshield.graphsync.phone.E164Keys;
import app.contactshield.graphsync.store.ContactStore;
import app.contactshield.graphsync.store.StoreException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.locks.StampedLock;

/**
 * The in-memory caller index: E.164 number → every person holding it, as which of their numbers, from which source.
 *
 * <p>Layout: numbers are {@code long} keys ({@link E164Keys}) in an open-addressing table whose value is the first
 * of a chain of entries; entries are parallel primitive arrays (person id, type, source id, next entry of the same
 * number, next entry of the same person, number), so a lookup probes two arrays and allocates only its result. The
 * people's keys and cards are packed ({@link PackedKeys}, {@link PackedCards}), not held as objects per person; a
 * result gets its own.
 *
 * <p>Threading: any number of threads may {@link #lookup(long)} while one thread applies updates. Readers take the
 * read side of a {@link StampedLock} (no allocation); an update holds the write side only while it changes the
 * arrays of one person (microseconds), never during store I/O. Holds no resources; nothing to close.
 */
public final class CallerIndex {
    private static final int NONE = -1;
    private static final PhoneType[] TYPES = PhoneType.values();

    private final StampedLock lock = new StampedLock();
    private final NumberTable numbers;
    private PersonTable personIds;
    private final Map<SourceId, Short> sourceIds = new HashMap<>();
    private final List<SourceId> sources = new ArrayList<>();

    private int[] entryPerson;
    private byte[] entryType;
    private short[] entrySource;
    private int[] entryNextOfNumber;
    private int[] entryNextOfPerson;
    private long[] entryNumber;
    private int entryTop;
    private int freeEntry = NONE;
    private int entryCount;

    private PackedKeys personKeys;
    private PackedCards personCards;
    private int[] personFirstEntry;
    private int personTop;
    private int freePerson = NONE;
    private PersonKey lastPersonKey;
    private int lastPersonId = NONE;

    /** An empty index sized for about {@code expectedNumbers} numbers (it grows as needed). */
    public CallerIndex(int expectedNumbers) {
        int capacity = Math.max(16, expectedNumbers);
        numbers = new NumberTable(capacity);
        entryPerson = new int[capacity];
        entryType = new byte[capacity];
        entrySource = new short[capacity];
        entryNextOfNumber = new int[capacity];
        entryNextOfPerson = new int[capacity];
        entryNumber = new long[capacity];
        int persons = Math.max(16, capacity / 2);
        personKeys = new PackedKeys(persons);
        personIds = new PersonTable(personKeys, persons);
        personCards = new PackedCards(persons);
        personFirstEntry = new int[persons];
    }

    /**
     * Builds an index from every normalised number in the store, with each holder's card (name, company, title), so
     * that identification never reads the store. Runs on the caller's thread and reads the whole store: call it off
     * the JavaFX thread.
     */
    public static CallerIndex build(ContactStore store) throws StoreException {
        CallerIndex index = new CallerIndex(1024);
        index.loadFrom(store);
        return index;
    }

    /**
     * Adds every normalised number in the store to this index with its holder's card (see {@link #build}). Company
     * and title texts are shared between the cards that hold the same one. The store's stream is collected into
     * primitive arrays without the index's lock, then applied under one write lock (lookups wait for that step
     * only); the result is the same as {@link #add(PersonKey, String, PhoneType, SourceId, String, String, String)}
     * for each number in stream order.
     */
    public void loadFrom(ContactStore store) throws StoreException {
        IndexLoad load = new IndexLoad(entryPerson.length);
        store.forEachPhoneCard(load);
        long stamp = lock.writeLock();
        try {
            applyLocked(load);
        } finally {
            lock.unlockWrite(stamp);
        }
    }

    private void applyLocked(IndexLoad load) {
        reserveEntries(load.size());
        int[] ids = personTop == 0 ? adoptPersons(load) : mergePersons(load);
        List<SourceId> loadSources = load.sources();
        short[] sourceIdsOf = new short[loadSources.size()];
        for (int s = 0; s < sourceIdsOf.length; s++) {
            sourceIdsOf[s] = sourceId(loadSources.get(s));
        }
        for (int e = 0; e < load.size(); e++) {
            addLocked(ids[load.person(e)], load.number(e), load.type(e), sourceIdsOf[load.source(e)]);
        }
    }

    /** Into an index that never held anyone: takes over the load's person ids, keys and cards as they are. */
    private int[] adoptPersons(IndexLoad load) {
        personIds = load.personIds();
        personKeys = load.keys();
        personCards = load.cards();
        personFirstEntry = new int[load.personCount()];
        Arrays.fill(personFirstEntry, NONE);
        personTop = load.personCount();
        freePerson = NONE;
        lastPersonKey = null;
        int[] ids = new int[personTop];
        Arrays.setAll(ids, p -> p);
        return ids;
    }

    /** Into an index that holds people: maps each loaded person to its id here, keeping a card already known. */
    private int[] mergePersons(IndexLoad load) {
        personIds.reserve(load.personCount());
        int[] ids = new int[load.personCount()];
        for (int p = 0; p < ids.length; p++) {
            int id = personId(load.key(p));
            PersonCard card = load.card(p);
            if (!personCards.has(id) && card != null) {
                personCards.set(id, card);
            }
            ids[p] = id;
        }
        return ids;
    }

    private void reserveEntries(int entries) {
        numbers.reserve(entries);
        int capacity = entryTop + entries;
        if (capacity > entryPerson.length) {
            entryPerson = Arrays.copyOf(entryPerson, capacity);
            entryType = Arrays.copyOf(entryType, capacity);
            entrySource = Arrays.copyOf(entrySource, capacity);
            entryNextOfNumber = Arrays.copyOf(entryNextOfNumber, capacity);
            entryNextOfPerson = Arrays.copyOf(entryNextOfPerson, capacity);
            entryNumber = Arrays.copyOf(entryNumber, capacity);
        }
    }

    /**
     * Adds one number of a person with what to show about them; the first card given for a person is kept.
     *
     * @return whether an entry was added
     */
    public boolean add(PersonKey person, String e164, PhoneType type, SourceId source, String displayName,
            String company, String jobTitle) {
        long key = E164Keys.of(e164);
        if (key == E164Keys.NONE) {
            return false;
        }
        long stamp = lock.writeLock();
        try {
            int id = personId(person);
            if (!personCards.has(id) && (displayName != null || company != null || jobTitle != null)) {
                personCards.set(id, new PersonCard(displayName, company, jobTitle));
            }
            return addLocked(id, key, (byte) type.ordinal(), sourceId(source));
        } finally {
            lock.unlockWrite(stamp);
        }
    }

    /**
     * Adds one number of a person. Numbers that are not E.164 are ignored; adding the same number, type and source
     * for the same person twice keeps one entry.
     *
     * @return whether an entry was added
     */
    public boolean add(PersonKey person, String e164, PhoneType type, SourceId source) {
        long key = E164Keys.of(e164);
        if (key == E164Keys.NONE) {
            return false;
        }
        long stamp = lock.writeLock();
        try {
            return addLocked(personId(person), key, (byte) type.ordinal(), sourceId(source));
        } finally {
            lock.unlockWrite(stamp);
        }
    }

    /**
     * Replaces everything the index knows about a person with the person as the store now has them.
     *
     * @param key    the person's key
     * @param person the person as now stored, or {@code null} when the person was removed
     */
    public void replacePerson(PersonKey key, Person person) {
        Objects.requireNonNull(key, "key");
        long stamp = lock.writeLock();
        try {
            int known = personIds.get(key);
            if (known != NONE) {
                removeEntriesOf(known);
            }
            if (person == null) {
                if (known != NONE) {
                    releasePerson(known, key);
                }
                return;
            }
            int id = known != NONE ? known : personId(key);
            personCards.set(id, PersonCard.of(person));
            for (Person.SourcedPhone phone : person.phones()) {
                if (!phone.number().identifiesCaller()) {
                    continue;
                }
                long number = E164Keys.of(phone.number().e164());
                if (number != E164Keys.NONE) {
                    addLocked(id, number, (byte) phone.number().type().ordinal(), sourceId(phone.source()));
                }
            }
        } finally {
            lock.unlockWrite(stamp);
        }
    }

    /** Remembers what to show about a person already in the index; ignored for a person the index does not hold. */
    public void putCard(PersonKey key, PersonCard card) {
        long stamp = lock.writeLock();
        try {
            int id = personIds.get(key);
            if (id != NONE && card != null) {
                personCards.set(id, card);
            } else if (id != NONE) {
                personCards.clear(id);
            }
        } finally {
            lock.unlockWrite(stamp);
        }
    }

    /**
     * Every holder of a number. The caller-ID path: no I/O, no parsing; allocates only the returned list.
     *
     * @param e164Key the number as an {@link E164Keys} key
     * @return the holders in the order they were added; empty when nobody holds the number
     */
    public List<IndexedNumber> lookup(long e164Key) {
        long stamp = lock.readLock();
        try {
            int entry = e164Key > 0 ? numbers.get(e164Key) : NONE;
            if (entry == NONE) {
                return List.of();
            }
            if (entryNextOfNumber[entry] == NONE) {
                return List.of(holder(entry));
            }
            List<IndexedNumber> holders = new ArrayList<>(4);
            for (int e = entry; e != NONE; e = entryNextOfNumber[e]) {
                holders.add(holder(e));
            }
            return holders;
        } finally {
            lock.unlockRead(stamp);
        }
    }

    /** How many distinct numbers the index holds. */
    public int numberCount() {
        long stamp = lock.readLock();
        try {
            return numbers.size();
        } finally {
            lock.unlockRead(stamp);
        }
    }

    /** How many (number, person, type, source) entries the index holds. */
    public int entryCount() {
        long stamp = lock.readLock();
        try {
            return entryCount;
        } finally {
            lock.unlockRead(stamp);
        }
    }

    /** How many people hold at least one indexed number. */
    public int personCount() {
        long stamp = lock.readLock();
        try {
            return personIds.size();
        } finally {
            lock.unlockRead(stamp);
        }
    }

    /**
     * The bytes of the index's primitive arrays (number table, entries, person slots, the packed person keys and
     * cards), without the table of distinct company and title texts. A computed figure: array lengths times element
     * sizes.
     */
    public long arrayBytes() {
        long stamp = lock.readLock();
        try {
            long entries = entryPerson.length * (4L + 1 + 2 + 4 + 4 + 8);
            long persons = personFirstEntry.length * 4L + personKeys.arrayBytes() + personCards.arrayBytes();
            return numbers.arrayBytes() + entries + persons + personIds.arrayBytes();
        } finally {
            lock.unlockRead(stamp);
        }
    }

    /** How many people in the index have a card (name, company, title) to show. */
    public int cardCount() {
        long stamp = lock.readLock();
        try {
            int cards = 0;
            for (int id = 0; id < personTop; id++) {
                if (personKeys.has(id) && personCards.has(id)) {
                    cards++;
                }
            }
            return cards;
        } finally {
            lock.unlockRead(stamp);
        }
    }

    /**
     * Counts and memory in one line, for the log and {@code doctor}: no number, name or key, only figures.
     * Example: {@code 12034 numbers, 9120 people (9120 with a card), 12400 entries, 812 KiB arrays, 69.1 bytes per
     * number}.
     */
    public String memorySummary() {
        long bytes = arrayBytes();
        int count = numberCount();
        return String.format(java.util.Locale.ROOT, "%,d numbers, %,d people (%,d with a card), %,d entries, "
                + "%,d KiB arrays, %.1f bytes per number", count, personCount(), cardCount(), entryCount(),
                bytes / 1024, count == 0 ? 0.0 : bytes / (double) count);
    }

    /** {@link #arrayBytes()} divided by the number of distinct numbers (0 when empty). */
    public double arrayBytesPerNumber() {
        int count = numberCount();
        return count == 0 ? 0 : arrayBytes() / (double) count;
    }

    private IndexedNumber holder(int entry) {
        int person = entryPerson[entry];
        return new IndexedNumber(personKeys.key(person), personCards.card(person), TYPES[entryType[entry]],
                sources.get(entrySource[entry]));
    }

    private boolean addLocked(int person, long number, byte type, short sourceId) {
        int head = numbers.get(number);
        for (int e = head; e != NONE; e = entryNextOfNumber[e]) {
            if (entryPerson[e] == person && entryType[e] == type && entrySource[e] == sourceId) {
                return false;
            }
        }
        int entry = allocateEntry();
        entryPerson[entry] = person;
        entryType[entry] = type;
        entrySource[entry] = sourceId;
        entryNumber[entry] = number;
        entryNextOfNumber[entry] = NONE;
        if (head == NONE) {
            numbers.put(number, entry);
        } else {
            int tail = head;
            while (entryNextOfNumber[tail] != NONE) {
                tail = entryNextOfNumber[tail];
            }
            entryNextOfNumber[tail] = entry;
        }
        entryNextOfPerson[entry] = personFirstEntry[person];
        personFirstEntry[person] = entry;
        entryCount++;
        return true;
    }

    private void removeEntriesOf(int person) {
        int entry = personFirstEntry[person];
        while (entry != NONE) {
            int next = entryNextOfPerson[entry];
            unlinkFromNumber(entry);
            entryNextOfNumber[entry] = freeEntry;
            freeEntry = entry;
            entryCount--;
            entry = next;
        }
        personFirstEntry[person] = NONE;
    }

    private void unlinkFromNumber(int entry) {
        long number = entryNumber[entry];
        int head = numbers.get(number);
        if (head == entry) {
            int next = entryNextOfNumber[entry];
            if (next == NONE) {
                numbers.remove(number);
            } else {
                numbers.put(number, next);
            }
            return;
        }
        for (int e = head; e != NONE; e = entryNextOfNumber[e]) {
            if (entryNextOfNumber[e] == entry) {
                entryNextOfNumber[e] = entryNextOfNumber[entry];
                return;
            }
        }
    }

    private int allocateEntry() {
        if (freeEntry != NONE) {
            int entry = freeEntry;
            freeEntry = entryNextOfNumber[entry];
            return entry;
        }
        if (entryTop == entryPerson.length) {
            int capacity = entryPerson.length + entryPerson.length / 2;
            entryPerson = Arrays.copyOf(entryPerson, capacity);
            entryType = Arrays.copyOf(entryType, capacity);
            entrySource = Arrays.copyOf(entrySource, capacity);
            entryNextOfNumber = Arrays.copyOf(entryNextOfNumber, capacity);
            entryNextOfPerson = Arrays.copyOf(entryNextOfPerson, capacity);
            entryNumber = Arrays.copyOf(entryNumber, capacity);
        }
        return entryTop++;
    }

    private int personId(PersonKey key) {
        if (key.equals(lastPersonKey)) {
            return lastPersonId;
        }
        int known = personIds.get(key);
        if (known != NONE) {
            lastPersonKey = key;
            lastPersonId = known;
            return known;
        }
        int id;
        if (freePerson != NONE) {
            id = freePerson;
            freePerson = personFirstEntry[id];
        } else {
            if (personTop == personFirstEntry.length) {
                int capacity = Math.max(16, personFirstEntry.length + personFirstEntry.length / 2);
                personFirstEntry = Arrays.copyOf(personFirstEntry, capacity);
            }
            id = personTop++;
        }
        personKeys.set(id, key);
        personCards.clear(id);
        personFirstEntry[id] = NONE;
        personIds.put(key, id);
        lastPersonKey = key;
        lastPersonId = id;
        return id;
    }

    private void releasePerson(int id, PersonKey key) {
        personIds.remove(key);
        lastPersonKey = null;
        personKeys.clear(id);
        personCards.clear(id);
        personFirstEntry[id] = freePerson;
        freePerson = id;
    }

    private short sourceId(SourceId source) {
        Short known = sourceIds.get(source);
        if (known != null) {
            return known;
        }
        if (sources.size() == Short.MAX_VALUE) {
            throw new IllegalStateException("The caller index holds at most " + Short.MAX_VALUE + " sources");
        }
        short id = (short) sources.size();
        sources.add(source);
        sourceIds.put(source, id);
        return id;
    }
}
