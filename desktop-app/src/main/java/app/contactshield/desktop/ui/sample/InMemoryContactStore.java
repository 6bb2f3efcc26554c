package app.contactshield.desktop.ui.sample;

import app.contactshield.graphsync.consolidate.Consolidator;
import app.contactshield.graphsync.model.ContactField;
import app.contactshield.graphsync.model.ContactRecord;
import app.contactshield.graphsync.model.Person;
import app.contactshield.graphsync.model.PersonKey;
import app.contactshield.graphsync.model.SourceId;
import app.contactshield.graphsync.store.CallLogEntry;
import app.contactshield.graphsync.store.ContactStore;
import app.contactshield.graphsync.store.StoreListener;
import app.contactshield.graphsync.sync.ChangePage;
import app.contactshield.graphsync.sync.DeltaCursor;
import app.contactshield.graphsync.sync.PageResult;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * A contact store held in memory, for demo mode without an encrypted store and for tests. It consolidates only
 * records that share a {@link PersonKey}. Thread-safe (every method synchronises); listeners run on the committing
 * thread. Nothing is written anywhere.
 */
public final class InMemoryContactStore implements ContactStore {
    private final Map<PersonKey, Person> people = new LinkedHashMap<>();
    private final Set<PersonKey> favourites = new LinkedHashSet<>();
    private final Map<PersonKey, String> notes = new HashMap<>();
    private final List<CallLogEntry> calls = new ArrayList<>();
    private final Map<SourceId, DeltaCursor> cursors = new HashMap<>();
    private final Map<SourceId, Instant> cursorTimes = new HashMap<>();
    private final List<StoreListener> listeners = new CopyOnWriteArrayList<>();
    private final Map<String, ContactRecord> records = new LinkedHashMap<>();
    private final Consolidator consolidator;
    private Consumer<List<PersonKey>> favouritesObserver = favourites -> { };

    /** A store that consolidates only records sharing a {@link PersonKey} (tests, the sample directory). */
    public InMemoryContactStore() {
        this(null);
    }

    private InMemoryContactStore(Consolidator consolidator) {
        this.consolidator = consolidator;
    }

    /**
     * A store that consolidates records into people as the encrypted store does (the same person in two sources is
     * one person), so that the demo lists as many people as {@code doctor} counts in a demo store.
     */
    public static InMemoryContactStore consolidating(Consolidator consolidator) {
        return new InMemoryContactStore(Objects.requireNonNull(consolidator, "consolidator"));
    }

    /** A store holding the given people. */
    public static InMemoryContactStore of(List<Person> initial) {
        InMemoryContactStore store = new InMemoryContactStore();
        initial.forEach(person -> store.people.put(person.key(), person));
        return store;
    }

    @Override
    public PageResult accept(ChangePage page) {
        if (consolidator != null) {
            return acceptConsolidating(page);
        }
        Set<PersonKey> changed = new HashSet<>();
        int added = 0;
        synchronized (this) {
            for (ContactRecord record : page.upserts()) {
                PersonKey key = PersonKey.of(record);
                added += people.containsKey(key) ? 0 : 1;
                people.put(key, personOf(key, record));
                changed.add(key);
            }
            cursors.put(page.source(), page.cursor());
            cursorTimes.put(page.source(), Instant.now());
        }
        listeners.forEach(listener -> listener.peopleChanged(Set.copyOf(changed)));
        return new PageResult(added, changed.size() - added, 0);
    }

    private PageResult acceptConsolidating(ChangePage page) {
        Set<PersonKey> changed = new HashSet<>();
        int added = 0;
        int removed = 0;
        synchronized (this) {
            String source = page.source().value() + "\u0000";
            for (String key : page.removedKeys()) {
                removed += records.remove(source + key) == null ? 0 : 1;
            }
            for (String key : page.hiddenKeys()) {
                removed += records.remove(source + key) == null ? 0 : 1;
            }
            for (ContactRecord record : page.upserts()) {
                added += records.put(source + record.sourceKey(), record) == null ? 1 : 0;
            }
            changed.addAll(people.keySet());
            people.clear();
            for (Person person : consolidator.consolidate(List.copyOf(records.values()))) {
                people.put(person.key(), person);
                changed.add(person.key());
            }
            cursors.put(page.source(), page.cursor());
            cursorTimes.put(page.source(), Instant.now());
        }
        listeners.forEach(listener -> listener.peopleChanged(Set.copyOf(changed)));
        return new PageResult(added, page.upserts().size() - added, removed);
    }

