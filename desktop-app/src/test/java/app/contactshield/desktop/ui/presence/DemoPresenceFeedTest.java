package app.contactshield.desktop.ui.presence;

import static org.assertj.core.api.Assertions.assertThat;

import app.contactshield.desktop.ui.TickingClock;
import app.contactshield.graphsync.model.PersonKey;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class DemoPresenceFeedTest {
    private static final Instant START = Instant.parse("2026-12-04T21:58:00Z");
    private static final Duration SHORTEST_INTERVAL = Duration.ofSeconds(10);

    private final TickingClock clock = new TickingClock(START);
    private final DemoPresenceFeed feed = new DemoPresenceFeed(clock);
    private final List<PersonKey> colleagues = IntStream.range(0, 200)
            .mapToObj(i -> new PersonKey("oid:demo-" + i)).toList();

    @Test
    void livePresenceIsRenewedLikeAPollerAndNeverTurnsStaleWhileTheAppRuns() {
        List<PersonKey> live = colleagues.stream()
                .filter(key -> !view(key).isStale(clock.instant(), SHORTEST_INTERVAL)).toList();

        clock.advance(Duration.ofMinutes(6));

        assertThat(live).hasSizeGreaterThan(150);
        assertThat(live).allSatisfy(key -> assertThat(view(key).isStale(clock.instant(), SHORTEST_INTERVAL))
                .as("six minutes later").isFalse());
    }

    @Test
    void stalePresenceAgesWithTheClockSoItsAgeInWordsChanges() {
        PersonKey stale = colleagues.stream()
                .filter(key -> view(key).isStale(clock.instant(), SHORTEST_INTERVAL)).findFirst().orElseThrow();
        Duration before = view(stale).age(clock.instant());

        clock.advance(Duration.ofMinutes(6));

        assertThat(before).isEqualTo(Duration.ofMinutes(6));
        assertThat(view(stale).age(clock.instant())).isEqualTo(Duration.ofMinutes(12));
    }

    @Test
    void thePresenceStaysTheSameWithinARoundSoScreensRedrawNothing() {
        PersonKey key = colleagues.get(1);
        clock.advance(Duration.ofSeconds(31));
        PresenceView first = view(key);

        clock.advance(Duration.ofSeconds(3));

        assertThat(view(key)).isEqualTo(first);
    }

    @Test
    void knowsNoPresenceForContactsOutsideTheDirectory() {
        assertThat(feed.presence(new PersonKey("outlook:abc"))).isEmpty();
    }

    private PresenceView view(PersonKey key) {
        return feed.presence(key).orElseThrow();
    }
}
