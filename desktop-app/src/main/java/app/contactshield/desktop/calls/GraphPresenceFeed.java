package app.contactshield.desktop.calls;

import app.contactshield.desktop.ui.presence.Availability;
import app.contactshield.desktop.ui.presence.PresenceFeed;
import app.contactshield.desktop.ui.presence.PresenceView;
import app.contactshield.graphsync.model.PersonKey;
import app.contactshield.graphsync.presence.Presence;
import app.contactshield.graphsync.presence.PresenceBoard;
import app.contactshield.graphsync.presence.PresenceListener;
import app.contactshield.graphsync.presence.PresencePoller;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * The app's {@link PresenceFeed} over the Graph presence poller: people are watched by their Entra object id (the
 * {@code oid:} person keys), the favourites are polled too, and board updates reach the listeners on the poller's
 * thread ({@value PresencePoller#THREAD_NAME}). Thread-safe. The poller belongs to the caller, who starts and closes
 * it.
 */
public final class GraphPresenceFeed implements PresenceFeed {
    private static final String OID_PREFIX = "oid:";

    private final PresenceBoard board;
    private final PresencePoller poller;
    private final Map<Consumer<Set<PersonKey>>, PresenceListener> listeners = new ConcurrentHashMap<>();

    /**
     * @param board  where the poller publishes
     * @param poller polls Graph for the watched people
     */
    public GraphPresenceFeed(PresenceBoard board, PresencePoller poller) {
        this.board = Objects.requireNonNull(board, "board");
        this.poller = Objects.requireNonNull(poller, "poller");
    }

    @Override
    public Optional<PresenceView> presence(PersonKey key) {
        return objectId(key).flatMap(board::get).map(GraphPresenceFeed::view);
    }

    /** Watches the people on screen; asks for a round at once when someone new has no presence yet. */
    @Override
    public void watch(Collection<PersonKey> onScreen) {
        List<String> ids = ids(onScreen);
        poller.setOnScreen(ids);
        if (ids.stream().anyMatch(id -> board.get(id).isEmpty())) {
            poller.requestPoll();
        }
    }

    /** Polls the favourites too, whether on screen or not. */
    public void watchFavourites(Collection<PersonKey> favourites) {
        poller.setFavourites(ids(favourites));
    }

    @Override
    public void addListener(Consumer<Set<PersonKey>> listener) {
        PresenceListener bridge = updated -> {
            Set<PersonKey> keys = new HashSet<>();
            updated.keySet().forEach(id -> keys.add(new PersonKey(OID_PREFIX + id)));
            listener.accept(Set.copyOf(keys));
        };
        listeners.put(listener, bridge);
        board.addListener(bridge);
    }

    @Override
    public void removeListener(Consumer<Set<PersonKey>> listener) {
        PresenceListener bridge = listeners.remove(listener);
        if (bridge != null) {
            board.removeListener(bridge);
        }
    }

    /** The presence as the screens show it. */
    static PresenceView view(Presence presence) {
        String outOfOffice = presence.outOfOffice() ? presence.outOfOfficeMessage() : "";
        if (presence.outOfOffice() && outOfOffice.isBlank()) {
            outOfOffice = "Out of office";
        }
        return new PresenceView(Availability.fromGraph(presence.availability()), presence.activity(),
                presence.statusMessage(), outOfOffice, presence.fetchedAt());
    }

    private static List<String> ids(Collection<PersonKey> keys) {
        return keys.stream().map(GraphPresenceFeed::objectId).flatMap(Optional::stream).toList();
    }

    private static Optional<String> objectId(PersonKey key) {
        String value = key.value();
        return value.startsWith(OID_PREFIX) && value.length() > OID_PREFIX.length()
                ? Optional.of(value.substring(OID_PREFIX.length())) : Optional.empty();
    }
}
