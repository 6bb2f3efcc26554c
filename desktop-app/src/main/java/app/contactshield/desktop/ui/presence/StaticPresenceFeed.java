package app.contactshield.desktop.ui.presence;

import app.contactshield.graphsync.model.PersonKey;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * A presence feed whose values are set by hand: demo mode and tests. Listeners run on the thread that calls
 * {@link #put}. Thread-safe.
 */
public final class StaticPresenceFeed implements PresenceFeed {
    private final Map<PersonKey, PresenceView> presences = new ConcurrentHashMap<>();
    private final List<Consumer<Set<PersonKey>>> listeners = new CopyOnWriteArrayList<>();
    private volatile Set<PersonKey> watched = Set.of();

    @Override
    public Optional<PresenceView> presence(PersonKey key) {
        return Optional.ofNullable(presences.get(key));
    }

    @Override
    public void watch(Collection<PersonKey> onScreen) {
        watched = Set.copyOf(onScreen);
    }

    /** The people last reported on screen. */
    public Set<PersonKey> watched() {
        return watched;
    }

    /** Sets a person's presence and tells the listeners. */
    public void put(PersonKey key, PresenceView presence) {
        presences.put(key, presence);
        listeners.forEach(listener -> listener.accept(Set.of(key)));
    }

    @Override
    public void addListener(Consumer<Set<PersonKey>> listener) {
        listeners.add(listener);
    }

    @Override
    public void removeListener(Consumer<Set<PersonKey>> listener) {
        listeners.remove(listener);
    }
}
