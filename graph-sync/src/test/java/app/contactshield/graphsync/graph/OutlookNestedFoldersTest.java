package app.contactshield.graphsync.graph;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import app.contactshield.graphsync.demo.DemoGraphTransport;
import app.contactshield.graphsync.demo.DemoPages;
import app.contactshield.graphsync.demo.DemoTenant;
import app.contactshield.graphsync.loopback.GraphStandIn;
import app.contactshield.graphsync.model.Person;
import app.contactshield.graphsync.model.SourceId;
import app.contactshield.graphsync.phone.PhoneNormalizer;
import app.contactshield.graphsync.store.H2ContactStore;
import app.contactshield.graphsync.store.StoreOpener;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Outlook contacts in folders nested below other folders are synced like those at the top: the stand-in's mailbox
 * has Customers › Key accounts › Munich and a second top-level folder, Suppliers.
 */
class OutlookNestedFoldersTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-01T09:00:00Z"), ZoneOffset.UTC);
    private static final String KEY_ACCOUNTS = "folder-key-accounts";
    private static final String MUNICH = "folder-munich";
    private static final String SUPPLIERS = "folder-suppliers";
    private static final DemoTenant TENANT = new DemoTenant(400, 7);
    private static final String KEY_ACCOUNTS_PAGE_2 = "me/contactFolders/" + KEY_ACCOUNTS
            + "/contacts/delta?$skiptoken=ka2";

    @TempDir
    Path dataDir;

    private GraphStandIn standIn;
    private OutlookContactSource outlook;
    private H2ContactStore store;

    @BeforeEach
    void start() throws Exception {
        standIn = new GraphStandIn(new DemoPages(TENANT, 20));
        outlook = new OutlookContactSource(standIn.client(f -> "t", d -> { }), new PhoneNormalizer("DE"), CLOCK);
        store = StoreOpener.open(dataDir, new byte[32]).store();
        stub(GraphStandIn.FOLDER_LIST, "{\"value\":[" + folder(DemoGraphTransport.CUSTOMERS_FOLDER) + ","
                + folder(SUPPLIERS) + "]}");
        stub(GraphStandIn.childFolderList(DemoGraphTransport.CUSTOMERS_FOLDER), "{\"value\":[{\"id\":\""
                + KEY_ACCOUNTS + "\"}]}");
        stub(GraphStandIn.childFolderList(KEY_ACCOUNTS), "{\"value\":[{\"id\":\"" + MUNICH + "\"}]}");
        stub(GraphStandIn.childFolderList(MUNICH), "{\"value\":[]}");
        stub(GraphStandIn.childFolderList(SUPPLIERS), "{\"value\":[]}");
        stub(firstDelta(KEY_ACCOUNTS), page(List.of(contact("ka-1", "Ada Schachtel", "+49 89 555 0101")),
                link(KEY_ACCOUNTS, "$skiptoken=ka2"), null));
        stub(KEY_ACCOUNTS_PAGE_2, page(List.of(contact("ka-2", "Bruno Kiste", "+49 89 555 0102")), null,
                link(KEY_ACCOUNTS, "$deltatoken=ka")));
        stub(firstDelta(MUNICH), page(List.of(contact("mu-1", "Carla Truhe", "+49 89 555 0201"),
                contact("mu-2", "Dario Kasten", "+49 89 555 0202")), null, link(MUNICH, "$deltatoken=mu")));
        stub(firstDelta(SUPPLIERS), page(List.of(contact("su-1", "Elif Lade", "+49 30 555 0301")), null,
                link(SUPPLIERS, "$deltatoken=su")));
        for (String folder : List.of(KEY_ACCOUNTS, SUPPLIERS)) {
            stub(delta(folder, folder.equals(SUPPLIERS) ? "su" : "ka"), page(List.of(), null,
                    link(folder, "$deltatoken=" + folder + "-2")));
        }
    }

    @AfterEach
    void stop() {
        store.close();
        standIn.close();
    }

    @Test
    void contactsInFoldersNestedAtAnyDepthAreSynced() throws Exception {
        outlook.sync(java.util.Optional.empty(), store, p -> { });

        assertThat(store.recordCounts().get(SourceId.GRAPH_OUTLOOK)).isEqualTo(TENANT.size(
                DemoTenant.Collection.OUTLOOK_DEFAULT) + TENANT.size(DemoTenant.Collection.OUTLOOK_CUSTOMERS) + 5);
        assertThat(store.people()).extracting(Person::displayName)
                .contains("Ada Schachtel", "Bruno Kiste", "Carla Truhe", "Dario Kasten", "Elif Lade");
        assertThat(store.cursor(SourceId.GRAPH_OUTLOOK).orElseThrow().roundComplete()).isTrue();
    }

    @Test
    void everyFolderIsReadWithItsDocumentedPerFolderDelta() throws Exception {
        outlook.sync(java.util.Optional.empty(), store, p -> { });

        standIn.server().verify(getRequestedFor(urlPathEqualTo("/v1.0/me/contactFolders/"
                + DemoGraphTransport.DEFAULT_FOLDER + "/contacts/delta")));
        standIn.server().verify(0, getRequestedFor(urlPathEqualTo("/v1.0/me/contacts/delta")));
        for (String folder : List.of(KEY_ACCOUNTS, MUNICH, SUPPLIERS)) {
            standIn.server().verify(getRequestedFor(urlPathEqualTo("/v1.0/me/contactFolders/" + folder
                    + "/contacts/delta")));
        }
    }

    @Test
    void theNextRoundBringsChangesAndRemovalsInANestedFolder() throws Exception {
        outlook.sync(java.util.Optional.empty(), store, p -> { });
        stub(delta(MUNICH, "mu"), page(List.of(contact("mu-1", "Carla Truhe-Umbenannt", "+49 89 555 0201"),
                "{\"id\":\"mu-2\",\"@removed\":{\"reason\":\"deleted\"}}"), null, link(MUNICH, "$deltatoken=mu-2")));

        outlook.sync(store.cursor(SourceId.GRAPH_OUTLOOK), store, p -> { });

        assertThat(store.people()).extracting(Person::displayName).contains("Carla Truhe-Umbenannt")
                .doesNotContain("Carla Truhe", "Dario Kasten").contains("Ada Schachtel", "Elif Lade");
        standIn.server().verify(1, getRequestedFor(urlEqualTo("/v1.0/" + firstDelta(MUNICH))));
    }

    private void stub(String pathAndQuery, String body) {
        standIn.server().stubFor(get(urlEqualTo("/v1.0/" + pathAndQuery)).atPriority(1).willReturn(aResponse()
                .withStatus(200).withHeader("Content-Type", "application/json").withBody(body)));
    }

    private static String folder(String id) {
        return "{\"id\":\"" + id + "\",\"parentFolderId\":\"" + DemoGraphTransport.DEFAULT_FOLDER + "\"}";
    }

    private static String firstDelta(String folder) {
        return "me/contactFolders/" + folder + "/contacts/delta?" + OutlookContactSource.SELECT;
    }

    private static String delta(String folder, String token) {
        return "me/contactFolders/" + folder + "/contacts/delta?$deltatoken=" + token;
    }

    private String link(String folder, String query) {
        return standIn.root() + "me/contactFolders/" + folder + "/contacts/delta?" + query;
    }

    private static String contact(String id, String name, String mobile) {
        return "{\"id\":\"" + id + "\",\"displayName\":\"" + name + "\",\"mobilePhone\":\"" + mobile
                + "\",\"emailAddresses\":[{\"address\":\"" + id + "@fabrikam-example.test\"}]}";
    }

    private static String page(List<String> items, String nextLink, String deltaLink) {
        return "{\"value\":[" + String.join(",", items) + "]"
                + (nextLink == null ? "" : ",\"@odata.nextLink\":\"" + nextLink + "\"")
                + (deltaLink == null ? "" : ",\"@odata.deltaLink\":\"" + deltaLink + "\"") + "}";
    }
}
