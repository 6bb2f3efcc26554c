package app.contactshield.graphsync.presence;

import java.util.Map;

/**
 * Told when presences on a {@link PresenceBoard} changed. Called on the thread that updated the board: for the
 * {@link PresencePoller} that is its own thread named {@value PresencePoller#THREAD_NAME}, never the JavaFX thread.
 * A UI listener hands the update over to its toolkit itself. Listeners must not block.
 */
@FunctionalInterface
public interface PresenceListener {

    /** @param updated the new presence of each user whose presence was fetched, by Entra object id */
    void presencesChanged(Map<String, Presence> updated);
}
