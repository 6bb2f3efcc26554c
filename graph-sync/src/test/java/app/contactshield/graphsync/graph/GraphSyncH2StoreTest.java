package app.contactshield.graphsync.graph;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static org.assertj.core.api.Assertions.assertThat;

import app.contactshield.graphsync.demo.DemoPages;
import app.contactshield.graphsync.demo.DemoTenant;
import app.contactshield.graphsync.loopback.GraphStandIn;
import app.contactshield.graphsync.model.Person;
import app.contactshield.graphsync.phone.PhoneNormalizer;
import app.contactshield.graphsync.store.H2ContactStore;
import app.contactshield.graphsync.store.StoreOpener;
import app.contactshield.graphsync.sync.SyncEngine;
import app.contactshield.graphsync.sync.SyncException;
import app.contactshield.graphsync.sync.SyncRun;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The fault schedules again, committed into the real encrypted H2 store: it must equal the store of a clean run. */
class GraphSyncH2StoreTest {
    private static final DemoPages PAGES = new DemoPages(new DemoTenant(400, 7), 40);
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-01T09:00:00Z"), ZoneOffset.UTC);
    private static final byte[] KEY = new byte[StoreOpener.KEY_BYTES];
    private static final String ERROR_JSON = "{\"error\":{\"code\":\"%s\",\"message\":\"stand-in\"}}";

    @TempDir
    Path dir;
    private GraphStandIn standIn;

    enum FaultKind {
        THROTTLED_429(body -> aResponse().withStatus(429).withHeader("Retry-After", "2.128")
                .withBody(String.format(ERROR_JSON, "TooManyRequests"))),
        UNAVAILABLE_503(body -> aResponse().withStatus(503)),
        CONNECTION_RESET(body -> aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)),
        TRUNCATED_BODY(body -> aResponse().withStatus(200).withBody(Arrays.copyOf(body, body.length / 2))),
        UNAUTHORIZED_401(body -> aResponse().withStatus(401)
                .withBody(String.format(ERROR_JSON, "InvalidAuthenticationToken")));

        private final Function<byte[], ResponseDefinitionBuilder> response;

        FaultKind(Function<byte[], ResponseDefinitionBuilder> response) {
            this.response = response;
        }
    }

    @BeforeEach
    void start() {
        Arrays.fill(KEY, (byte) 7);
        standIn = new GraphStandIn(PAGES);
    }

    @AfterEach
    void stop() {
        standIn.close();
    }

    @ParameterizedTest
    @EnumSource(FaultKind.class)
    void theEncryptedStoreEqualsACleanRunAfterEveryFaultSchedule(FaultKind kind) throws SyncException {
        List<Person> clean = twoRounds(dir.resolve("clean"));
        for (int[] page : new int[][] {{1, 2}, {2, 0}}) {
            byte[] body = standIn.body(DemoTenant.Collection.USERS, DirectoryUserSource.INITIAL_PATH, page[0],
                    page[1]);
            standIn.fault(GraphStandIn.pageUrl(DirectoryUserSource.INITIAL_PATH, page[0], page[1]),
                    kind.response.apply(body), 1);
        }
        byte[] org = standIn.body(DemoTenant.Collection.ORG_CONTACTS, OrgContactSource.INITIAL_PATH, 1, 1);
        standIn.fault(GraphStandIn.pageUrl(OrgContactSource.INITIAL_PATH, 1, 1), kind.response.apply(org), 1);

        List<Person> faulty = twoRounds(dir.resolve("faulty"));

        assertThat(faulty).hasSize(clean.size());
        assertThat(faulty.equals(clean)).as("people after faults equal the people of a clean run").isTrue();
        assertThat(clean).hasSizeGreaterThan(300);
    }

    @org.junit.jupiter.api.Test
    void anExpiredDeltaTokenResyncsTheEncryptedStoreAndKeepsFavouritesAndNotes() throws SyncException {
        try (H2ContactStore store = StoreOpener.open(dir.resolve("expired"), KEY).store()) {
            engine(store).runOnce(p -> { });
            Person someone = store.people().get(0);
            store.setFavourite(someone.key(), true);
            store.setNote(someone.key(), "Prefers calls after 10");
            List<Person> before = store.people();
            standIn.fault(GraphStandIn.pageUrl(DirectoryUserSource.INITIAL_PATH, 2, 0), aResponse().withStatus(410)
                    .withBody(String.format(ERROR_JSON, "syncStateNotFound")), 1);

            SyncRun run = engine(store).runOnce(p -> { });

            assertThat(run.failures()).isEmpty();
            assertThat(store.favourites()).contains(someone.key());
            assertThat(store.note(someone.key())).contains("Prefers calls after 10");
            assertThat(store.recordCounts().get(app.contactshield.graphsync.model.SourceId.GRAPH_USERS))
                    .isEqualTo(countUsers(before));
        }
    }

    private static long countUsers(List<Person> people) {
        return people.stream().flatMap(p -> p.records().stream())
                .filter(r -> r.source().equals(app.contactshield.graphsync.model.SourceId.GRAPH_USERS)).count();
    }

    private List<Person> twoRounds(Path dataDir) throws SyncException {
        try (H2ContactStore store = StoreOpener.open(dataDir, KEY).store()) {
            for (int round = 0; round < 2; round++) {
                SyncRun run = engine(store).runOnce(p -> { });
                assertThat(run.failures()).isEmpty();
            }
            return store.people();
        }
    }

    private SyncEngine engine(H2ContactStore store) {
        TokenProvider tokens = forceRefresh -> forceRefresh ? "renewed" : "first";
        GraphClient client = standIn.client(tokens, d -> { });
        PhoneNormalizer normalizer = new PhoneNormalizer("DE");
        return new SyncEngine(store, List.of(
                new DirectoryUserSource(client, normalizer, UserSelection.DEFAULT, CLOCK),
                new OrgContactSource(client, normalizer, CLOCK),
                new OutlookContactSource(client, normalizer, CLOCK)), () -> tokens.accessToken(false));
    }
}
