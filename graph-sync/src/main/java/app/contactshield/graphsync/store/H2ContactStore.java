package app.contactshield.graphsync.store;

import app.contactshield.graphsync.consolidate.Consolidator;
import app.contactshield.graphsync.model.ContactRecord;
import app.contactshield.graphsync.model.Person;
import app.contactshield.graphsync.model.PersonKey;
import app.contactshield.graphsync.model.SourceId;
import app.contactshield.graphsync.sync.ChangePage;
import app.contactshield.graphsync.sync.DeltaCursor;
import app.contactshield.graphsync.sync.PageResult;
import com.carrotsearch.hppc.IntHashSet;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@link ContactStore} on an H2 file encrypted with {@code CIPHER=AES}. One row per source record holds the
 * compact serialised record; people are consolidated in memory when read. Thread-safe: writes are serialised on a
 * write connection, reads on a read connection that sees committed data only. Listeners run on the writing thread
 * after the commit. Open it with {@link StoreOpener}; whoever opens it closes it.
 */
public final class H2ContactStore implements ContactStore {
    private static final Logger LOG = LoggerFactory.getLogger(H2ContactStore.class);
    /** How many records of people with several records {@link #forEachPerson} reads in one statement. */
    private static final int SHARED_BATCH = 2_000;
    private static final Comparator<Person> BY_NAME = Comparator
            .comparing((Person p) -> p.displayName() == null ? "" : p.displayName(), String.CASE_INSENSITIVE_ORDER)
            .thenComparing(p -> p.key().value());

    private final Connection writer;
    private final Connection reader;
    private final Consolidator consolidator;
    private final Clock clock;
    private final PageWriter pages;
    private final ReentrantLock writeLock = new ReentrantLock();
    private final ReentrantLock readLock = new ReentrantLock();
    private final List<StoreListener> listeners = new CopyOnWriteArrayList<>();
    private final Map<String, PageWriter.CursorRow> cursors = new ConcurrentHashMap<>();
    private final AtomicReference<PreparedRecords> preparedAhead = new AtomicReference<>();
    private final PersonRefs refs;
    private volatile boolean closed;

    H2ContactStore(Connection writer, Connection reader, Consolidator consolidator, Clock clock)
            throws SQLException {
        this.writer = writer;
        this.reader = reader;
        this.consolidator = consolidator;
        this.clock = clock;
        writer.setAutoCommit(false);
        this.refs = PersonRefs.load(writer);
        this.pages = new PageWriter(writer, refs);
        this.cursors.putAll(PageWriter.CursorRow.readAll(writer));
    }

    /** The consolidator that builds people from records. */
    public Consolidator consolidator() {
        return consolidator;
    }

    /**
     * Derives the bodies, token hashes and numbers of the page's records on the calling thread (the one that fetched
     * the page), without the write lock, so that this work overlaps the commit of the previous page; {@link #accept}
     * of the same page uses it. Only the page prepared last is kept.
     */
    @Override
    public void prepare(ChangePage page) {
        try {
            preparedAhead.set(PreparedRecords.of(page.upserts()));
        } catch (RuntimeException e) {
            // accept derives the records again and reports the failure with the page it belongs to
            preparedAhead.set(null);
            LOG.debug("Preparing a page of source {} failed; it is derived again when committed", page.source(), e);
        }
    }

    /** Commits a page and its cursor in one transaction, then tells the listeners; runs on the calling thread. */
    @Override
    public PageResult accept(ChangePage page) throws StoreException {
        long started = System.nanoTime();
        PreparedRecords ahead = preparedAhead.getAndSet(null);
        PreparedRecords prepared = ahead != null && ahead.isFor(page.upserts()) ? ahead
                : PreparedRecords.of(page.upserts());
        PageWriter.Outcome outcome;
        writeLock.lock();
        try {
            checkOpen();
            outcome = pages.write(page, prepared, clock.instant());
            cursors.put(page.source().value(), outcome.cursor());
            refs.committed(outcome.staged());
        } catch (SQLException e) {
            throw SqlErrors.wrap("store.error.write", "Committing a page of " + page.upserts().size()
                    + " records of source " + page.source(), e);
        } catch (IllegalArgumentException e) {
            throw new StoreException("store.error.write", e.getMessage(), e);
        } finally {
            writeLock.unlock();
        }
        LOG.debug("Committed page of source {}: {} in {} ms", page.source(), outcome.result(),
                (System.nanoTime() - started) / 1_000_000);
        if (!listeners.isEmpty()) {
            notifyListeners(outcome.affected());
        }
        return outcome.result();
    }

