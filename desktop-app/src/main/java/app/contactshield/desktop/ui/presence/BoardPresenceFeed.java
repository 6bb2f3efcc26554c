package app.contactshield.desktop.ui.presence;

import app.contactshield.graphsync.model.PersonKey;
import app.contactshield.graphsync.presence.Presence;
import app.contactshield.graphsync.presence.PresenceBoard;
import app.contactshield.graphsync.presence.PresenceListener;
import app.contactshield.graphsync.presence.PresencePoller;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * The presence feed over the Graph presence board: a directory user's person key ({@code oid:<object id>}) names
 * the board entry. The people on screen and the favourites are handed to the poller (its {@code setOnScreen} and
 * {@code setFavourites}), so that only they are polled, and someone new on screen without a presence asks for a
 * round at once. Thread-safe; listeners run on the poller's thread. The poller belongs to the caller.
 */
public final class BoardPresenceFeed implements PresenceFeed {
    private static final String OID = "oid:";
    /** Stands for an out-of-office flag without a note, so that the flag is not lost (the view has only text). */
    private static final String OUT_OF_OFFICE = "Out of office";

    private final PresenceBoard board;
    private final Consumer<Collection<String>> onScreen;
    private final Consumer<Collection<String>> favourites;
    private final Runnable pollNow;
    private final Map<Consumer<Set<PersonKey>>, PresenceListener> listeners = new ConcurrentHashMap<>();

    /**
     * @param board      the board the poller fills
     * @param onScreen   takes the object ids on screen ({@code PresencePoller::setOnScreen})
     * @param favourites takes the favourites' object ids ({@code PresencePoller::setFavourites})
     */
    public BoardPresenceFeed(PresenceBoard board, Consumer<Collection<String>> onScreen,
            Consumer<Collection<String>> favourites) {
        this(board, onScreen, favourites, () -> { });
    }

    /**
     * @param board      the board the poller fills
     * @param onScreen   takes the object ids on screen
     * @param favourites takes the favourites' object ids
     * @param pollNow    asks for a round now ({@code PresencePoller::requestPoll})
     */
    public BoardPresenceFeed(PresenceBoard board, Consumer<Collection<String>> onScreen,
            Consumer<Collection<String>> favourites, Runnable pollNow) {
        this.board = Objects.requireNonNull(board, "board");
        this.onScreen = Objects.requireNonNull(onScreen, "onScreen");
        this.favourites = Objects.requireNonNull(favourites, "favourites");
        this.pollNow = Objects.requireNonNull(pollNow, "pollNow");
    }

    /** The feed over one poller and the board it fills. */
    public static BoardPresenceFeed of(PresenceBoard board, PresencePoller poller) {
        return new BoardPresenceFeed(board, poller::setOnScreen, poller::setFavourites, poller::requestPoll);
    }

    @Override
    public Optional<PresenceView> presence(PersonKey key) {
        return objectId(key).flatMap(board::get).map(BoardPresenceFeed::view);
    }

    @Override
    public void watch(Collection<PersonKey> keys) {
        List<String> ids = objectIds(keys);
        onScreen.accept(ids);
        if (ids.stream().anyMatch(id -> board.get(id).isEmpty())) {
            pollNow.run();
        }
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
        String outOfOffice = presence.outOfOffice() ? presence.outOfOfficeMessage() : "";
        if (presence.outOfOffice() && outOfOffice.isBlank()) {
            outOfOffice = OUT_OF_OFFICE;
        }
        return new PresenceView(Availability.fromGraph(presence.availability()), presence.activity(),
                presence.statusMessage(), outOfOffice, presence.fetchedAt());
    }

    private static List<String> objectIds(Collection<PersonKey> keys) {
        return keys.stream().map(BoardPresenceFeed::objectId).flatMap(Optional::stream).toList();
    }

    private static Optional<String> objectId(PersonKey key) {
        String value = key.value();
        return value.startsWith(OID) && value.length() > OID.length()
                ? Optional.of(value.substring(OID.length())) : Optional.empty();
    }
}
