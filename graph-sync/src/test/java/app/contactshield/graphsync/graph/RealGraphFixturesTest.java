package app.contactshield.graphsync.graph;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import app.contactshield.graphsync.loopback.GraphStandIn;
import app.contactshield.graphsync.model.ContactRecord;
import app.contactshield.graphsync.model.PhoneType;
import app.contactshield.graphsync.model.SourceId;
import app.contactshield.graphsync.phone.PhoneNormalizer;
import app.contactshield.graphsync.sync.ChangePage;
import app.contactshield.graphsync.sync.InMemoryContactStore;
import app.contactshield.graphsync.sync.SyncException;
import app.contactshield.graphsync.demo.DemoPages;
import app.contactshield.graphsync.demo.DemoTenant;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Serves Microsoft's published Graph payloads from the loopback stand-in; skipped when they are absent. */
class RealGraphFixturesTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-01T09:00:00Z"), ZoneOffset.UTC);
    private Path dir;

    @BeforeEach
    void findFixtures() {
        dir = Path.of(System.getProperty("contactshield.fixtures", "../shared/fixtures/real")).resolve("graph");
        Assumptions.assumeTrue(Files.isDirectory(dir), "real fixtures absent at " + dir + ": skipped");
    }

    private String fixture(String name, GraphStandIn standIn) throws IOException {
        return Files.readString(dir.resolve(name), StandardCharsets.UTF_8)
                .replace("https://graph.microsoft.com/v1.0/", standIn.root().toString());
    }

    @Test
    void followsThePublishedUsersDeltaPagesToTheDeltaLinkAndThenReadsRemovals() throws IOException,
            SyncException {
        try (GraphStandIn standIn = new GraphStandIn(new DemoPages(new DemoTenant(100, 1), 50))) {
            String page1 = fixture("users-delta_page1_nextLink_with_removed.json", standIn);
            String page2 = fixture("users-delta_page2_nextLink.json", standIn);
            String page3 = fixture("users-delta_page3_final_deltaLink.json", standIn);
            String changes = fixture("users-delta_deltaLink_changes_with_removed_changed.json", standIn);
            standIn.fault(DirectoryUserSource.INITIAL_PATH, json(page1), 1);
            serve(standIn, page1, page2);
            serve(standIn, page2, page3);
            serve(standIn, page3, changes);
            DirectoryUserSource users = new DirectoryUserSource(standIn.client(f -> "t", d -> { }),
                    new PhoneNormalizer("US"), new UserSelection(true, true, List.of()), CLOCK);
            InMemoryContactStore store = new InMemoryContactStore();

            users.sync(Optional.empty(), store, p -> { });
            users.sync(store.cursor(SourceId.GRAPH_USERS), store, p -> { });

            List<ChangePage> pages = store.committedPages();
            assertThat(pages).hasSize(4);
            assertThat(pages.get(0).fullSyncStart()).isTrue();
            assertThat(pages.get(0).removedKeys()).contains("86462606-fde0-4fc4-9e0c-a20eb73e54c6");
            assertThat(pages.get(2).cursor().roundComplete()).isTrue();
            assertThat(pages.get(3).hiddenKeys()).containsExactly("8ffff70c-1c63-4860-b963-e34ec660931d");
        }
    }

    @Test
    void readsPublishedOrgContactPhonesAndKeepsTheFaxNumber() throws IOException {
        GraphPage page = new GraphPageParser().parse(Files.newInputStream(dir.resolve("orgContacts_list.json")));
        OrgContactSource source = new OrgContactSource(unusedClient(), new PhoneNormalizer("US"), CLOCK);

        List<ContactRecord> records = page.items().stream().map(i -> i.deepCopy())
                .map(i -> ((com.fasterxml.jackson.databind.node.ObjectNode) i).put("id", "oc1"))
                .map(i -> source.toRecord(i).orElseThrow()).toList();

        assertThat(records).singleElement().satisfies(r -> {
            assertThat(r.emails()).containsExactly("erics@contoso.com");
            assertThat(r.office()).isEqualTo("MyCity");
            assertThat(r.phones()).singleElement().satisfies(p -> {
                assertThat(p.type()).isEqualTo(PhoneType.FAX);
                assertThat(p.raw()).isEqualTo("111-1111");
            });
        });
    }

    @Test
    void readsAPublishedOutlookContactWithEmptyPhoneFields() throws IOException {
        byte[] body = Files.readAllBytes(dir.resolve("me-contact_get_full.json"));
        com.fasterxml.jackson.databind.JsonNode contact = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(new ByteArrayInputStream(body));
        OutlookContactSource source = new OutlookContactSource(unusedClient(), new PhoneNormalizer("US"), CLOCK);

        ContactRecord record = source.toRecord(contact).orElseThrow();

        assertThat(record.phones()).isEmpty();
        assertThat(record.sourceKey()).isNotBlank();
    }

    @Test
    void skipsPublishedItemsThatCarryNoId() throws IOException {
        GraphPage page = new GraphPageParser().parse(Files.newInputStream(
                dir.resolve("contacts-delta_contactFolder_nextLink.json")));
        OutlookContactSource source = new OutlookContactSource(unusedClient(), new PhoneNormalizer("US"), CLOCK);

        ChangePage change = GraphItems.toChangePage(SourceId.GRAPH_OUTLOOK, page, source::toRecord,
                new app.contactshield.graphsync.sync.DeltaCursor(page.nextLink(), false), true);

        assertThat(change.upserts()).isEmpty();
        assertThat(change.removedKeys()).isEmpty();
    }

    private static GraphClient unusedClient() {
        return new GraphClient(GraphClient.GRAPH_V1, (uri, token) -> {
            throw new IOException("not called");
        }, f -> "t", d -> { }, RetryPolicy.DEFAULT);
    }

    private static void serve(GraphStandIn standIn, String page, String next) {
        String link = page.replaceAll("(?s).*\"@odata\\.(?:nextLink|deltaLink)\"\\s*:\\s*\"([^\"]+)\".*", "$1");
        String path = link.substring(standIn.root().toString().length() - "/v1.0/".length());
        standIn.server().stubFor(get(urlEqualTo(path)).atPriority(1).willReturn(json(next)));
    }

    private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder json(String body) {
        return aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody(body);
    }
}
