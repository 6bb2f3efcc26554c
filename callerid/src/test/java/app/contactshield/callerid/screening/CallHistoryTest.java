package app.contactshield.callerid.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.contactshield.callerid.testing.InMemoryContactStore;
import app.contactshield.graphsync.store.CallLogEntry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class CallHistoryTest {
    private static final Instant NOW = Instant.parse("2026-12-03T09:00:00Z");

    private final InMemoryContactStore store = new InMemoryContactStore();
    private final CallHistory history = new CallHistory(store, 30, Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void deletesCallsOlderThanTheRetentionDaysAndKeepsTheRest() {
        history.record(call(NOW.minus(Duration.ofDays(31))));
        history.record(call(NOW.minus(Duration.ofDays(29))));

        int deleted = history.purgeExpired();

        assertThat(deleted).isEqualTo(1);
        assertThat(store.calls()).extracting(CallLogEntry::at).containsExactly(NOW.minus(Duration.ofDays(29)));
    }

    @Test
    void purgesAtOnceWhenTheDailyPurgeIsScheduled() throws Exception {
        history.record(call(NOW.minus(Duration.ofDays(40))));
        ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();

        ScheduledFuture<?> daily = history.scheduleDailyPurge(scheduler);
        scheduler.schedule(() -> { }, 0, TimeUnit.SECONDS).get(10, TimeUnit.SECONDS);

        assertThat(store.calls()).isEmpty();
        assertThat(daily.getDelay(TimeUnit.HOURS)).isBetween(23L, 24L);
        daily.cancel(false);
        scheduler.shutdownNow();
    }

    @Test
    void refusesARetentionOfLessThanADay() {
        assertThatThrownBy(() -> new CallHistory(store, 0, Clock.systemUTC()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("was 0");
    }

    private static CallLogEntry call(Instant at) {
        return new CallLogEntry(at, "+491712345678", null, "Unknown number", CallLogEntry.Direction.INCOMING,
                CallLogEntry.Outcome.MISSED);
    }
}
