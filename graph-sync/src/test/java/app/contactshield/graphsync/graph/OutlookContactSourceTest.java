package app.contactshield.graphsync.graph;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import app.contactshield.graphsync.demo.DemoGraphTransport;
import app.contactshield.graphsync.demo.DemoPages;
import app.contactshield.graphsync.demo.DemoTenant;
import app.contactshield.graphsync.loopback.GraphStandIn;
import app.contactshield.graphsync.model.SourceId;
import app.contactshield.graphsync.phone.PhoneNormalizer;
import app.contactshield.graphsync.sync.ChangePage;
import app.contactshield.graphsync.sync.DeltaCursor;
import app.contactshield.graphsync.sync.InMemoryContactStore;
import app.contactshield.graphsync.sync.SyncException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class OutlookContactSourceTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-01T09:00:00Z"), ZoneOffset.UTC);
    private GraphStandIn standIn;
    private OutlookContactSource outlook;

    @BeforeEach
    void start() {
        standIn = new GraphStandIn(new DemoPages(new DemoTenant(400, 7), 20));
        outlook = new OutlookContactSource(standIn.client(f -> "t", d -> { }), new PhoneNormalizer("DE"), CLOCK);
    }

    @AfterEach
    void stop() {
        standIn.close();
    }

    @Test
    void oneCursorCoversEveryFolderAndCompletesOnlyAfterTheLastFolder() throws SyncException {
        InMemoryContactStore store = new InMemoryContactStore();

        outlook.sync(Optional.empty(), store, p -> { });

        List<ChangePage> pages = store.committedPages();
        assertThat(pages.get(0).fullSyncStart()).isTrue();
        assertThat(pages.subList(0, pages.size() - 1)).allMatch(p -> !p.cursor().roundComplete());
        DeltaCursor last = pages.get(pages.size() - 1).cursor();
        assertThat(last.roundComplete()).isTrue();
        Map<String, String> links = FolderCursor.decode(last.value()).links();
        assertThat(links).containsOnlyKeys(FolderCursor.DEFAULT_FOLDER, DemoGraphTransport.CUSTOMERS_FOLDER);
        assertThat(links.values()).allMatch(link -> link.contains("$deltatoken=r1"));
    }

    @Test
    void aSyncInterruptedInTheSecondFolderResumesThereAndEqualsACleanRun() throws SyncException {
        InMemoryContactStore clean = new InMemoryContactStore();
        outlook.sync(Optional.empty(), clean, p -> { });
        InMemoryContactStore store = new InMemoryContactStore();
        int defaultPages = (int) clean.committedPages().stream()
                .filter(p -> !FolderCursor.decode(p.cursor().value()).links()
                        .containsKey(DemoGraphTransport.CUSTOMERS_FOLDER))
                .count();
        store.failCommit(defaultPages + 2);

        try {
            outlook.sync(Optional.empty(), store, p -> { });
        } catch (SyncException expected) {
            assertThat(expected.userMessageKey()).isEqualTo("store.error");
        }
        Map<String, String> resumeFrom = FolderCursor.decode(store.cursor(SourceId.GRAPH_OUTLOOK).orElseThrow()
                .value()).links();
        outlook.sync(store.cursor(SourceId.GRAPH_OUTLOOK), store, p -> { });

        assertThat(resumeFrom.get(DemoGraphTransport.CUSTOMERS_FOLDER)).contains("$skiptoken=r1p1");
        GraphSyncFaultsTest.assertSameContent(store, clean);
    }

    @Test
    void aFolderThatDisappearedRestartsTheSourceWithAFullSync() throws SyncException {
        InMemoryContactStore store = new InMemoryContactStore();
        outlook.sync(Optional.empty(), store, p -> { });
        standIn.server().stubFor(get(urlEqualTo("/v1.0/" + GraphStandIn.FOLDER_LIST)).atPriority(1)
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                        .withBody("{\"value\":[]}")));
        int before = store.committedPages().size();

        outlook.sync(store.cursor(SourceId.GRAPH_OUTLOOK), store, p -> { });

        ChangePage restart = store.committedPages().get(before);
        assertThat(restart.fullSyncStart()).isTrue();
        assertThat(FolderCursor.decode(store.cursor(SourceId.GRAPH_OUTLOOK).orElseThrow().value()).links())
                .containsOnlyKeys(FolderCursor.DEFAULT_FOLDER);
        assertThat(store.recordCounts().get(SourceId.GRAPH_OUTLOOK))
                .isEqualTo(new DemoPages(new DemoTenant(400, 7), 20).tenant().size(
                        DemoTenant.Collection.OUTLOOK_DEFAULT));
    }
}
