package app.contactshield.desktop.ui.shell;

import app.contactshield.graphsync.graph.GraphClient;
import app.contactshield.graphsync.graph.GraphTransport;
import app.contactshield.graphsync.graph.HttpGraphTransport;
import app.contactshield.graphsync.presence.PresenceClient;
import java.net.URI;
import java.net.http.HttpClient;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;

/**
 * Where the real app reaches Microsoft Graph: the v1.0 root and the transport for sync pages and {@code /me}, and
 * the HTTP client for presence ({@link PresenceClient} sends its requests to {@link #presenceRoot()}). Tests point
 * both at a loopback stand-in or an in-memory transport.
 */
public final class GraphAccess {
    private final URI root;
    private final Supplier<GraphTransport> transport;
    private final Supplier<HttpClient> http;
    private final URI presenceRoot;

    /**
     * @param root         the Graph v1.0 root, ending in a slash
     * @param transport    sends sync and {@code /me} requests
     * @param http         sends presence requests
     * @param presenceRoot the base {@link PresenceClient} sends presence requests to (Graph's v1.0 root)
     */
    public GraphAccess(URI root, GraphTransport transport, HttpClient http, URI presenceRoot) {
        this(root, () -> transport, () -> http, presenceRoot);
        Objects.requireNonNull(transport, "transport");
        Objects.requireNonNull(http, "http");
    }

    private GraphAccess(URI root, Supplier<GraphTransport> transport, Supplier<HttpClient> http, URI presenceRoot) {
        this.root = Objects.requireNonNull(root, "root");
        this.transport = transport;
        this.http = http;
        this.presenceRoot = Objects.requireNonNull(presenceRoot, "presenceRoot");
    }

    /** Microsoft Graph itself. */
    public static GraphAccess production() {
        return over(GraphClient.GRAPH_V1, GraphClient.GRAPH_V1);
    }

    /**
     * The app's HTTP transport and presence client to a Graph at {@code root}. Both clients are made on a thread of
     * their own from now on: the first one loads the TLS setup and the platform's trusted certificates, a few hundred
     * ms that the start spends on the store and the first window meanwhile; the accessors wait for them.
     */
    public static GraphAccess over(URI root, URI presenceRoot) {
        CompletableFuture<HttpClient> http = new CompletableFuture<>();
        CompletableFuture<GraphTransport> transport = new CompletableFuture<>();
        Thread maker = new Thread(() -> {
            try {
                http.complete(HttpClient.newHttpClient());
                transport.complete(new HttpGraphTransport());
            } catch (RuntimeException | Error e) {
                http.completeExceptionally(e);
                transport.completeExceptionally(e);
            }
        }, "contactshield-http-setup");
        maker.setDaemon(true);
        maker.start();
        return new GraphAccess(root, () -> joined(transport), () -> joined(http), presenceRoot);
    }

    private static <T> T joined(CompletableFuture<T> made) {
        try {
            return made.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }

    /** The Graph v1.0 root, ending in a slash. */
    public URI root() {
        return root;
    }

    /** Sends sync and {@code /me} requests. */
    public GraphTransport transport() {
        return transport.get();
    }

    /** Sends presence requests. */
    public HttpClient http() {
        return http.get();
    }

    /** The base presence requests go to. */
    public URI presenceRoot() {
        return presenceRoot;
    }
}