    /** A person made of one record, every field from that record's source. */
    public static Person personOf(PersonKey key, ContactRecord record) {
        Map<ContactField, SourceId> sources = new EnumMap<>(ContactField.class);
        putSource(sources, ContactField.DISPLAY_NAME, record.displayName(), record.source());
        putSource(sources, ContactField.GIVEN_NAME, record.givenName(), record.source());
        putSource(sources, ContactField.FAMILY_NAME, record.familyName(), record.source());
        putSource(sources, ContactField.COMPANY, record.company(), record.source());
        putSource(sources, ContactField.DEPARTMENT, record.department(), record.source());
        putSource(sources, ContactField.JOB_TITLE, record.jobTitle(), record.source());
        putSource(sources, ContactField.OFFICE, record.office(), record.source());
        putSource(sources, ContactField.USER_PRINCIPAL_NAME, record.userPrincipalName(), record.source());
        List<Person.SourcedPhone> phones = record.phones().stream()
                .map(phone -> new Person.SourcedPhone(phone, record.source())).toList();
        return new Person(key, record.displayName(), record.givenName(), record.familyName(), record.company(),
                record.department(), record.jobTitle(), record.office(), record.entraObjectId(),
                record.userPrincipalName(), record.emails(), phones, sources, List.of(record));
    }

    private static void putSource(Map<ContactField, SourceId> sources, ContactField field, String value,
            SourceId source) {
        if (value != null && !value.isBlank()) {
            sources.put(field, source);
        }
    }

    /** Replaces or adds a person and tells the listeners. */
    public void put(Person person) {
        synchronized (this) {
            people.put(person.key(), person);
        }
        listeners.forEach(listener -> listener.peopleChanged(Set.of(person.key())));
    }

    @Override
    public synchronized Optional<DeltaCursor> cursor(SourceId source) {
        return Optional.ofNullable(cursors.get(source));
    }

    @Override
    public synchronized Optional<Instant> cursorCommittedAt(SourceId source) {
        return Optional.ofNullable(cursorTimes.get(source));
    }

    @Override
    public synchronized void resetCursor(SourceId source) {
        cursors.remove(source);
    }

    @Override
    public synchronized List<Person> people() {
        List<Person> sorted = new ArrayList<>(people.values());
        sorted.sort(Comparator.comparing(p -> p.displayName() == null ? "" : p.displayName()));
        return sorted;
    }

    @Override
    public synchronized Optional<Person> person(PersonKey key) {
        return Optional.ofNullable(people.get(key));
    }

    @Override
    public synchronized Map<SourceId, Integer> recordCounts() {
        Map<SourceId, Integer> counts = new HashMap<>();
        people.values().forEach(p -> p.records().forEach(r -> counts.merge(r.source(), 1, Integer::sum)));
        return counts;
    }

    @Override
    public synchronized void forEachPhone(PhoneEntryVisitor visitor) {
        for (Person person : people.values()) {
            for (Person.SourcedPhone phone : person.phones()) {
                if (phone.number().isNormalised()) {
                    visitor.visit(person.key(), phone.number().e164(), phone.number().type(), phone.source());
                }
            }
        }
    }

    @Override
    public synchronized Set<PersonKey> favourites() {
        return Set.copyOf(favourites);
    }

    @Override
    public synchronized List<PersonKey> orderedFavourites() {
        return List.copyOf(favourites);
    }

    @Override
    public synchronized void reorderFavourites(List<PersonKey> order) {
        Set<PersonKey> reordered = new LinkedHashSet<>();
        order.stream().filter(favourites::contains).forEach(reordered::add);
        reordered.addAll(favourites);
        favourites.clear();
        favourites.addAll(reordered);
        favouritesObserver.accept(List.copyOf(favourites));
    }

    /**
     * Tells {@code observer} the favourites, first to last, after each change (marked, unmarked, reordered), on the
     * changing thread and in the order of the changes; replaces an earlier observer.
     */
    public synchronized void observeFavourites(Consumer<List<PersonKey>> observer) {
        favouritesObserver = Objects.requireNonNull(observer, "observer");
    }

    @Override
    public synchronized void setFavourite(PersonKey key, boolean favourite) {
        boolean changed = favourite ? favourites.add(key) : favourites.remove(key);
        if (changed) {
            favouritesObserver.accept(List.copyOf(favourites));
        }
    }

    @Override
    public synchronized Optional<String> note(PersonKey key) {
        return Optional.ofNullable(notes.get(key));
    }

    @Override
    public synchronized void setNote(PersonKey key, String text) {
        if (text == null || text.isBlank()) {
            notes.remove(key);
        } else {
            notes.put(key, text);
        }
    }

    /**
     * Keeps the calls newest first by the time they started ringing: a call is written when it ends, so a held call
     * that ends after the one that came in during it would otherwise list above it.
     */
    @Override
    public synchronized void appendCall(CallLogEntry entry) {
        int at = 0;
        while (at < calls.size() && !calls.get(at).at().isBefore(entry.at())) {
            at++;
        }
        calls.add(at, entry);
    }

    @Override
    public synchronized List<CallLogEntry> recentCalls(int limit) {
        return List.copyOf(calls.subList(0, Math.min(limit, calls.size())));
    }

    @Override
    public synchronized int purgeCallsBefore(Instant cutoff) {
        int before = calls.size();
        calls.removeIf(call -> call.at().isBefore(cutoff));
        return before - calls.size();
    }

    @Override
    public void addListener(StoreListener listener) {
        listeners.add(listener);
    }

    @Override
    public void removeListener(StoreListener listener) {
        listeners.remove(listener);
    }

    @Override
    public void close() {
        listeners.clear();
    }
}
