package app.contactshield.graphsync.loopback;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import app.contactshield.graphsync.demo.DemoGraphTransport;
import app.contactshield.graphsync.demo.DemoPages;
import app.contactshield.graphsync.demo.DemoTenant;
import app.contactshield.graphsync.graph.DirectoryUserSource;
import app.contactshield.graphsync.graph.GraphClient;
import app.contactshield.graphsync.graph.HttpGraphTransport;
import app.contactshield.graphsync.graph.OrgContactSource;
import app.contactshield.graphsync.graph.OutlookContactSource;
import app.contactshield.graphsync.graph.RetryPolicy;
import app.contactshield.graphsync.graph.Sleeper;
import app.contactshield.graphsync.graph.TokenProvider;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import java.net.URI;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A loopback HTTPS stand-in for Microsoft Graph (WireMock) serving a demo tenant's pages exactly where Graph's links
 * point: first pages, {@code $skiptoken} pages, and {@code $deltatoken} rounds. Faults are injected per URL.
 */
public final class GraphStandIn implements AutoCloseable {
    /** The default Outlook folder's first delta page, by the folder's id. */
    public static final String OUTLOOK_DEFAULT = "me/contactFolders/" + DemoGraphTransport.DEFAULT_FOLDER
            + "/contacts/delta?" + OutlookContactSource.SELECT;
    /** The default Outlook folder's first delta page when its id is unknown (a mailbox without other folders). */
    public static final String OUTLOOK_DEFAULT_SHORTCUT = "me/contacts/delta?" + OutlookContactSource.SELECT;
    /** The listing of the top-level contact folders. */
    public static final String FOLDER_LIST = "me/contactFolders?$select=id,parentFolderId&$top=100";
    /** The Customers folder's first delta page. */
    public static final String OUTLOOK_CUSTOMERS = "me/contactFolders/" + DemoGraphTransport.CUSTOMERS_FOLDER
            + "/contacts/delta?" + OutlookContactSource.SELECT;

    private final WireMockServer server;
    private final DemoPages pages;
    private final AtomicInteger scenarios = new AtomicInteger();

    /** Starts the stand-in and stubs every page of rounds 1 to 3 of the tenant. */
    public GraphStandIn(DemoPages pages) {
        this.pages = pages;
        this.server = new WireMockServer(options().httpDisabled(true).dynamicHttpsPort()
                .keystorePath(TestTls.keystore().toString()).keystoreType("PKCS12")
                .keystorePassword(TestTls.PASSWORD).keyManagerPassword(TestTls.PASSWORD)
                .containerThreads(12));
        server.start();
        stubCollection(DemoTenant.Collection.USERS, DirectoryUserSource.INITIAL_PATH);
        stubCollection(DemoTenant.Collection.ORG_CONTACTS, OrgContactSource.INITIAL_PATH);
        stubCollection(DemoTenant.Collection.OUTLOOK_DEFAULT, OUTLOOK_DEFAULT);
        stubCollection(DemoTenant.Collection.OUTLOOK_DEFAULT, OUTLOOK_DEFAULT_SHORTCUT);
        stubCollection(DemoTenant.Collection.OUTLOOK_CUSTOMERS, OUTLOOK_CUSTOMERS);
        server.stubFor(get(urlEqualTo("/v1.0/" + FOLDER_LIST)).atPriority(5)
                .willReturn(json("{\"value\":[{\"id\":\"" + DemoGraphTransport.CUSTOMERS_FOLDER
                        + "\",\"parentFolderId\":\"" + DemoGraphTransport.DEFAULT_FOLDER + "\"}]}")));
        server.stubFor(get(urlEqualTo("/v1.0/" + childFolderList(DemoGraphTransport.CUSTOMERS_FOLDER)))
                .atPriority(5).willReturn(json("{\"value\":[]}")));
    }

    /** The Graph v1.0 root of the stand-in. */
    public URI root() {
        return URI.create("https://localhost:" + server.httpsPort() + "/v1.0/");
    }

    /** The WireMock server, for extra stubs. */
    public WireMockServer server() {
        return server;
    }

    /** A client for the stand-in with the given token provider and sleeper and three attempts per page. */
    public GraphClient client(TokenProvider tokens, Sleeper sleeper) {
        return new GraphClient(root(), new HttpGraphTransport(TestTls.clientContext(), Duration.ofSeconds(5),
                Duration.ofSeconds(10)), tokens, sleeper, new RetryPolicy(3, Duration.ofSeconds(30),
                Duration.ofMillis(10)));
    }

    /**
     * The path and query of a page below the root, as the stand-in serves it.
     *
     * @param initialPath the collection's first-page path (for example {@link DirectoryUserSource#INITIAL_PATH})
     */
    public static String pageUrl(String initialPath, int round, int page) {
        String path = initialPath.substring(0, initialPath.indexOf('?'));
        if (round == 1 && page == 0) {
            return initialPath;
        }
        if (page == 0) {
            return path + "?$deltatoken=r" + (round - 1);
        }
        return path + "?$skiptoken=r" + round + "p" + page;
    }

    /** The listing of a folder's child folders. */
    public static String childFolderList(String folderId) {
        return "me/contactFolders/" + folderId + "/childFolders?$select=id&$top=100";
    }

    /** Answers the next {@code times} requests for a page with a fault, then the page again. */
    public void fault(String pageUrl, ResponseDefinitionBuilder fault, int times) {
        String scenario = "fault-" + scenarios.incrementAndGet();
        for (int i = 0; i < times; i++) {
            server.stubFor(get(urlEqualTo("/v1.0/" + pageUrl)).atPriority(1).inScenario(scenario)
                    .whenScenarioStateIs(i == 0 ? Scenario.STARTED : "after-" + i)
                    .willSetStateTo("after-" + (i + 1)).willReturn(fault));
        }
    }

    /** The body of a page, for building truncated copies. */
    public byte[] body(DemoTenant.Collection collection, String initialPath, int round, int page) {
        String path = initialPath.substring(0, initialPath.indexOf('?'));
        return pages.page(collection, round, page, root() + path);
    }

    private void stubCollection(DemoTenant.Collection collection, String initialPath) {
        for (int round = 1; round <= 3; round++) {
            for (int page = 0; page < pages.pageCount(collection, round); page++) {
                server.stubFor(get(urlEqualTo("/v1.0/" + pageUrl(initialPath, round, page))).atPriority(5)
                        .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                                .withBody(body(collection, initialPath, round, page))));
            }
        }
    }

    private static ResponseDefinitionBuilder json(String body) {
        return aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody(body);
    }

    @Override
    public void close() {
        server.stop();
    }
}
