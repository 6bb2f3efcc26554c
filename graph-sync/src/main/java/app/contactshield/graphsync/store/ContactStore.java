package app.contactshield.graphsync.store;

import app.contactshield.graphsync.model.Person;
import app.contactshield.graphsync.model.PersonKey;
import app.contactshield.graphsync.model.PhoneType;
import app.contactshield.graphsync.model.SourceId;
import app.contactshield.graphsync.sync.DeltaCursor;
import app.contactshield.graphsync.sync.PageSink;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The encrypted local store of every synced contact, the local-only data (favourites, notes) and the call history.
 * Thread-safe: reads may run on any thread; writes are serialised. Listeners are called after each commit on the
 * committing thread and must not block. Whoever opens the store closes it.
 */
public interface ContactStore extends PageSink, AutoCloseable {

    /** The last committed cursor of a source, if it has synced before. */
    Optional<DeltaCursor> cursor(SourceId source);

    /** When the cursor of a source was last committed. */
    Optional<Instant> cursorCommittedAt(SourceId source);

    /** Forgets a source's cursor so that its next sync is a full one; contacts and local-only data stay. */
    void resetCursor(SourceId source) throws StoreException;

    /** Every consolidated person, sorted by display name. */
    List<Person> people() throws StoreException;

    /**
     * Hands every consolidated person to {@code visitor}, one at a time and in no particular order, without holding
     * them all in memory, for indexes built over the whole store. The visitor runs on the calling thread while the
     * store's read connection is in use: it must not call the store. Unless overridden, walks {@link #people()}.
     */
    default void forEachPerson(Consumer<Person> visitor) throws StoreException {
        people().forEach(visitor);
    }

    /** One consolidated person. */
    Optional<Person> person(PersonKey key) throws StoreException;

    /** How many visible (not hidden) source records each source holds. */
    java.util.Map<SourceId, Integer> recordCounts() throws StoreException;

    /**
     * About how many source records the store holds, at least as many as {@link #forEachPerson} hands over in their
     * people's {@link Person#records()}, answered without reading them: for the progress of an index built over the
     * whole store. Unless overridden, sums {@link #recordCounts()}.
     */
    default int recordEstimate() throws StoreException {
        return recordCounts().values().stream().mapToInt(Integer::intValue).sum();
    }

    /**
     * Streams every phone number that can identify a caller ({@link
     * app.contactshield.graphsync.model.PhoneNumber#identifiesCaller()}) without building {@link Person} objects, for
     * the caller index. Hidden records are skipped.
     */
    void forEachPhone(PhoneEntryVisitor visitor) throws StoreException;

    /**
     * Streams the same numbers as {@link #forEachPhone}, each with the display name, company and job title of its
     * holder (the H2 store gives those of the source record that holds it), so that a caller index can show who is
     * calling without reading the store again.
     * The default builds every person ({@link #people()}); stores with a faster path override it.
     */
    default void forEachPhoneCard(PhoneCardVisitor visitor) throws StoreException {
        for (Person person : people()) {
            for (Person.SourcedPhone phone : person.phones()) {
                if (phone.number().identifiesCaller()) {
                    visitor.visit(person.key(), phone.number().e164(), phone.number().type(), phone.source(),
                            person.displayName(), person.company(), person.jobTitle());
                }
            }
        }
    }

    /** Keys of the user's favourites (local-only data), in no promised order; see {@link #orderedFavourites()}. */
    Set<PersonKey> favourites() throws StoreException;

    /**
     * The user's favourites in the order they gave them (local-only data), first to last. Unless overridden, the
     * favourites sorted by key, for stores that keep no order.
     */
    default List<PersonKey> orderedFavourites() throws StoreException {
        return favourites().stream().sorted(java.util.Comparator.comparing(PersonKey::value)).toList();
    }

    /** Marks or unmarks a favourite (local-only data); a new favourite goes after the last one. */
    void setFavourite(PersonKey key, boolean favourite) throws StoreException;

    /**
     * Puts the favourites in the given order (local-only data), in one transaction. Keys that are not favourites are
     * skipped; favourites left out keep their order after the given ones. Unless overridden, does nothing, for
     * stores that keep no order.
     */
    default void reorderFavourites(List<PersonKey> order) throws StoreException {
    }

    /** The user's note on a person (local-only data). */
    Optional<String> note(PersonKey key) throws StoreException;

    /** Stores or, with a blank text, removes the user's note on a person. */
    void setNote(PersonKey key, String text) throws StoreException;

    /** Appends one call to the encrypted call history. */
    void appendCall(CallLogEntry entry) throws StoreException;

    /** The most recent calls, newest first. */
    List<CallLogEntry> recentCalls(int limit) throws StoreException;

    /** Deletes calls older than {@code cutoff}; returns how many were deleted. */
    int purgeCallsBefore(Instant cutoff) throws StoreException;

    /** Registers a listener told after each commit that changed people. */
    void addListener(StoreListener listener);

    /** Removes a listener. */
    void removeListener(StoreListener listener);

    @Override
    void close();

    /** Receives one normalised phone entry. */
    @FunctionalInterface
    interface PhoneEntryVisitor {
        /**
         * @param person the consolidated person holding the number
         * @param e164   the number in E.164 form
         * @param type   what kind of number it is for that person
         * @param source the source that delivered it
         */
        void visit(PersonKey person, String e164, PhoneType type, SourceId source);
    }

    /** Receives one normalised phone entry with what a caller-ID screen shows of the record holding it. */
    @FunctionalInterface
    interface PhoneCardVisitor {
        /**
         * @param person      the consolidated person holding the number
         * @param e164        the number in E.164 form
         * @param type        what kind of number it is for that person
         * @param source      the source that delivered it
         * @param displayName the display name of the record holding the number, or {@code null}
         * @param company     the company of that record, or {@code null}
         * @param jobTitle    the job title of that record, or {@code null}
         */
        void visit(PersonKey person, String e164, PhoneType type, SourceId source, String displayName,
                String company, String jobTitle);
    }
}
