package app.contactshield.desktop.calls;

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
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/** A store in memory for screen tests: people, notes and calls; sync is not supported. */
public final class InMemoryContactStore implements ContactStore {
    private final List<Person> people = new CopyOnWriteArrayList<>();
    private final Map<PersonKey, String> notes = new ConcurrentHashMap<>();
    private final List<CallLogEntry> calls = new CopyOnWriteArrayList<>();

    public InMemoryContactStore add(Person person) {
        people.add(person);
        return this;
    }

    public Map<PersonKey, String> notes() {
        return notes;
    }

    @Override
    public PageResult accept(ChangePage page) throws StoreException {
        throw new StoreException("store.error.unsupported", "The in-memory test store does not sync");
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
        return people.stream().sorted(Comparator.comparing(Person::displayName)).toList();
    }

    @Override
    public Optional<Person> person(PersonKey key) {
        return people.stream().filter(p -> p.key().equals(key)).findFirst();
    }

    @Override
    public Map<SourceId, Integer> recordCounts() {
        return Map.of();
    }

    @Override
    public void forEachPhone(PhoneEntryVisitor visitor) {
        for (Person person : people) {
            for (Person.SourcedPhone phone : person.phones()) {
                if (phone.number().isNormalised()) {
                    visitor.visit(person.key(), phone.number().e164(), phone.number().type(), phone.source());
                }
            }
        }
    }

    @Override
    public Set<PersonKey> favourites() {
        return Set.of();
    }

    @Override
    public void setFavourite(PersonKey key, boolean favourite) {
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
    public void appendCall(CallLogEntry entry) {
        calls.add(entry);
    }

    @Override
    public List<CallLogEntry> recentCalls(int limit) {
        List<CallLogEntry> sorted = new ArrayList<>(calls);
        sorted.sort(Comparator.comparing(CallLogEntry::at).reversed());
        return sorted.subList(0, Math.min(limit, sorted.size()));
    }

    @Override
    public int purgeCallsBefore(Instant cutoff) {
        int before = calls.size();
        calls.removeIf(c -> c.at().isBefore(cutoff));
        return before - calls.size();
    }

    @Override
    public void addListener(StoreListener listener) {
    }

    @Override
    public void removeListener(StoreListener listener) {
    }

    @Override
    public void close() {
    }
}
