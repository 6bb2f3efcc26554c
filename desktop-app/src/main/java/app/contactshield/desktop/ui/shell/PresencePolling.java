package app.contactshield.desktop.ui.shell;

import app.contactshield.desktop.ui.presence.BoardPresenceFeed;
import app.contactshield.desktop.ui.presence.PresenceFeed;
import app.contactshield.graphsync.presence.PresenceBoard;
import app.contactshield.graphsync.presence.PresenceClient;
import app.contactshield.graphsync.presence.PresencePoller;
import app.contactshield.graphsync.presence.Sleeper;
import java.time.Clock;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * Teams presence for the real app: one board, and a {@link PresencePoller} at the interval the settings give for the
 * people on screen and the favourites. When the interval setting changes, the poller is replaced by one at the new
 * interval that watches the same people. The poller runs on its own thread; whoever starts this closes it.
 */
final class PresencePolling implements AutoCloseable {
    private final PresenceClient client;
    private final Clock clock;
    private final PresenceBoard board = new PresenceBoard();
    private final BoardPresenceFeed feed;
    private volatile Collection<String> onScreen = List.of();
    private volatile Collection<String> favourites = List.of();
    private PresencePoller poller;

    /**
     * @param client   fetches presences from Graph
     * @param interval the interval the settings give (clamped to the poller's minimum)
     * @param clock    the time source
     */
    PresencePolling(PresenceClient client, Duration interval, Clock clock) {
        this.client = Objects.requireNonNull(client, "client");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.feed = new BoardPresenceFeed(board, this::watchOnScreen, this::watchFavourites, this::pollNow);
        this.poller = newPoller(interval);
    }

    /** The feed the screens read. */
    PresenceFeed feed() {
        return feed;
    }

    /** The interval the poller runs at now. */
    synchronized Duration interval() {
        return poller.interval();
    }

    /** Starts polling. */
    synchronized void start() {
        poller.start();
    }

    /** Replaces the poller by one at the new interval, watching the same people; any thread. */
    synchronized void changeInterval(Duration interval) {
        if (PresencePoller.clampInterval(interval).equals(poller.interval())) {
            return;
        }
        poller.close();
        poller = newPoller(interval);
        poller.start();
    }

    private PresencePoller newPoller(Duration interval) {
        PresencePoller next = new PresencePoller(client, board, interval, clock, Sleeper.SYSTEM);
        next.setOnScreen(onScreen);
        next.setFavourites(favourites);
        return next;
    }

    private synchronized void watchOnScreen(Collection<String> ids) {
        onScreen = List.copyOf(ids);
        poller.setOnScreen(ids);
    }

    private synchronized void watchFavourites(Collection<String> ids) {
        favourites = List.copyOf(ids);
        poller.setFavourites(ids);
    }

    private synchronized void pollNow() {
        poller.requestPoll();
    }

    @Override
    public synchronized void close() {
        poller.close();
    }
}
