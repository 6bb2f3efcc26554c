package app.contactshield.desktop.calls;

import app.contactshield.graphsync.presence.Presence;
import app.contactshield.graphsync.presence.PresenceBoard;
import app.contactshield.graphsync.presence.PresencePoller;
import java.util.Optional;

/** Reads a colleague's Teams presence from memory, for the call window. Must not block. */
public interface PresenceLookup {
    /** No presence for anybody (Teams presence not available, demo mode without presence). */
    PresenceLookup NONE = id -> Optional.empty();

    /** The latest presence of the colleague with this Entra object id. */
    Optional<Presence> presence(String entraObjectId);

    /** Whether a presence is too old to trust (greyed, with its age). */
    default boolean isStale(Presence presence) {
        return false;
    }

    /** Reads the poller's board and the poller's idea of staleness. */
    static PresenceLookup of(PresenceBoard board, PresencePoller poller) {
        return new PresenceLookup() {
            @Override
            public Optional<Presence> presence(String entraObjectId) {
                return board.get(entraObjectId);
            }

            @Override
            public boolean isStale(Presence presence) {
                return poller.isStale(presence);
            }
        };
    }
}
