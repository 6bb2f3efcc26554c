package app.contactshield.graphsync.graph;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import app.contactshield.graphsync.demo.DemoPages;
import app.contactshield.graphsync.demo.DemoTenant;
import app.contactshield.graphsync.loopback.GraphStandIn;
import app.contactshield.graphsync.sync.SyncException;
import org.junit.jupiter.api.Test;

class HttpGraphTransportTest {

    @Test
    void sendsTheBearerTokenAndAsksForFullPagesAndRetriesA401WithTheRenewedToken() throws SyncException {
        try (GraphStandIn standIn = new GraphStandIn(new DemoPages(new DemoTenant(100, 3), 999))) {
            standIn.fault(DirectoryUserSource.INITIAL_PATH, aResponse().withStatus(401), 1);
            GraphClient client = standIn.client(renew -> renew ? "renewed-token" : "stale-token", d -> { });

            GraphPage page = client.fetchPage(client.resolve(DirectoryUserSource.INITIAL_PATH).toString(),
                    "graph.users page 1");

            assertThat(page.items()).hasSize(62);
            assertThat(page.deltaLink()).contains("$deltatoken=r1");
            standIn.server().verify(getRequestedFor(urlEqualTo("/v1.0/" + DirectoryUserSource.INITIAL_PATH))
                    .withHeader("Authorization", equalTo("Bearer stale-token")));
            standIn.server().verify(getRequestedFor(urlEqualTo("/v1.0/" + DirectoryUserSource.INITIAL_PATH))
                    .withHeader("Authorization", equalTo("Bearer renewed-token"))
                    .withHeader("Prefer", equalTo("odata.maxpagesize=999")));
        }
    }
}
