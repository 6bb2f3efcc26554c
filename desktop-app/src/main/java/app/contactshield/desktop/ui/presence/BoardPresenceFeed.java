package app.contactshield.desktop.ui.presence;

import app.contactshield.graphsync.model.PersonKey;
import app.contactshield.graphsync.presence.Presence;
import app.contactshield.graphsync.presence.PresenceBoard;
import app.contactshield.graphsync.presence.PresenceListener;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * The presence feed over the Graph presence board: a directory user's person key ({@code oid:<object id>}) names
 * the board entry. The people on screen and the favourites are handed to the poller (its {@code setOnScreen} and
 * {@code setFavourites}), so that only they are polled. Thread-safe; listeners run on the poller's thread.
 */
public final class BoardPresenceFeed implements PresenceFeed {
    private static final String OID = "oid:";

    private final PresenceBoard board;
    private final Consumer<Collection<String>> onScreen;
    private final Consumer<Collection<String>> favourites;
    private final Map<Consumer<Set<PersonKey>>, PresenceListener> listeners = new ConcurrentHashMap<>();

    /**
     * @param board      the board the poller fills
     * @param onScreen   takes the object ids on screen ({@code PresencePoller::setOnScreen})
     * @param favourites takes the favourites' object ids ({@code PresencePoller::setFavourites})
     */
    public BoardPresenceFeed(PresenceBoard board, Consumer<Collection<String>> onScreen,
            Consumer<Collection<String>> favourites) {
        this.board = board;
        this.onScreen = onScreen;
        this.favourites = favourites;
    }

    @Override
    public Optional<PresenceView> presence(PersonKey key) {
        return objectId(key).flatMap(board::get).map(BoardPresenceFeed::view);
    }

    @Override
    public void watch(Collection<PersonKey> keys) {
        onScreen.accept(objectIds(keys));
    }

    @Override
    public void watchFavourites(Collection<PersonKey> keys) {
        favourites.accept(objectIds(keys));
    }

    @Override
    public void addListener(Consumer<Set<PersonKey>> listener) {
        PresenceListener adapter = updated -> listener.accept(updated.keySet().stream()
                .map(id -> new PersonKey(OID + id)).collect(Collectors.toUnmodifiableSet()));
        listeners.put(listener, adapter);
        board.addListener(adapter);
    }

    @Override
    public void removeListener(Consumer<Set<PersonKey>> listener) {
        PresenceListener adapter = listeners.remove(listener);
        if (adapter != null) {
            board.removeListener(adapter);
        }
    }

    /** The presence as the screens show it. */
    static PresenceView view(Presence presence) {
        return new PresenceView(Availability.fromGraph(presence.availability()), presence.activity(),
                presence.statusMessage(), presence.outOfOffice() ? presence.outOfOfficeMessage() : "",
                presence.fetchedAt());
    }

    private static List<String> objectIds(Collection<PersonKey> keys) {
        return keys.stream().map(BoardPresenceFeed::objectId).flatMap(Optional::stream).toList();
    }

    private static Optional<String> objectId(PersonKey key) {
        return key.value().startsWith(OID) ? Optional.of(key.value().substring(OID.length())) : Optional.empty();
    }
}
