package app.contactshield.graphsync.presence;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PresenceTimingTest {
    private static final Instant FETCHED = Instant.parse("2026-12-03T17:00:00Z");

    @ParameterizedTest
    @CsvSource({
        "-1, 30",
        "1, 10",
        "9, 10",
        "10, 10",
        "45, 45",
        "300, 300"
    })
    void clampsTheIntervalToTheDefaultAndTheMinimum(long requestedSeconds, long expectedSeconds) {
        Duration requested = requestedSeconds < 0 ? null : Duration.ofSeconds(requestedSeconds);

        Duration interval = PresencePoller.clampInterval(requested);

        assertThat(interval).isEqualTo(Duration.ofSeconds(expectedSeconds));
    }

    @ParameterizedTest
    @CsvSource({
        "30, 89, false",
        "30, 90, false",
        "30, 91, true",
        "10, 31, true",
        "60, 170, false"
    })
    void presenceIsStaleWhenOlderThanThreeIntervals(long intervalSeconds, long ageSeconds, boolean stale) {
        Presence presence = new Presence("id", "Available", "Available", "", false, "", FETCHED);

        boolean result = presence.isStaleAt(FETCHED.plusSeconds(ageSeconds), Duration.ofSeconds(intervalSeconds));

        assertThat(result).isEqualTo(stale);
    }

    @ParameterizedTest
    @CsvSource({
        "2.128, 2128",
        "0.0001, 1",
        "7, 7000",
        "'Thu, 03 Dec 2026 17:00:05 GMT', 5000",
        "-3, 0"
    })
    void readsRetryAfterAsSecondsFractionalSecondsOrHttpDate(String header, long expectedMillis) {
        PresenceClient client = new PresenceClient(HttpClient.newHttpClient(), PresenceClient.GRAPH_V1,
                () -> "t", Clock.fixed(FETCHED, ZoneOffset.UTC));

        Duration wait = client.parseRetryAfter(header);

        assertThat(wait).isEqualTo(Duration.ofMillis(expectedMillis));
    }

    @ParameterizedTest
    @CsvSource({"1, 1", "2, 2", "3, 4", "7, 64", "8, 120", "40, 120"})
    void exponentialBackoffDoublesUpToTwoMinutes(int attempt, long expectedSeconds) {
        assertThat(PresencePoller.exponentialBackoff(attempt)).isEqualTo(Duration.ofSeconds(expectedSeconds));
    }

    @org.junit.jupiter.api.Test
    void unreadableRetryAfterMeansNoHint() {
        PresenceClient client = new PresenceClient(HttpClient.newHttpClient(), URI.create("http://127.0.0.1:9"),
                () -> "t", Clock.systemUTC());

        assertThat(client.parseRetryAfter("soon")).isNull();
    }
}
