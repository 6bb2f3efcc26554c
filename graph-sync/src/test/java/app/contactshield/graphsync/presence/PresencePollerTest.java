package app.contactshield.graphsync.presence;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import app.contactshield.graphsync.sync.SyncException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PresencePollerTest {
    private static final String PATH = "/v1.0/communications/getPresencesByUserId";
    private static final Instant NOW = Instant.parse("2026-12-03T17:00:00Z");

    private final ObjectMapper json = new ObjectMapper();
    private final List<Duration> waits = new CopyOnWriteArrayList<>();
    private WireMockServer graph;
    private HttpClient http;
    private PresenceBoard board;

    @BeforeEach
    void startGraphStandIn() {
        graph = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
        graph.start();
        http = HttpClient.newHttpClient();
        board = new PresenceBoard();
    }

    @AfterEach
    void stopGraphStandIn() {
        graph.stop();
    }

    @Test
    void fetchesInBatchesOfAtMost650Ids() throws Exception {
        graph.stubFor(post(urlEqualTo(PATH)).willReturn(okJson("{\"value\":[]}")));
        PresencePoller poller = poller(null);
        List<String> ids = ids(1300);
        poller.setOnScreen(ids.subList(0, 100));
        poller.setFavourites(ids);

        poller.pollOnce();

        List<LoggedRequest> requests = graph.findAll(postRequestedFor(urlEqualTo(PATH)));
        assertThat(requests).hasSize(2);
        List<String> sent = new ArrayList<>();
        for (LoggedRequest request : requests) {
            JsonNode body = json.readTree(request.getBodyAsString());
            assertThat(body.get("ids")).hasSize(650);
            body.get("ids").forEach(id -> sent.add(id.asText()));
        }
        assertThat(sent).containsExactlyInAnyOrderElementsOf(ids);
    }

    @Test
    void sendsTheBearerTokenAndJson() throws Exception {
        graph.stubFor(post(urlEqualTo(PATH)).willReturn(okJson("{\"value\":[]}")));
        PresencePoller poller = poller(null);
        poller.setOnScreen(ids(3));

        poller.pollOnce();

        graph.verify(1, postRequestedFor(urlEqualTo(PATH))
                .withHeader("Authorization", equalTo("Bearer test-token"))
                .withHeader("Content-Type", equalTo("application/json")));
    }

    @Test
    void readsThePublishedPayloadShape() throws Exception {
        Path dir = Path.of(System.getProperty("contactshield.fixtures", "../shared/fixtures/real"));
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isDirectory(dir),
                "real fixtures absent at " + dir + ": skipped");
        String body = Files.readString(dir.resolve("graph/presence_getPresencesByUserId.json"));
        graph.stubFor(post(urlEqualTo(PATH)).willReturn(okJson(body)));
        PresencePoller poller = poller(null);
        poller.setOnScreen(List.of("fa8bf3dc-eca7-46b7-bad1-db199b62afc3", "66825e03-7ef5-42da-9069-724602c31f6b"));

        poller.pollOnce();

        assertThat(board.get("fa8bf3dc-eca7-46b7-bad1-db199b62afc3")).hasValueSatisfying(p -> {
            assertThat(p.availability()).isEqualTo("Busy");
            assertThat(p.activity()).isEqualTo("InAMeeting");
            assertThat(p.fetchedAt()).isEqualTo(NOW);
        });
        assertThat(board.get("66825e03-7ef5-42da-9069-724602c31f6b").map(Presence::availability)).hasValue("Away");
    }

    @Test
    void readsStatusMessageAndOutOfOffice() throws Exception {
        graph.stubFor(post(urlEqualTo(PATH)).willReturn(okJson(resource("presences_with_status_and_ooo.json"))));
        PresencePoller poller = poller(null);
        poller.setFavourites(List.of("6e7b1c1a-0000-4000-8000-00000000a001", "6e7b1c1a-0000-4000-8000-00000000a002"));

        poller.pollOnce();

        Presence available = board.get("6e7b1c1a-0000-4000-8000-00000000a001").orElseThrow();
        assertThat(available.statusMessage()).isEqualTo("Back at my desk after lunch");
        assertThat(available.outOfOffice()).isFalse();
        assertThat(available.outOfOfficeMessage()).isEmpty();
        Presence away = board.get("6e7b1c1a-0000-4000-8000-00000000a002").orElseThrow();
        assertThat(away.outOfOffice()).isTrue();
        assertThat(away.outOfOfficeMessage()).startsWith("On holiday");
        assertThat(away.statusMessage()).isEmpty();
    }

    @Test
    void waitsAsLongAsAFractionalRetryAfterSaysThenRetries() throws Exception {
        graph.stubFor(post(urlEqualTo(PATH)).inScenario("throttle").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "2.128")
                        .withBody("{\"error\":{\"code\":\"TooManyRequests\"}}"))
                .willSetStateTo("calm"));
        graph.stubFor(post(urlEqualTo(PATH)).inScenario("throttle").whenScenarioStateIs("calm")
                .willReturn(okJson(resource("presences_with_status_and_ooo.json"))));
        PresencePoller poller = poller(null);
        poller.setOnScreen(List.of("6e7b1c1a-0000-4000-8000-00000000a001"));

        poller.pollOnce();

        assertThat(waits).containsExactly(Duration.ofMillis(2128));
        graph.verify(2, postRequestedFor(urlEqualTo(PATH)));
        assertThat(board.size()).isEqualTo(2);
    }

    @Test
    void backsOffExponentiallyWhenNoRetryAfterIsGivenAndGivesUpAfterFiveAttempts() throws Exception {
        graph.stubFor(post(urlEqualTo(PATH)).willReturn(aResponse().withStatus(429)));
        PresencePoller poller = poller(null);
        poller.setOnScreen(ids(2));

        poller.pollOnce();

        assertThat(waits).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(4),
                Duration.ofSeconds(8));
        graph.verify(PresencePoller.MAX_ATTEMPTS, postRequestedFor(urlEqualTo(PATH)));
        assertThat(board.size()).isZero();
    }

    @Test
    void keepsOlderValuesWhenGraphFails() throws Exception {
        graph.stubFor(post(urlEqualTo(PATH)).willReturn(okJson(resource("presences_with_status_and_ooo.json"))));
        PresencePoller poller = poller(null);
        poller.setOnScreen(List.of("6e7b1c1a-0000-4000-8000-00000000a001"));
        poller.pollOnce();
        graph.resetAll();
        graph.stubFor(post(urlEqualTo(PATH)).willReturn(aResponse().withStatus(500)));

        poller.pollOnce();

        assertThat(board.get("6e7b1c1a-0000-4000-8000-00000000a001")).isPresent();
    }

    @Test
    void anUnreachableEndpointIsNamedWithTheKindOfFailure() throws Exception {
        URI closed = URI.create(graph.baseUrl() + "/v1.0");
        graph.stop();
        PresenceClient client = new PresenceClient(http, closed, () -> "token", Clock.fixed(NOW, ZoneOffset.UTC));

        Throwable failure = catchThrowable(() -> client.fetch(List.of("6e7b1c1a-0000-4000-8000-00000000a001")));

        assertThat(failure).isInstanceOf(SyncException.class).hasMessageContaining("unreachable")
                .hasMessageNotContaining("null").hasMessageEndingWith("ConnectException");
    }

    @Test
    void refusedTokenIsRefreshedOnceAndTheBatchSentAgain() throws Exception {
        graph.stubFor(post(urlEqualTo(PATH)).withHeader("Authorization", equalTo("Bearer stale"))
                .willReturn(aResponse().withStatus(401).withBody("{\"error\":{\"code\":\"InvalidAuthenticationToken\","
                        + "\"message\":\"Access token has expired or is not yet valid.\"}}")));
        graph.stubFor(post(urlEqualTo(PATH)).withHeader("Authorization", equalTo("Bearer fresh"))
                .willReturn(okJson(resource("presences_with_status_and_ooo.json"))));
        List<Boolean> refreshes = new CopyOnWriteArrayList<>();
        PresenceClient client = new PresenceClient(http, URI.create(graph.baseUrl() + "/v1.0"), force -> {
            refreshes.add(force);
            return force ? "fresh" : "stale";
        }, Clock.fixed(NOW, ZoneOffset.UTC));
        PresencePoller poller = new PresencePoller(client, board, null, Clock.fixed(NOW, ZoneOffset.UTC), waits::add);
        poller.setOnScreen(List.of("6e7b1c1a-0000-4000-8000-00000000a001"));

        poller.pollOnce();

        assertThat(refreshes).containsExactly(false, true);
        assertThat(board.size()).isEqualTo(2);
    }

    @Test
    void askesNothingWhenNobodyIsWatched() throws Exception {
        PresencePoller poller = poller(null);

        poller.pollOnce();

        graph.verify(0, postRequestedFor(urlEqualTo(PATH)));
    }

    @Test
    void callsListenersOnItsNamedThreadAndPollsAgainWhenAsked() throws Exception {
        graph.stubFor(post(urlEqualTo(PATH)).willReturn(okJson(resource("presences_with_status_and_ooo.json"))));
        List<String> threads = Collections.synchronizedList(new ArrayList<>());
        CountDownLatch twoRounds = new CountDownLatch(2);
        board.addListener(updated -> {
            threads.add(Thread.currentThread().getName());
            twoRounds.countDown();
        });
        try (PresencePoller poller = poller(Duration.ofMinutes(10))) {
            poller.setOnScreen(List.of("6e7b1c1a-0000-4000-8000-00000000a001"));

            poller.start();
            poller.requestPoll();

            assertThat(twoRounds.await(10, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(threads).containsOnly(PresencePoller.THREAD_NAME);
    }

    @Test
    void listenersReceiveEveryFetchedPresence() throws Exception {
        graph.stubFor(post(urlEqualTo(PATH)).willReturn(okJson(resource("presences_with_status_and_ooo.json"))));
        List<Map<String, Presence>> updates = new CopyOnWriteArrayList<>();
        board.addListener(updates::add);
        PresencePoller poller = poller(null);
        poller.setOnScreen(List.of("6e7b1c1a-0000-4000-8000-00000000a001"));

        poller.pollOnce();

        assertThat(updates).hasSize(1);
        assertThat(updates.get(0)).containsOnlyKeys("6e7b1c1a-0000-4000-8000-00000000a001",
                "6e7b1c1a-0000-4000-8000-00000000a002");
    }

    private PresencePoller poller(Duration interval) {
        PresenceClient client = new PresenceClient(http, URI.create(graph.baseUrl() + "/v1.0/"),
                () -> "test-token", Clock.fixed(NOW, ZoneOffset.UTC));
        return new PresencePoller(client, board, interval, Clock.fixed(NOW, ZoneOffset.UTC), waits::add);
    }

    private static List<String> ids(int count) {
        return IntStream.range(0, count).mapToObj(i -> String.format("00000000-0000-4000-8000-%012d", i)).toList();
    }

    private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder okJson(String body) {
        return aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody(body);
    }

    private static String resource(String name) throws IOException {
        try (var in = PresencePollerTest.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
    }
}
