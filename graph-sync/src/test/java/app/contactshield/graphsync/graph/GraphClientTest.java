package app.contactshield.graphsync.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.contactshield.graphsync.sync.SyncException;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GraphClientTest {

    @ParameterizedTest
    @CsvSource({"2.128, 2128", "1, 1000", "0, 0", "0.0004, 1", "' 3 ', 3000", "120.5, 120500"})
    void readsRetryAfterSecondsIncludingFractions(String header, long millis) {
        Optional<Duration> wait = GraphClient.parseRetryAfter(header);

        assertThat(wait).contains(Duration.ofMillis(millis));
    }

    @ParameterizedTest
    @CsvSource({"-1", "soon", "''", "1e999999999999"})
    void ignoresRetryAfterValuesThatAreNeitherSecondsNorADate(String header) {
        Optional<Duration> wait = GraphClient.parseRetryAfter(header);

        assertThat(wait).isEmpty();
    }

    @Test
    void readsRetryAfterAsAnHttpDate() {
        String inTenSeconds = DateTimeFormatter.RFC_1123_DATE_TIME.format(ZonedDateTime.now().plusSeconds(10));

        Optional<Duration> wait = GraphClient.parseRetryAfter(inTenSeconds);

        assertThat(wait).hasValueSatisfying(d -> assertThat(d).isBetween(Duration.ofSeconds(8),
                Duration.ofSeconds(10)));
    }

    @Test
    void refusesToWaitLongerThanThePolicyAllows() {
        List<Duration> waits = new ArrayList<>();
        GraphTransport throttling = (uri, token) -> new GraphResponse(429, Map.of("Retry-After", "600"),
                new ByteArrayInputStream(new byte[0]));
        GraphClient client = new GraphClient(URI.create("https://localhost/v1.0/"), throttling, f -> "t",
                waits::add, new RetryPolicy(3, Duration.ofSeconds(60), Duration.ofSeconds(1)));

        assertThatThrownBy(() -> client.fetchPage("https://localhost/v1.0/users/delta", "graph.users page 1"))
                .isInstanceOf(SyncException.class)
                .hasMessageContaining("600000 ms").hasMessageContaining("limit of 60000 ms")
                .hasMessageContaining("graph.users page 1");
        assertThat(waits).isEmpty();
    }

    @Test
    void backsOffExponentiallyWhenNoRetryAfterIsGiven() {
        List<Duration> waits = new ArrayList<>();
        GraphTransport unavailable = (uri, token) -> new GraphResponse(503, Map.of(),
                new ByteArrayInputStream(new byte[0]));
        GraphClient client = new GraphClient(URI.create("https://localhost/v1.0/"), unavailable, f -> "t",
                waits::add, new RetryPolicy(4, Duration.ofSeconds(60), Duration.ofMillis(500)));

        assertThatThrownBy(() -> client.fetchPage("https://localhost/v1.0/users/delta", "graph.users page 1"))
                .isInstanceOf(SyncException.class)
                .satisfies(e -> assertThat(((SyncException) e).userMessageKey()).isEqualTo("sync.error.pageFailed"));
        assertThat(waits).containsExactly(Duration.ofMillis(500), Duration.ofMillis(1000), Duration.ofMillis(2000));
    }
}
