package app.contactshield.callerid.index;

import app.contactshield.graphsync.model.PersonKey;
import app.contactshield.graphsync.store.ContactStore;
import app.contactshield.graphsync.store.StoreException;
import app.contactshield.graphsync.store.StoreListener;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds the {@link CallerIndex} from the store and keeps it current from the store's change events.
 *
 * <p>Threading: all work runs on the given executor, which must run tasks one at a time in order (a
 * single-thread executor named, say, {@code caller-index}); the store's committing thread only queues the changed
 * keys and returns. The listener is registered before the build starts, so a change committed during the build is
 * re-read after it. Whoever starts the updater closes it (that removes the listener; the executor stays the
 * caller's).
 */
public final class CallerIndexUpdater implements StoreListener, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(CallerIndexUpdater.class);

    private final ContactStore store;
    private final CallerIndex index;
    private final Executor executor;
    private final Object pendingLock = new Object();
    private final CompletableFuture<CallerIndex> loaded = new CompletableFuture<>();
    private Set<PersonKey> pending = new LinkedHashSet<>();
    private boolean drainQueued;

    private CallerIndexUpdater(ContactStore store, CallerIndex index, Executor executor) {
        this.store = Objects.requireNonNull(store, "store");
        this.index = Objects.requireNonNull(index, "index");
        this.executor = Objects.requireNonNull(executor, "executor");
    }

    /**
     * Registers for the store's changes, then builds the index on the executor.
     *
     * @param store           the open store
     * @param expectedNumbers a sizing hint (the number of people is a fair guess)
     * @param executor        runs the build and the updates, one task at a time
     * @return the updater; {@link #index()} is usable at once and complete when {@link #loaded()} completes
     */
    public static CallerIndexUpdater start(ContactStore store, int expectedNumbers, Executor executor) {
        CallerIndexUpdater updater = new CallerIndexUpdater(store, new CallerIndex(expectedNumbers), executor);
        store.addListener(updater);
        executor.execute(updater::build);
        return updater;
    }

    /** The index this updater keeps current. */
    public CallerIndex index() {
        return index;
    }

    /** Completes when the first build finished, exceptionally with a {@link StoreException} when it failed. */
    public CompletableFuture<CallerIndex> loaded() {
        return loaded;
    }

    /** Called by the store on its committing thread: queues the keys and returns at once. */
    @Override
    public void peopleChanged(Set<PersonKey> changed) {
        synchronized (pendingLock) {
            pending.addAll(changed);
            if (drainQueued) {
                return;
            }
            drainQueued = true;
        }
        executor.execute(this::drain);
    }

    /** Stops following the store's changes. */
    @Override
    public void close() {
        store.removeListener(this);
    }

    private void build() {
        long started = System.nanoTime();
        try {
            index.loadFrom(store);
            LOG.info("Caller index built in {} ms: {}", (System.nanoTime() - started) / 1_000_000,
                    index.memorySummary());
            loaded.complete(index);
        } catch (StoreException e) {
            LOG.error("Caller index could not be built from the store; callers will show as unknown", e);
            loaded.completeExceptionally(e);
        }
    }

    private void drain() {
        Set<PersonKey> keys;
        synchronized (pendingLock) {
            keys = pending;
            pending = new LinkedHashSet<>();
            drainQueued = false;
        }
        int failed = 0;
        for (PersonKey key : keys) {
            try {
                index.replacePerson(key, store.person(key).orElse(null));
            } catch (StoreException e) {
                failed++;
                LOG.debug("Caller index update could not read one person", e);
            }
        }
        if (failed > 0) {
            LOG.warn("Caller index update: {} of {} changed people could not be read; they keep their old numbers",
                    failed, keys.size());
        }
    }
}
