package app.contactshield.graphsync.graph;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.contactshield.graphsync.demo.DemoPages;
import app.contactshield.graphsync.demo.DemoTenant;
import app.contactshield.graphsync.loopback.GraphStandIn;
import app.contactshield.graphsync.sync.SyncException;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Serves Microsoft Graph's published error responses (../shared/fixtures/real/graph, see its SOURCES.md) from the
 * loopback stand-in, exactly as published: the 429 with its fractional {@code Retry-After}, and the 401s. Skipped
 * when the fixtures are absent.
 */
class RealGraphErrorFixturesTest {
    private Path dir;
    private GraphStandIn standIn;
    private final List<Duration> waits = new CopyOnWriteArrayList<>();
    private final AtomicInteger renewals = new AtomicInteger();

    @BeforeEach
    void start() {
        dir = Path.of(System.getProperty("contactshield.fixtures", "../shared/fixtures/real")).resolve("graph");
        Assumptions.assumeTrue(Files.isDirectory(dir), "real fixtures absent at " + dir + ": skipped");
        standIn = new GraphStandIn(new DemoPages(new DemoTenant(100, 3), 999));
    }

    @AfterEach
    void stop() {
        if (standIn != null) {
            standIn.close();
        }
    }

    @Test
    void thePublished429IsRetriedAfterItsFractionalRetryAfter() throws Exception {
        standIn.fault(DirectoryUserSource.INITIAL_PATH, httpFile("error-429-TooManyRequests.http"), 1);

        GraphPage page = fetchFirstUsersPage();

        assertThat(waits).containsExactly(Duration.ofMillis(2128));
        assertThat(page.deltaLink()).contains("$deltatoken=r1");
    }

    @ParameterizedTest
    @ValueSource(strings = {"error-401-InvalidAuthenticationToken_expired.json",
        "error-401-InvalidAuthenticationToken_validation-failure.json"})
    void aPublished401RenewsTheTokenOnceAndThenSucceeds(String fixture) throws Exception {
        standIn.fault(DirectoryUserSource.INITIAL_PATH, json(401, fixture), 1);

        GraphPage page = fetchFirstUsersPage();

        assertThat(renewals).hasValue(1);
        assertThat(page.items()).isNotEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"error-401-InvalidAuthenticationToken_expired.json",
        "error-401-InvalidAuthenticationToken_validation-failure.json"})
    void aPublished401ThatComesBackAfterRenewalAsksForSignIn(String fixture) throws Exception {
        standIn.fault(DirectoryUserSource.INITIAL_PATH, json(401, fixture), 2);

        assertThatThrownBy(this::fetchFirstUsersPage).isInstanceOf(SyncException.class)
                .satisfies(e -> assertThat(((SyncException) e).userMessageKey())
                        .isEqualTo(GraphClient.KEY_SIGNIN_REQUIRED));
        assertThat(renewals).hasValue(1);
    }

    @Test
    void theLogged401WithItsEmptyRequestIdHeaderRenewsTheToken() throws Exception {
        standIn.fault(DirectoryUserSource.INITIAL_PATH, retrofitLog("error-401-InvalidAuthenticationToken_retrofit-log"
                + ".txt"), 1);

        fetchFirstUsersPage();

        assertThat(renewals).hasValue(1);
    }

    private GraphPage fetchFirstUsersPage() throws SyncException {
        GraphClient client = standIn.client(renew -> {
            if (renew) {
                renewals.incrementAndGet();
            }
            return renew ? "renewed" : "first";
        }, waits::add);
        return client.fetchPage(client.resolve(DirectoryUserSource.INITIAL_PATH).toString(), "graph.users page 1");
    }

    private ResponseDefinitionBuilder json(int status, String fixture) throws IOException {
        return aResponse().withStatus(status).withHeader("Content-Type", "application/json")
                .withBody(Files.readAllBytes(dir.resolve(fixture)));
    }

    /** A raw HTTP response file: status line, headers, a blank line, the body. */
    private ResponseDefinitionBuilder httpFile(String fixture) throws IOException {
        return response(Files.readAllLines(dir.resolve(fixture), StandardCharsets.UTF_8));
    }

    /** A response as an Android client logged it: each line behind a {@code D/Retrofit( pid): } prefix. */
    private ResponseDefinitionBuilder retrofitLog(String fixture) throws IOException {
        List<String> lines = Files.readAllLines(dir.resolve(fixture), StandardCharsets.UTF_8).stream()
                .map(line -> line.replaceFirst("^D/Retrofit\\(\\s*\\d+\\): ?", "")).toList();
        List<String> response = new java.util.ArrayList<>();
        response.add(lines.get(1).replaceFirst("^:\\s*", ""));
        for (String line : lines.subList(2, lines.size())) {
            if (line.startsWith("{") && !response.contains("")) {
                response.add("");
            }
            response.add(line);
        }
        return response(response);
    }

    private static ResponseDefinitionBuilder response(List<String> lines) {
        String[] statusLine = lines.get(0).split(" ", 3);
        ResponseDefinitionBuilder response = aResponse().withStatus(Integer.parseInt(statusLine[1]));
        int i = 1;
        for (; i < lines.size() && !lines.get(i).isBlank(); i++) {
            String[] header = lines.get(i).split(":", 2);
            if (!header[0].equalsIgnoreCase("Content-Length") && !header[0].startsWith("X-Android")) {
                response = response.withHeader(header[0].trim(), header[1].trim());
            }
        }
        return response.withBody(String.join("\n", lines.subList(Math.min(i + 1, lines.size()), lines.size())));
    }
}
