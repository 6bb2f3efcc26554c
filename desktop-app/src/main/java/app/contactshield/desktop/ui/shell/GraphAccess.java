package app.contactshield.desktop.ui.shell;

import app.contactshield.graphsync.graph.GraphClient;
import app.contactshield.graphsync.graph.GraphTransport;
import app.contactshield.graphsync.graph.HttpGraphTransport;
import app.contactshield.graphsync.presence.PresenceClient;
import java.net.URI;
import java.net.http.HttpClient;
import java.util.Objects;

/**
 * Where the real app reaches Microsoft Graph: the v1.0 root and the transport for sync pages and {@code /me}, and
 * the HTTP client for presence. Tests point both at a loopback stand-in or an in-memory transport.
 *
 * @param root      the Graph v1.0 root, ending in a slash
 * @param transport sends sync and {@code /me} requests
 * @param http         sends presence requests
 * @param presenceRoot the base {@link PresenceClient} sends presence requests to (Graph's v1.0 root)
 */
public record GraphAccess(URI root, GraphTransport transport, HttpClient http, URI presenceRoot) {

    public GraphAccess {
        Objects.requireNonNull(root, "root");
        Objects.requireNonNull(transport, "transport");
        Objects.requireNonNull(http, "http");
        Objects.requireNonNull(presenceRoot, "presenceRoot");
    }

    /** Microsoft Graph itself. */
    public static GraphAccess production() {
        return new GraphAccess(GraphClient.GRAPH_V1, new HttpGraphTransport(), HttpClient.newHttpClient(),
                GraphClient.GRAPH_V1);
    }
}
