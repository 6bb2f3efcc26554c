package app.contactshield.graphsync.sync;

import app.contactshield.graphsync.model.ContactRecord;
import app.contactshield.graphsync.model.Person;
import app.contactshield.graphsync.model.PersonKey;
import app.contactshield.graphsync.model.PhoneType;
import app.contactshield.graphsync.model.SourceId;
import app.contactshield.graphsync.store.CallLogEntry;
import app.contactshield.graphsync.store.ContactStore;
import app.contactshield.graphsync.store.StoreListener;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * A store double for sync tests: commits each page and its cursor atomically (copy, apply, swap), honours full-sync
 * rounds and hiding, and keeps favourites as local-only data. Consolidation and everything else are not its job.
 */
public final class InMemoryContactStore implements ContactStore {
    private State state = new State();
    private final List<ChangePage> committed = new ArrayList<>();
    private int failBeforePage = -1;

    /** Makes the {@code n}-th commit from now (1-based) fail as a crash would, committing nothing. */
    public synchronized void failCommit(int n) {
        failBeforePage = committed.size() + n;
    }

    @Override
    public synchronized PageResult accept(ChangePage page) throws SyncException {
        if (committed.size() + 1 == failBeforePage) {
            failBeforePage = -1;
            throw new SyncException("store.error", "Simulated crash before commit " + (committed.size() + 1));
        }
        State next = state.copy();
        Map<String, ContactRecord> records = next.records.computeIfAbsent(page.source(), s -> new HashMap<>());
        Set<String> hidden = next.hidden.computeIfAbsent(page.source(), s -> new HashSet<>());
        if (page.fullSyncStart()) {
            next.fullRound.put(page.source(), new HashSet<>());
        }
        Set<String> seen = next.fullRound.get(page.source());
        int added = 0;
        int changed = 0;
        int removed = 0;
        for (ContactRecord record : page.upserts()) {
            ContactRecord before = records.put(record.sourceKey(), record);
            boolean wasHidden = hidden.remove(record.sourceKey());
            if (before == null) {
                added++;
            } else if (wasHidden || !before.equals(record)) {
                changed++;
            }
            if (seen != null) {
                seen.add(record.sourceKey());
            }
        }
        for (String key : page.removedKeys()) {
            if (records.remove(key) != null) {
                removed++;
            }
            hidden.remove(key);
        }
        for (String key : page.hiddenKeys()) {
            if (records.containsKey(key) && hidden.add(key)) {
                removed++;
            }
            if (seen != null) {
                seen.add(key);
            }
        }
        if (page.cursor().roundComplete() && seen != null) {
            for (String key : new ArrayList<>(records.keySet())) {
                if (!seen.contains(key)) {
                    records.remove(key);
                    hidden.remove(key);
                    removed++;
                }
            }
            next.fullRound.remove(page.source());
        }
        next.cursors.put(page.source(), page.cursor());
        state = next;
        committed.add(page);
        return new PageResult(added, changed, removed);
    }

    /** Every visible record per source, keyed by source key, for comparing with a clean run. */
    public synchronized Map<SourceId, Map<String, ContactRecord>> visible() {
        Map<SourceId, Map<String, ContactRecord>> result = new TreeMap<>((a, b) -> a.value().compareTo(b.value()));
        state.records.forEach((source, records) -> {
            Map<String, ContactRecord> visible = new TreeMap<>(records);
            visible.keySet().removeAll(state.hidden.getOrDefault(source, Set.of()));
            result.put(source, visible);
        });
        return result;
    }

    /** Source keys hidden per source. */
    public synchronized Map<SourceId, Set<String>> hidden() {
        Map<SourceId, Set<String>> result = new HashMap<>();
        state.hidden.forEach((source, keys) -> result.put(source, Set.copyOf(keys)));
        return result;
    }

    /** Every page committed so far, in order. */
    public synchronized List<ChangePage> committedPages() {
        return List.copyOf(committed);
    }

    @Override
    public synchronized Optional<DeltaCursor> cursor(SourceId source) {
        return Optional.ofNullable(state.cursors.get(source));
    }

    @Override
    public Optional<Instant> cursorCommittedAt(SourceId source) {
        return Optional.empty();
    }

    @Override
    public synchronized void resetCursor(SourceId source) {
        state.cursors.remove(source);
    }

    @Override
    public List<Person> people() {
        return List.of();
    }

    @Override
    public Optional<Person> person(PersonKey key) {
        return Optional.empty();
    }

    @Override
    public synchronized Map<SourceId, Integer> recordCounts() {
        Map<SourceId, Integer> counts = new HashMap<>();
        visible().forEach((source, records) -> counts.put(source, records.size()));
        return counts;
    }

    @Override
    public void forEachPhone(PhoneEntryVisitor visitor) {
        visible().forEach((source, records) -> records.values().forEach(record -> record.phones().stream()
                .filter(p -> p.isNormalised()).forEach(p -> visitor.visit(PersonKey.of(record), p.e164(),
                        p.type() == null ? PhoneType.OTHER : p.type(), source))));
    }

    @Override
    public synchronized Set<PersonKey> favourites() {
        return Set.copyOf(state.favourites);
    }

    @Override
    public synchronized void setFavourite(PersonKey key, boolean favourite) {
        if (favourite) {
            state.favourites.add(key);
        } else {
            state.favourites.remove(key);
        }
    }

    @Override
    public Optional<String> note(PersonKey key) {
        return Optional.empty();
    }

    @Override
    public void setNote(PersonKey key, String text) {
        throw new UnsupportedOperationException("notes are not part of the sync double");
    }

    @Override
    public void appendCall(CallLogEntry entry) {
        throw new UnsupportedOperationException("calls are not part of the sync double");
    }

    @Override
    public List<CallLogEntry> recentCalls(int limit) {
        return List.of();
    }

    @Override
    public int purgeCallsBefore(Instant cutoff) {
        return 0;
    }

    @Override
    public void addListener(StoreListener listener) {
        // The double has no listeners: sync tests read its state directly.
    }

    @Override
    public void removeListener(StoreListener listener) {
        // See addListener.
    }

    @Override
    public void close() {
        // Nothing to release.
    }

    private static final class State {
        private final Map<SourceId, Map<String, ContactRecord>> records = new HashMap<>();
        private final Map<SourceId, Set<String>> hidden = new HashMap<>();
        private final Map<SourceId, Set<String>> fullRound = new HashMap<>();
        private final Map<SourceId, DeltaCursor> cursors = new HashMap<>();
        private final Set<PersonKey> favourites = new HashSet<>();

        State copy() {
            State copy = new State();
            records.forEach((s, r) -> copy.records.put(s, new HashMap<>(r)));
            hidden.forEach((s, h) -> copy.hidden.put(s, new HashSet<>(h)));
            fullRound.forEach((s, f) -> copy.fullRound.put(s, new HashSet<>(f)));
            copy.cursors.putAll(cursors);
            copy.favourites.addAll(favourites);
            return copy;
        }
    }
}
