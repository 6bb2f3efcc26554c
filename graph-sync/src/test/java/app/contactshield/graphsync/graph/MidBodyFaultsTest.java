package app.contactshield.graphsync.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.contactshield.graphsync.demo.DemoPages;
import app.contactshield.graphsync.demo.DemoTenant;
import app.contactshield.graphsync.loopback.GraphStandIn;
import app.contactshield.graphsync.loopback.RawGraphStandIn;
import app.contactshield.graphsync.loopback.TestTls;
import app.contactshield.graphsync.model.SourceId;
import app.contactshield.graphsync.phone.PhoneNormalizer;
import app.contactshield.graphsync.sync.InMemoryContactStore;
import app.contactshield.graphsync.sync.SyncEngine;
import app.contactshield.graphsync.sync.SyncException;
import app.contactshield.graphsync.sync.SyncRun;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Faults in the middle of a body, served on raw sockets: the head of a {@code 200} and half its body arrive, then the
 * connection is reset or stalls. The page is retried and, after two rounds, the store equals that of a clean run.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class MidBodyFaultsTest {
    private static final DemoPages PAGES = new DemoPages(new DemoTenant(400, 7), 40);
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-01T09:00:00Z"), ZoneOffset.UTC);
    private static final Duration BODY_DEADLINE = Duration.ofMillis(300);
    private static final String USERS_PAGE_3 = GraphStandIn.pageUrl(DirectoryUserSource.INITIAL_PATH, 1, 2);
    private static final List<String> FAULTED = List.of(USERS_PAGE_3,
            GraphStandIn.pageUrl(DirectoryUserSource.INITIAL_PATH, 2, 0),
            GraphStandIn.pageUrl(OrgContactSource.INITIAL_PATH, 1, 1),
            GraphStandIn.pageUrl(GraphStandIn.OUTLOOK_CUSTOMERS, 1, 0));

    private RawGraphStandIn standIn;

    @BeforeEach
    void start() {
        standIn = new RawGraphStandIn(PAGES);
    }

    @AfterEach
    void stop() {
        standIn.close();
    }

    @ParameterizedTest
    @EnumSource(RawGraphStandIn.Fault.class)
    void aBodyCutOffMidwayIsRetriedAndTheStoreEqualsACleanRun(RawGraphStandIn.Fault fault) throws SyncException {
        InMemoryContactStore clean = twoRounds(new InMemoryContactStore());
        RawGraphStandIn faulty = new RawGraphStandIn(PAGES);
        try (faulty) {
            FAULTED.forEach(page -> faulty.fault(page, fault, 1));
            standIn.close();
            standIn = faulty;

            InMemoryContactStore store = twoRounds(new InMemoryContactStore());

            GraphSyncFaultsTest.assertSameContent(store, clean);
            assertThat(store.visible().get(SourceId.GRAPH_USERS)).hasSizeGreaterThan(200);
            assertThat(FAULTED).allSatisfy(page -> assertThat(faulty.requests(page)).as(page).isEqualTo(2));
        }
    }

    @Test
    void aBodyThatStallsOnEveryAttemptFailsThePageAfterTheRetriesInsteadOfHanging() {
        standIn.fault(USERS_PAGE_3, RawGraphStandIn.Fault.STALL_MID_BODY, 3);
        GraphClient client = client();
        String url = client.resolve(USERS_PAGE_3).toString();
        long started = System.nanoTime();

        assertThatThrownBy(() -> client.fetchPage(url, "graph.users page 3"))
                .isInstanceOf(SyncException.class)
                .hasMessageContaining("graph.users page 3").hasMessageContaining("HttpTimeoutException")
                .satisfies(e -> assertThat(((SyncException) e).userMessageKey())
                        .isEqualTo(GraphClient.KEY_PAGE_FAILED));

        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(30));
        assertThat(standIn.requests(USERS_PAGE_3)).isEqualTo(3);
    }

    @Test
    void aResetMidBodySurfacesAsABrokenConnectionNotAsAMalformedPage() {
        standIn.fault(USERS_PAGE_3, RawGraphStandIn.Fault.RESET_MID_BODY, 20);
        GraphClient client = client();

        assertThatThrownBy(() -> client.fetchPage(client.resolve(USERS_PAGE_3).toString(), "graph.users page 3"))
                .isInstanceOf(SyncException.class).hasMessageContaining("3 times")
                .hasMessageContaining("IOException");
        assertThat(standIn.requests(USERS_PAGE_3)).isBetween(3, 20);
    }

    private GraphClient client() {
        return new GraphClient(standIn.root(), new HttpGraphTransport(TestTls.clientContext(), Duration.ofSeconds(5),
                Duration.ofSeconds(10), BODY_DEADLINE), forceRefresh -> "token", wait -> { },
                new RetryPolicy(3, Duration.ofSeconds(30), Duration.ofMillis(10)));
    }

    private InMemoryContactStore twoRounds(InMemoryContactStore store) throws SyncException {
        for (int round = 0; round < 2; round++) {
            SyncRun run = engine(store).runOnce(p -> { });
            assertThat(run.failures()).isEmpty();
        }
        return store;
    }

    private SyncEngine engine(InMemoryContactStore store) {
        GraphClient client = client();
        PhoneNormalizer normalizer = new PhoneNormalizer("DE");
        return new SyncEngine(store, List.of(
                new DirectoryUserSource(client, normalizer, UserSelection.DEFAULT, CLOCK),
                new OrgContactSource(client, normalizer, CLOCK),
                new OutlookContactSource(client, normalizer, CLOCK)), SyncEngine.Renewal.NONE);
    }
}
