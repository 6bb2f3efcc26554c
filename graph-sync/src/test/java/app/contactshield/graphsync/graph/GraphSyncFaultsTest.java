package app.contactshield.graphsync.graph;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.contactshield.graphsync.demo.DemoPages;
import app.contactshield.graphsync.demo.DemoTenant;
import app.contactshield.graphsync.loopback.GraphStandIn;
import app.contactshield.graphsync.model.ContactRecord;
import app.contactshield.graphsync.model.PersonKey;
import app.contactshield.graphsync.model.SourceId;
import app.contactshield.graphsync.phone.PhoneNormalizer;
import app.contactshield.graphsync.sync.ChangePage;
import app.contactshield.graphsync.sync.InMemoryContactStore;
import app.contactshield.graphsync.sync.SyncEngine;
import app.contactshield.graphsync.sync.SyncException;
import app.contactshield.graphsync.sync.SyncRun;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class GraphSyncFaultsTest {
    private static final DemoPages PAGES = new DemoPages(new DemoTenant(400, 7), 40);
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-01T09:00:00Z"), ZoneOffset.UTC);
    private static final String ERROR_JSON = "{\"error\":{\"code\":\"%s\",\"message\":\"stand-in\"}}";

    private final List<Duration> waits = new CopyOnWriteArrayList<>();
    private final AtomicInteger refreshes = new AtomicInteger();
    private GraphStandIn standIn;

    @BeforeEach
    void startStandIn() {
        standIn = new GraphStandIn(PAGES);
    }

    @AfterEach
    void stopStandIn() {
        standIn.close();
    }

    enum FaultKind {
        THROTTLED_429(body -> aResponse().withStatus(429).withHeader("Retry-After", "2.128")
                .withBody(String.format(ERROR_JSON, "TooManyRequests"))),
        UNAVAILABLE_503(body -> aResponse().withStatus(503).withBody(String.format(ERROR_JSON, "serviceNotAvailable"))),
        GATEWAY_TIMEOUT_504(body -> aResponse().withStatus(504).withHeader("Retry-After", "1")),
        CONNECTION_RESET(body -> aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)),
        MALFORMED_CHUNK(body -> aResponse().withFault(Fault.MALFORMED_RESPONSE_CHUNK)),
        TRUNCATED_BODY(body -> aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                .withBody(Arrays.copyOf(body, body.length / 2))),
        UNAUTHORIZED_401(body -> aResponse().withStatus(401)
                .withBody(String.format(ERROR_JSON, "InvalidAuthenticationToken")));

        private final Function<byte[], ResponseDefinitionBuilder> response;

        FaultKind(Function<byte[], ResponseDefinitionBuilder> response) {
            this.response = response;
        }
    }

    @ParameterizedTest
    @EnumSource(FaultKind.class)
    void storeEqualsACleanRunAfterEveryFaultSchedule(FaultKind kind) throws SyncException {
        InMemoryContactStore clean = twoRounds(new InMemoryContactStore());
        GraphStandIn faulty = new GraphStandIn(PAGES);
        try (faulty) {
            injectEverywhere(faulty, kind);
            standIn.close();
            standIn = faulty;

            InMemoryContactStore store = twoRounds(new InMemoryContactStore());

            assertSameContent(store, clean);
            assertThat(store.visible().get(SourceId.GRAPH_USERS)).hasSizeGreaterThan(200);
        }
        if (kind == FaultKind.THROTTLED_429) {
            assertThat(waits).contains(Duration.ofMillis(2128));
        }
        if (kind == FaultKind.UNAUTHORIZED_401) {
            assertThat(refreshes).hasValue(4);
        }
    }

    @Test
    void aPageThatKeepsFailingNamesSourceAndPageAndKeepsTheCommittedPages() throws SyncException {
        byte[] page = standIn.body(DemoTenant.Collection.USERS, DirectoryUserSource.INITIAL_PATH, 1, 2);
        standIn.fault(GraphStandIn.pageUrl(DirectoryUserSource.INITIAL_PATH, 1, 2),
                FaultKind.TRUNCATED_BODY.response.apply(page), 3);
        InMemoryContactStore store = new InMemoryContactStore();

        SyncRun failed = engine(store).runOnce(p -> { });

        assertThat(failed.failures().get(SourceId.GRAPH_USERS)).hasMessageContaining("graph.users page 3")
                .hasMessageContaining("3 times");
        assertThat(store.committedPages()).filteredOn(p -> p.source().equals(SourceId.GRAPH_USERS)).hasSize(2);
        assertThat(store.cursor(SourceId.GRAPH_USERS)).hasValueSatisfying(c -> assertThat(c.roundComplete()).isFalse());
        assertThat(failed.reports()).extracting(r -> r.source())
                .containsExactly(SourceId.GRAPH_ORG_CONTACTS, SourceId.GRAPH_OUTLOOK);

        SyncRun resumed = engine(store).runOnce(p -> { });
        oneRound(store);

        assertThat(resumed.succeeded()).isTrue();
        assertSameContent(store, twoRounds(new InMemoryContactStore()));
    }

    @Test
    void anInterruptedCommitResumesFromTheLastCommittedPage() throws SyncException {
        InMemoryContactStore store = new InMemoryContactStore();
        store.failCommit(4);

        SyncRun interrupted = engine(store).runOnce(p -> { });
        oneRound(oneRound(store));

        assertThat(interrupted.failures()).containsKey(SourceId.GRAPH_USERS);
        assertSameContent(store, twoRounds(new InMemoryContactStore()));
    }

    @Test
    void aSecond401AsksForSignInAndStopsTheRun() {
        standIn.fault(DirectoryUserSource.INITIAL_PATH, FaultKind.UNAUTHORIZED_401.response.apply(new byte[0]), 2);
        InMemoryContactStore store = new InMemoryContactStore();

        assertThatThrownBy(() -> engine(store).runOnce(p -> { }))
                .isInstanceOf(SyncException.class)
                .satisfies(e -> assertThat(((SyncException) e).userMessageKey()).isEqualTo("signin.required"));
        assertThat(refreshes).hasValue(1);
        assertThat(store.committedPages()).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"410, ''", "400, syncStateNotFound", "400, resyncRequired", "400, SyncStateInvalid"})
    void anExpiredDeltaTokenRestartsTheSourceWithAFullSyncKeepingLocalData(int status, String code)
            throws SyncException {
        InMemoryContactStore store = oneRound(new InMemoryContactStore());
        PersonKey favourite = new PersonKey("oid:kept-favourite");
        store.setFavourite(favourite, true);
        store.accept(new ChangePage(SourceId.GRAPH_USERS, List.of(new ContactRecord(SourceId.GRAPH_USERS, "stale",
                "stale", null, "Stale Entry", null, null, null, null, null, null, List.of("stale@contoso.example"),
                List.of(), null)), List.of(), List.of(), store.cursor(SourceId.GRAPH_USERS).orElseThrow(), false));
        standIn.fault(GraphStandIn.pageUrl(DirectoryUserSource.INITIAL_PATH, 2, 0), aResponse().withStatus(status)
                .withBody(String.format(ERROR_JSON, code)), 1);
        int before = store.committedPages().size();

        SyncRun run = engine(store).runOnce(p -> { });

        List<ChangePage> users = store.committedPages().subList(before, store.committedPages().size()).stream()
                .filter(p -> p.source().equals(SourceId.GRAPH_USERS)).toList();
        assertThat(run.succeeded()).isTrue();
        assertThat(users.get(0).fullSyncStart()).isTrue();
        assertThat(store.visible().get(SourceId.GRAPH_USERS)
                .equals(oneRound(new InMemoryContactStore()).visible().get(SourceId.GRAPH_USERS)))
                .as("users after the full resync equal the users of a clean first round").isTrue();
        assertThat(store.favourites()).isEqualTo(Set.of(favourite));
    }

    private void injectEverywhere(GraphStandIn target, FaultKind kind) {
        inject(target, kind, DemoTenant.Collection.USERS, DirectoryUserSource.INITIAL_PATH, 1, 2);
        inject(target, kind, DemoTenant.Collection.USERS, DirectoryUserSource.INITIAL_PATH, 2, 0);
        inject(target, kind, DemoTenant.Collection.ORG_CONTACTS, OrgContactSource.INITIAL_PATH, 1, 1);
        inject(target, kind, DemoTenant.Collection.OUTLOOK_CUSTOMERS, GraphStandIn.OUTLOOK_CUSTOMERS, 1, 0);
    }

    private static void inject(GraphStandIn target, FaultKind kind, DemoTenant.Collection collection,
            String initialPath, int round, int page) {
        byte[] body = target.body(collection, initialPath, round, page);
        target.fault(GraphStandIn.pageUrl(initialPath, round, page), kind.response.apply(body), 1);
    }

    private InMemoryContactStore oneRound(InMemoryContactStore store) throws SyncException {
        SyncRun run = engine(store).runOnce(p -> { });
        assertThat(run.failures()).isEmpty();
        return store;
    }

    private InMemoryContactStore twoRounds(InMemoryContactStore store) throws SyncException {
        return oneRound(oneRound(store));
    }

    private SyncEngine engine(InMemoryContactStore store) {
        TokenProvider tokens = forceRefresh -> {
            if (forceRefresh) {
                refreshes.incrementAndGet();
            }
            return forceRefresh ? "renewed-token" : "first-token";
        };
        GraphClient client = standIn.client(tokens, waits::add);
        PhoneNormalizer normalizer = new PhoneNormalizer("DE");
        return new SyncEngine(store, List.of(
                new DirectoryUserSource(client, normalizer, UserSelection.DEFAULT, CLOCK),
                new OrgContactSource(client, normalizer, CLOCK),
                new OutlookContactSource(client, normalizer, CLOCK)), () -> tokens.accessToken(false));
    }

    /** Compares whole stores without printing their (invented) contacts when they differ. */
    static void assertSameContent(InMemoryContactStore actual, InMemoryContactStore expected) {
        Map<SourceId, Map<String, ContactRecord>> got = actual.visible();
        Map<SourceId, Map<String, ContactRecord>> want = expected.visible();
        for (SourceId source : want.keySet()) {
            assertThat(got.get(source).keySet()).as("keys of %s", source).isEqualTo(want.get(source).keySet());
            long differing = want.get(source).entrySet().stream()
                    .filter(e -> !e.getValue().equals(got.get(source).get(e.getKey()))).count();
            assertThat(differing).as("records of %s that differ from a clean run", source).isZero();
        }
        assertThat(got.keySet()).isEqualTo(want.keySet());
        assertThat(actual.hidden()).isEqualTo(expected.hidden());
    }
}
