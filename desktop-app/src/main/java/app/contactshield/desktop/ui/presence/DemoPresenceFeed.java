package app.contactshield.desktop.ui.presence;

import app.contactshield.graphsync.model.PersonKey;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Invented presence for demo mode: every directory colleague ({@code oid:} key) gets an availability picked from
 * the key, updated a few seconds ago, and one in eleven looks stale. Nothing is fetched. Thread-safe.
 */
public final class DemoPresenceFeed implements PresenceFeed {
    private static final Availability[] CYCLE = {Availability.AVAILABLE, Availability.BUSY, Availability.AWAY,
        Availability.AVAILABLE, Availability.DO_NOT_DISTURB, Availability.OFFLINE, Availability.AVAILABLE,
        Availability.BE_RIGHT_BACK};
    private static final String[] ACTIVITIES = {"Available", "InACall", "Away", "Available", "Presenting",
        "Offline", "Available", "BeRightBack"};

    private final Clock clock;

    /** @param clock for the updated-at times */
    public DemoPresenceFeed(Clock clock) {
        this.clock = clock;
    }

    @Override
    public Optional<PresenceView> presence(PersonKey key) {
        if (!key.value().startsWith("oid:")) {
            return Optional.empty();
        }
        int hash = Math.floorMod(key.value().hashCode(), 9_973);
        int slot = hash % CYCLE.length;
        Duration age = hash % 11 == 0 ? Duration.ofMinutes(6) : Duration.ofSeconds(3 + hash % 25);
        String outOfOffice = hash % 17 == 0 ? "Out of office until Monday." : "";
        return Optional.of(new PresenceView(CYCLE[slot], ACTIVITIES[slot], "", outOfOffice,
                clock.instant().minus(age)));
    }

    @Override
    public void addListener(Consumer<Set<PersonKey>> listener) {
        // Demo presence never changes, so there is nothing to tell.
    }

    @Override
    public void removeListener(Consumer<Set<PersonKey>> listener) {
        // Nothing was registered.
    }
}