    /** Answers from the cursors held in memory since the last commit; never touches the file. */
    @Override
    public Optional<DeltaCursor> cursor(SourceId source) {
        return Optional.ofNullable(cursors.get(source.value())).filter(row -> row.value() != null)
                .map(row -> new DeltaCursor(row.value(), row.roundComplete()));
    }

    /** Answers from the cursors held in memory since the last commit; never touches the file. */
    @Override
    public Optional<Instant> cursorCommittedAt(SourceId source) {
        return Optional.ofNullable(cursors.get(source.value())).filter(row -> row.value() != null)
                .map(PageWriter.CursorRow::committedAt);
    }

    @Override
    public void resetCursor(SourceId source) throws StoreException {
        writeLock.lock();
        try {
            write("Resetting the cursor of source " + source, "UPDATE sync_cursor SET cursor_value = NULL, "
                    + "round_complete = FALSE, round_open = FALSE WHERE source = ?", source.value());
            cursors.computeIfPresent(source.value(), (k, row) -> new PageWriter.CursorRow(null, false,
                    row.committedAt(), row.generation(), false));
        } finally {
            writeLock.unlock();
        }
    }

    @Override
    public List<Person> people() throws StoreException {
        Map<String, List<ContactRecord>> groups = new HashMap<>();
        readLock.lock();
        try (PreparedStatement select = reader.prepareStatement(
                "SELECT k.person_key, r.source, r.source_key, r.body FROM record_key k "
                        + "JOIN contact_record r ON r.id = k.id WHERE NOT k.hidden")) {
            checkOpen();
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    groups.computeIfAbsent(rs.getString(1), k -> new ArrayList<>(2)).add(
                            RecordCodec.decode(new SourceId(rs.getString(2)), rs.getString(3), rs.getBytes(4)));
                }
            }
        } catch (SQLException e) {
            throw SqlErrors.wrap("store.error.read", "Reading every person", e);
        } finally {
            readLock.unlock();
        }
        List<Person> people = new ArrayList<>(groups.size());
        for (List<ContactRecord> group : groups.values()) {
            people.add(consolidator.merge(group));
        }
        people.sort(BY_NAME);
        return people;
    }

    /**
     * Streams the records in the order they were stored: a record whose person has no other record (the usual case)
     * becomes a person at once; the records of people with several records, or whose keys share a hash with another
     * person's, are read afterwards by id, a batch at a time. The shared hashes are read while no page commits, and
     * the stream starts before one can, so no person is handed over twice.
     */
    @Override
    public void forEachPerson(Consumer<Person> visitor) throws StoreException {
        boolean holdingWrites = true;
        writeLock.lock();
        readLock.lock();
        try (PreparedStatement select = reader.prepareStatement("SELECT k.id, k.person_hash, r.source, r.source_key, "
                + "r.body FROM record_key k JOIN contact_record r ON r.id = k.id WHERE NOT k.hidden ORDER BY k.id")) {
            checkOpen();
            Map<String, SourceId> sources = new HashMap<>();
            IntHashSet shared = refs.shared(reader);
            Map<Integer, List<Long>> later = new LinkedHashMap<>();
            try (ResultSet rs = select.executeQuery()) {
                writeLock.unlock();
                holdingWrites = false;
                while (rs.next()) {
                    if (shared.contains(rs.getInt(2))) {
                        later.computeIfAbsent(rs.getInt(2), h -> new ArrayList<>(2)).add(rs.getLong(1));
                    } else {
                        SourceId source = sources.computeIfAbsent(rs.getString(3), SourceId::new);
                        visitor.accept(consolidator.merge(List.of(RecordCodec.decode(source, rs.getString(4),
                                rs.getBytes(5)))));
                    }
                }
            }
            visitShared(later, sources, visitor);
        } catch (SQLException e) {
            throw SqlErrors.wrap("store.error.read", "Reading every person", e);
        } finally {
            if (holdingWrites) {
                writeLock.unlock();
            }
            readLock.unlock();
        }
    }

    /** Reads the records of the people with several records by id, their ids grouped by hash, a batch at a time. */
    private void visitShared(Map<Integer, List<Long>> byHash, Map<String, SourceId> sources,
            Consumer<Person> visitor) throws SQLException, StoreException {
        List<Long> batch = new ArrayList<>(SHARED_BATCH);
        for (List<Long> group : byHash.values()) {
            batch.addAll(group);
            if (batch.size() >= SHARED_BATCH) {
                visitBatch(batch, sources, visitor);
                batch.clear();
            }
        }
        if (!batch.isEmpty()) {
            visitBatch(batch, sources, visitor);
        }
    }

    private void visitBatch(List<Long> ids, Map<String, SourceId> sources, Consumer<Person> visitor)
            throws SQLException, StoreException {
        Map<String, List<ContactRecord>> groups = new LinkedHashMap<>();
        try (PreparedStatement select = reader.prepareStatement("SELECT k.person_key, r.source, r.source_key, r.body "
                + "FROM UNNEST(?) AS u(i) JOIN record_key k ON k.id = u.i JOIN contact_record r ON r.id = k.id "
                + "WHERE NOT k.hidden")) {
            select.setObject(1, ids.toArray(new Long[0]));
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    SourceId source = sources.computeIfAbsent(rs.getString(2), SourceId::new);
                    groups.computeIfAbsent(rs.getString(1), k -> new ArrayList<>(2))
                            .add(RecordCodec.decode(source, rs.getString(3), rs.getBytes(4)));
                }
            }
        }
        for (List<ContactRecord> group : groups.values()) {
            visitor.accept(consolidator.merge(group));
        }
    }

    /** Finds the person's records through the {@link PersonRefs} and reads them by id. */
    @Override
    public Optional<Person> person(PersonKey key) throws StoreException {
        List<ContactRecord> records = new ArrayList<>(2);
        readLock.lock();
        try (PreparedStatement select = reader.prepareStatement("SELECT r.source, r.source_key, r.body "
                + "FROM UNNEST(?) AS u(i) JOIN record_key k ON k.id = u.i JOIN contact_record r ON r.id = k.id "
                + "WHERE k.person_key = ? AND NOT k.hidden")) {
            checkOpen();
            long[] ids = refs.ids(reader, RecordRows.personHash(key.value()));
            if (ids.length == 0) {
                return Optional.empty();
            }
            select.setObject(1, Arrays.stream(ids).boxed().toArray(Long[]::new));
            select.setString(2, key.value());
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    records.add(RecordCodec.decode(new SourceId(rs.getString(1)), rs.getString(2), rs.getBytes(3)));
                }
            }
        } catch (SQLException e) {
            throw SqlErrors.wrap("store.error.read", "Reading one person", e);
        } finally {
            readLock.unlock();
        }
        return records.isEmpty() ? Optional.empty() : Optional.of(consolidator.merge(records));
    }

    @Override
    public Map<SourceId, Integer> recordCounts() throws StoreException {
        Map<SourceId, Integer> counts = new LinkedHashMap<>();
        readLock.lock();
        try (PreparedStatement select = reader.prepareStatement(
                "SELECT source, COUNT(*) FROM record_key WHERE NOT hidden GROUP BY source ORDER BY source");
                ResultSet rs = select.executeQuery()) {
            checkOpen();
            while (rs.next()) {
                counts.put(new SourceId(rs.getString(1)), rs.getInt(2));
            }
        } catch (SQLException e) {
            throw SqlErrors.wrap("store.error.read", "Counting records", e);
        } finally {
            readLock.unlock();
        }
        return counts;
    }

    /**
     * Sets the most memory H2 may keep as its cache of decoded pages, as the JDBC URL's {@code CACHE_SIZE} does (the
     * store opens with {@link StoreOpener#WRITE_CACHE_KB}). A reader that holds what it needs in its own indexes (the
     * desktop app between syncs) does well with a small cache; a sync writes faster with a big one. Runs on the
     * calling thread.
     *
     * @param kilobytes the cache size in KB, at least 1,024
     * @throws StoreException when the store is closed or refuses the setting
     */
    public void useCacheSize(int kilobytes) throws StoreException {
        if (kilobytes < 1_024) {
            throw new StoreException("store.error.write", "The store cache must be at least 1024 KB; got "
                    + kilobytes + " KB");
        }
        writeLock.lock();
        try (java.sql.Statement statement = writer.createStatement()) {
            checkOpen();
            statement.execute("SET CACHE_SIZE " + kilobytes);
        } catch (SQLException e) {
            throw SqlErrors.wrap("store.error.write", "Setting the store cache to " + kilobytes + " KB", e);
        } finally {
            writeLock.unlock();
        }
        LOG.debug("Store cache set to {} KB", kilobytes);
    }

    /** The most memory, in KB, H2 may keep as its page cache now. */
    public int cacheSize() throws StoreException {
        readLock.lock();
        try (PreparedStatement select = reader.prepareStatement(
                "SELECT SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS WHERE SETTING_NAME = 'CACHE_SIZE'");
                ResultSet rs = select.executeQuery()) {
            checkOpen();
            return rs.next() ? Integer.parseInt(rs.getString(1)) : -1;
        } catch (SQLException e) {
            throw SqlErrors.wrap("store.error.read", "Reading the store cache size", e);
        } finally {
            readLock.unlock();
        }
    }

    /** Every record row, hidden ones included: H2 keeps the count of a table, so nothing is read or decrypted. */
    @Override
    public int recordEstimate() throws StoreException {
        readLock.lock();
        try (PreparedStatement select = reader.prepareStatement("SELECT COUNT(*) FROM contact_record");
                ResultSet rs = select.executeQuery()) {
            checkOpen();
            rs.next();
            return rs.getInt(1);
        } catch (SQLException e) {
            throw SqlErrors.wrap("store.error.read", "Counting records", e);
        } finally {
            readLock.unlock();
        }
    }

    /**
     * Streams each normalised number once per record that holds it from the {@code caller_chunk} log, never touching
     * the record rows; runs on the calling thread.
     */
    @Override
    public void forEachPhone(PhoneEntryVisitor visitor) throws StoreException {
        streamPhones(false, (person, e164, type, source, name, company, title) ->
                visitor.visit(person, e164, type, source));
    }

    /** As {@link #forEachPhone}, with the card of the record that holds each number; runs on the calling thread. */
    @Override
    public void forEachPhoneCard(PhoneCardVisitor visitor) throws StoreException {
        streamPhones(true, visitor);
    }

    private void streamPhones(boolean names, PhoneCardVisitor visitor) throws StoreException {
        readLock.lock();
        try {
            checkOpen();
            CallerChunks.stream(reader, names, visitor);
        } catch (SQLException e) {
            throw SqlErrors.wrap("store.error.read", "Reading phone numbers", e);
        } finally {
            readLock.unlock();
        }
    }

    @Override
    public Set<PersonKey> favourites() throws StoreException {
        return new LinkedHashSet<>(orderedFavourites());
    }

    @Override
    public List<PersonKey> orderedFavourites() throws StoreException {
        readLock.lock();
        try {
            checkOpen();
            return FavouriteTable.ordered(reader);
        } catch (SQLException e) {
            throw SqlErrors.wrap("store.error.read", "Reading favourites", e);
        } finally {
            readLock.unlock();
        }
    }

    @Override
    public void setFavourite(PersonKey key, boolean favourite) throws StoreException {
        if (favourite) {
            writeFavourites("Marking a favourite", db -> FavouriteTable.append(db, key));
        } else {
            write("Unmarking a favourite", "DELETE FROM favourite WHERE person_key = ?", key.value());
        }
        notifyListeners(Set.of(key));
    }

    @Override
    public void reorderFavourites(List<PersonKey> order) throws StoreException {
        writeFavourites("Reordering favourites", db -> FavouriteTable.reorder(db, order));
        notifyListeners(Set.copyOf(order));
    }

    private void writeFavourites(String what, FavouriteTable.Change change) throws StoreException {
        writeLock.lock();
        try {
            checkOpen();
            change.apply(writer);
            writer.commit();
        } catch (SQLException e) {
            rollbackQuietly();
            throw SqlErrors.wrap("store.error.write", what, e);
        } finally {
            writeLock.unlock();
        }
    }

    @Override
    public Optional<String> note(PersonKey key) throws StoreException {
        readLock.lock();
        try (PreparedStatement select = reader.prepareStatement("SELECT note_text FROM note WHERE person_key = ?")) {
            checkOpen();
            select.setString(1, key.value());
            try (ResultSet rs = select.executeQuery()) {
                return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw SqlErrors.wrap("store.error.read", "Reading a note", e);
        } finally {
            readLock.unlock();
        }
    }

    @Override
    public void setNote(PersonKey key, String text) throws StoreException {
        if (text == null || text.isBlank()) {
            write("Removing a note", "DELETE FROM note WHERE person_key = ?", key.value());
        } else {
            write("Saving a note", "MERGE INTO note (person_key, note_text) KEY (person_key) VALUES (?, ?)",
                    key.value(), text);
        }
        notifyListeners(Set.of(key));
    }

    @Override
    public void appendCall(CallLogEntry entry) throws StoreException {
        write("Appending a call", "INSERT INTO call_log (at, number, person_key, identification, direction, outcome) "
                + "VALUES (?, ?, ?, ?, ?, ?)", Timestamp.from(entry.at()), entry.number(),
                entry.person() == null ? null : entry.person().value(), entry.identification(),
                entry.direction().name(), entry.outcome().name());
    }

    @Override
    public List<CallLogEntry> recentCalls(int limit) throws StoreException {
        List<CallLogEntry> calls = new ArrayList<>();
        readLock.lock();
        try (PreparedStatement select = reader.prepareStatement("SELECT at, number, person_key, identification, "
                + "direction, outcome FROM call_log ORDER BY at DESC, id DESC LIMIT ?")) {
            checkOpen();
            select.setInt(1, Math.max(0, limit));
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    String person = rs.getString(3);
                    calls.add(new CallLogEntry(rs.getTimestamp(1).toInstant(), rs.getString(2),
                            person == null ? null : new PersonKey(person), rs.getString(4),
                            CallLogEntry.Direction.valueOf(rs.getString(5)),
                            CallLogEntry.Outcome.valueOf(rs.getString(6))));
                }
            }
        } catch (SQLException e) {
            throw SqlErrors.wrap("store.error.read", "Reading the call history", e);
        } finally {
            readLock.unlock();
        }
        return calls;
    }

    @Override
    public int purgeCallsBefore(Instant cutoff) throws StoreException {
        return write("Purging the call history", "DELETE FROM call_log WHERE at < ?", Timestamp.from(cutoff));
    }

    @Override
    public void addListener(StoreListener listener) {
        listeners.add(listener);
    }

    @Override
    public void removeListener(StoreListener listener) {
        listeners.remove(listener);
    }

    /** Closes both connections; H2 closes the file when the last one goes. Idempotent. */
    @Override
    public void close() {
        writeLock.lock();
        readLock.lock();
        try {
            if (closed) {
                return;
            }
            closed = true;
            closeQuietly(reader);
            closeQuietly(writer);
        } finally {
            readLock.unlock();
            writeLock.unlock();
        }
    }

    private static void closeQuietly(Connection connection) {
        try {
            connection.close();
        } catch (SQLException e) {
            LOG.warn("Closing a store connection failed (H2 error {})", e.getErrorCode());
        }
    }

    private int write(String what, String sql, Object... values) throws StoreException {
        writeLock.lock();
        try (PreparedStatement statement = writer.prepareStatement(sql)) {
            checkOpen();
            for (int i = 0; i < values.length; i++) {
                statement.setObject(i + 1, values[i]);
            }
            int count = statement.executeUpdate();
            writer.commit();
            return count;
        } catch (SQLException e) {
            rollbackQuietly();
            throw SqlErrors.wrap("store.error.write", what, e);
        } finally {
            writeLock.unlock();
        }
    }

    private void rollbackQuietly() {
        try {
            writer.rollback();
        } catch (SQLException e) {
            LOG.warn("Rolling back a store write failed (H2 error {})", e.getErrorCode());
        }
    }

    private void notifyListeners(Set<PersonKey> changed) {
        if (changed.isEmpty()) {
            return;
        }
        Set<PersonKey> view = Set.copyOf(changed);
        for (StoreListener listener : listeners) {
            try {
                listener.peopleChanged(view);
            } catch (RuntimeException e) {
                LOG.warn("A store listener failed; the commit stands", e);
            }
        }
    }

    private void checkOpen() throws StoreException {
        if (closed) {
            throw new StoreException("store.error.closed", "The contact store is closed");
        }
    }
}
