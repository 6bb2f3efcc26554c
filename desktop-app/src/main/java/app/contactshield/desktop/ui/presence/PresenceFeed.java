package app.contactshield.desktop.ui.presence;

import app.contactshield.graphsync.model.PersonKey;
import java.util.Collection;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Where the screens read Teams presence from. The Graph presence client polls the people on screen and the
 * favourites and publishes what it learns here; the screens tell it who is on screen with {@link #watch}.
 * Implementations are thread-safe; listeners are called on the feed's own thread and must hand over to the toolkit.
 */
public interface PresenceFeed {

    /** The latest presence of a person, when known. */
    Optional<PresenceView> presence(PersonKey key);

    /** The people currently on screen; replaces the previous set. */
    default void watch(Collection<PersonKey> onScreen) {
    }

    /** The user's favourites, polled even when off screen; replaces the previous set. */
    default void watchFavourites(Collection<PersonKey> favourites) {
    }

    /** Registers a listener told the keys whose presence changed. */
    void addListener(Consumer<Set<PersonKey>> listener);

    /** Removes a listener. */
    void removeListener(Consumer<Set<PersonKey>> listener);

    /** A feed that never knows anyone's presence (no Teams, or signed out). */
    static PresenceFeed none() {
        return new StaticPresenceFeed();
    }
}
