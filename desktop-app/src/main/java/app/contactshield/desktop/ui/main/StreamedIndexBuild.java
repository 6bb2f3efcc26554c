package app.contactshield.desktop.ui.main;

import app.contactshield.desktop.search.SearchIndex;
import app.contactshield.desktop.search.SearchIndexBuilder;
import app.contactshield.graphsync.model.Person;
import java.util.function.BooleanSupplier;

/**
 * One build of the search index from the store's stream of people that, while {@code wanted} says so, hands out
 * indexes of the people read so far: the first after {@link #FIRST_SNAPSHOT} people, each next one when the count
 * has grown {@link #GROWTH}-fold, so that all of them together cost less than the final build. Between snapshots it
 * reports how many records it read. Runs on the thread that reads the store; not thread-safe.
 */
final class StreamedIndexBuild {
    /** People read before the first snapshot: enough to answer a first keystroke within a blink. */
    static final int FIRST_SNAPSHOT = 2_000;
    /** How much larger each snapshot is than the one before. */
    static final int GROWTH = 3;
    /** People read between two progress reports. */
    static final int PROGRESS_STEP = 2_500;

    /** Receives the build's snapshots and progress on the reading thread; must return quickly. */
    @FunctionalInterface
    interface Listener {
        /**
         * @param partial  an index of the people read so far, or {@code null} for progress only
         * @param records  the records read so far
         * @param expected about how many records there are (never fewer than read)
         */
        void indexed(SearchIndex partial, int records, int expected);
    }

    private final SearchIndexBuilder builder;
    private final int expected;
    private final BooleanSupplier wanted;
    private final Listener listener;
    private int records;
    private int nextSnapshot = FIRST_SNAPSHOT;

    /**
     * @param builder  the builder the people go into
     * @param expected about how many records the store holds (for progress)
     * @param wanted   whether snapshots are still of use (while no complete index shows)
     * @param listener told of snapshots and progress
     */
    StreamedIndexBuild(SearchIndexBuilder builder, int expected, BooleanSupplier wanted, Listener listener) {
        this.builder = builder;
        this.expected = expected;
        this.wanted = wanted;
        this.listener = listener;
    }

    /** Adds the next person of the stream. */
    void add(Person person) {
        builder.add(person);
        records += person.records().size();
        int size = builder.size();
        if (size >= nextSnapshot && wanted.getAsBoolean()) {
            nextSnapshot = size * GROWTH;
            listener.indexed(builder.snapshot(), records, Math.max(records, expected));
        } else if (size % PROGRESS_STEP == 0 && wanted.getAsBoolean()) {
            listener.indexed(null, records, Math.max(records, expected));
        }
    }

    /** The complete index; the build takes no more people. */
    SearchIndex finish() {
        return builder.build();
    }
}
