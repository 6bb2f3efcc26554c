package app.contactshield.desktop.ui.presence;

import app.contactshield.graphsync.model.PersonKey;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Invented presence for demo mode: every directory colleague ({@code oid:} key) gets an availability picked from
 * the key. Like a poller, it renews the presence every ten seconds (the shortest polling interval), so it is always
 * a few seconds old and never stale; one in eleven was last fetched six minutes before the feed started and ages from
 * there, to show stale presence. Nothing is fetched and listeners are not told: screens read it again on their
 * timer. Thread-safe.
 */
public final class DemoPresenceFeed implements PresenceFeed {
    private static final Availability[] CYCLE = {Availability.AVAILABLE, Availability.BUSY, Availability.AWAY,
        Availability.AVAILABLE, Availability.DO_NOT_DISTURB, Availability.OFFLINE, Availability.AVAILABLE,
        Availability.BE_RIGHT_BACK};
    private static final String[] ACTIVITIES = {"Available", "InACall", "Away", "Available", "Presenting",
        "Offline", "Available", "BeRightBack"};
    private static final Duration ROUND = Duration.ofSeconds(10);

    private final Clock clock;
    private final Instant started;

    /** @param clock for the updated-at times */
    public DemoPresenceFeed(Clock clock) {
        this.clock = clock;
        this.started = clock.instant();
    }

    @Override
    public Optional<PresenceView> presence(PersonKey key) {
        if (!key.value().startsWith("oid:")) {
            return Optional.empty();
        }
        int hash = Math.floorMod(key.value().hashCode(), 9_973);
        int slot = hash % CYCLE.length;
        String outOfOffice = hash % 17 == 0 ? "Out of office until Monday." : "";
        return Optional.of(new PresenceView(CYCLE[slot], ACTIVITIES[slot], "", outOfOffice, updatedAt(hash)));
    }

    /** The start of the latest round, less a few seconds that differ from person to person; or long ago. */
    private Instant updatedAt(int hash) {
        if (hash % 11 == 0) {
            return started.minus(Duration.ofMinutes(6));
        }
        long rounds = Math.max(0, Duration.between(started, clock.instant()).toMillis() / ROUND.toMillis());
        return started.plus(ROUND.multipliedBy(rounds)).minusSeconds(1 + hash % 8);
    }

    @Override
    public void addListener(Consumer<Set<PersonKey>> listener) {
        // Screens read the demo presence again on their timer, so there is nothing to tell.
    }

    @Override
    public void removeListener(Consumer<Set<PersonKey>> listener) {
        // Nothing was registered.
    }
}
