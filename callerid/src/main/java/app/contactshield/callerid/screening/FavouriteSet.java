package app.contactshield.callerid.screening;

import java.util.Objects;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import app.contactshield.graphsync.model.PersonKey;
import app.contactshield.graphsync.store.ContactStore;
import app.contactshield.graphsync.store.StoreException;
import app.contactshield.graphsync.store.StoreListener;

/**
 * The user's favourites held in memory, so that screening a ringing call reads no store. Loaded at {@link #start()}
 * and read again after every store change, on the executor the caller passes (bursts of changes coalesce into one
 * read). {@link #favourites()} is safe from any thread and never blocks. The caller closes it, which stops following
 * the store.
 */
public final class FavouriteSet implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(FavouriteSet.class);

    private final ContactStore store;
    private final Executor executor;
    private final StoreListener listener = changed -> queueReload();
    private final AtomicBoolean reloadQueued = new AtomicBoolean();
    private volatile Set<PersonKey> keys = Set.of();

    /**
     * @param store    the store holding the favourites
     * @param executor where the store is read (a background thread, never the JavaFX thread)
     */
    public FavouriteSet(ContactStore store, Executor executor) {
        this.store = Objects.requireNonNull(store, "store");
        this.executor = Objects.requireNonNull(executor, "executor");
    }

    /** Starts following the store and queues the first read. */
    public FavouriteSet start() {
        store.addListener(listener);
        queueReload();
        return this;
    }

    /** The favourites as last read; empty until the first read finished. */
    public Set<PersonKey> favourites() {
        return keys;
    }

    /** Reads the favourites again soon, off the caller's thread (after the user starred someone, say). */
    public void queueReload() {
        if (reloadQueued.compareAndSet(false, true)) {
            executor.execute(this::reload);
        }
    }

    private void reload() {
        reloadQueued.set(false);
        try {
            keys = Set.copyOf(store.favourites());
        } catch (StoreException e) {
            LOG.warn("Favourites not refreshed; screening keeps the last {} favourites", keys.size(), e);
        }
    }

    @Override
    public void close() {
        store.removeListener(listener);
    }
}
