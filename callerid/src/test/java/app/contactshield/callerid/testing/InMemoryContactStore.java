package app.contactshield.callerid.testing;

import app.contactshield.graphsync.model.Person;
import app.contactshield.graphsync.model.PersonKey;
import app.contactshield.graphsync.model.SourceId;
import app.contactshield.graphsync.store.CallLogEntry;
import app.contactshield.graphsync.store.ContactStore;
import app.contactshield.graphsync.store.StoreException;
import app.contactshield.graphsync.store.StoreListener;
import app.contactshield.graphsync.sync.ChangePage;
import app.contactshield.graphsync.sync.DeltaCursor;
import app.contactshield.graphsync.sync.PageResult;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/** A contact store in memory for tests: people, favourites and the call history; listeners told on put/remove. */
public final class InMemoryContactStore implements ContactStore {
    private final Map<PersonKey, Person> people = new ConcurrentHashMap<>();
    private final Set<PersonKey> favourites = ConcurrentHashMap.newKeySet();
    private final List<CallLogEntry> calls = new CopyOnWriteArrayList<>();
    private final List<StoreListener> listeners = new CopyOnWriteArrayList<>();
    private final Map<PersonKey, String> notes = new ConcurrentHashMap<>();
    private volatile int personReads;

    /** Stores people and tells the listeners, like a committed sync page. */
    public void put(Person... changed) {
        Map<PersonKey, Person> byKey = new LinkedHashMap<>();
        for (Person person : changed) {
            byKey.put(person.key(), person);
        }
        people.putAll(byKey);
        listeners.forEach(listener -> listener.peopleChanged(Set.copyOf(byKey.keySet())));
    }

    /** Removes a person and tells the listeners. */
    public void remove(PersonKey key) {
        people.remove(key);
        listeners.forEach(listener -> listener.peopleChanged(Set.of(key)));
    }

    /** How often {@link #person(PersonKey)} was called. */
    public int personReads() {
        return personReads;
    }

    /** The call history as appended, oldest first. */
    public List<CallLogEntry> calls() {
        return List.copyOf(calls);
    }

    @Override
    public PageResult accept(ChangePage page) {
        throw new UnsupportedOperationException("The in-memory test store takes people through put()");
    }

    @Override
    public Optional<DeltaCursor> cursor(SourceId source) {
        return Optional.empty();
    }

    @Override
    public Optional<Instant> cursorCommittedAt(SourceId source) {
        return Optional.empty();
    }

    @Override
    public void resetCursor(SourceId source) {
    }

    @Override
    public List<Person> people() {
        List<Person> sorted = new ArrayList<>(people.values());
        sorted.sort(Comparator.comparing(Person::displayName));
        return sorted;
    }

    @Override
    public Optional<Person> person(PersonKey key) {
        personReads++;
        return Optional.ofNullable(people.get(key));
    }

    @Override
    public Map<SourceId, Integer> recordCounts() {
        Map<SourceId, Integer> counts = new HashMap<>();
        people.values().forEach(p -> p.records().forEach(r -> counts.merge(r.source(), 1, Integer::sum)));
        return counts;
    }

    @Override
    public void forEachPhone(PhoneEntryVisitor visitor) {
        for (Person person : people()) {
            for (Person.SourcedPhone phone : person.phones()) {
                if (phone.number().isNormalised()) {
                    visitor.visit(person.key(), phone.number().e164(), phone.number().type(), phone.source());
                }
            }
        }
    }

    @Override
    public Set<PersonKey> favourites() {
        return Set.copyOf(favourites);
    }

    @Override
    public void setFavourite(PersonKey key, boolean favourite) {
        if (favourite) {
            favourites.add(key);
        } else {
            favourites.remove(key);
        }
    }

    @Override
    public Optional<String> note(PersonKey key) {
        return Optional.ofNullable(notes.get(key));
    }

    @Override
    public void setNote(PersonKey key, String text) {
        if (text == null || text.isBlank()) {
            notes.remove(key);
        } else {
            notes.put(key, text);
        }
    }

    @Override
    public void appendCall(CallLogEntry entry) throws StoreException {
        calls.add(entry);
    }

    @Override
    public List<CallLogEntry> recentCalls(int limit) {
        List<CallLogEntry> newestFirst = new ArrayList<>(calls);
        newestFirst.sort(Comparator.comparing(CallLogEntry::at).reversed());
        return newestFirst.subList(0, Math.min(limit, newestFirst.size()));
    }

    @Override
    public int purgeCallsBefore(Instant cutoff) {
        List<CallLogEntry> old = calls.stream().filter(c -> c.at().isBefore(cutoff)).toList();
        calls.removeAll(old);
        return old.size();
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
    }
}
