package app.contactshield.graphsync.presence;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The latest known Teams presence of each watched colleague, by Entra object id. Thread-safe: reads from any thread
 * (the caller-ID window reads it without I/O), updates from the poller's thread. Listeners are called on the
 * updating thread after the board holds the new values.
 */
public final class PresenceBoard {
    private static final Logger LOG = LoggerFactory.getLogger(PresenceBoard.class);

    private final Map<String, Presence> byUser = new ConcurrentHashMap<>();
    private final CopyOnWriteArrayList<PresenceListener> listeners = new CopyOnWriteArrayList<>();

    /** The latest presence of a user, if it was ever fetched. */
    public Optional<Presence> get(String userId) {
        return userId == null ? Optional.empty() : Optional.ofNullable(byUser.get(userId));
    }

    /** A copy of every presence on the board. */
    public Map<String, Presence> snapshot() {
        return Map.copyOf(byUser);
    }

    /** How many users the board holds a presence for. */
    public int size() {
        return byUser.size();
    }

    /**
     * Stores fetched presences and tells the listeners, on the calling thread. A listener that throws is logged and
     * does not stop the others.
     */
    public void update(Collection<Presence> fetched) {
        if (fetched.isEmpty()) {
            return;
        }
        Map<String, Presence> updated = new LinkedHashMap<>();
        for (Presence presence : fetched) {
            byUser.put(presence.userId(), presence);
            updated.put(presence.userId(), presence);
        }
        Map<String, Presence> view = Map.copyOf(updated);
        for (PresenceListener listener : listeners) {
            try {
                listener.presencesChanged(view);
            } catch (RuntimeException e) {
                LOG.warn("A presence listener failed on an update of {} users", view.size(), e);
            }
        }
    }

    /** Forgets every presence, for example after sign-out. Listeners are not told. */
    public void clear() {
        byUser.clear();
    }

    /** Adds a listener called after each update, on the updating thread. */
    public void addListener(PresenceListener listener) {
        listeners.add(listener);
    }

    /** Removes a listener. */
    public void removeListener(PresenceListener listener) {
        listeners.remove(listener);
    }
}
