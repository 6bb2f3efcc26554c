package app.contactshield.desktop.card;

import app.contactshield.graphsync.graph.GraphResponse;
import app.contactshield.graphsync.graph.GraphTransport;
import app.contactshield.graphsync.graph.TokenProvider;
import app.contactshield.graphsync.sync.SyncException;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;

/**
 * Where the signed-in user's own card comes from: Graph's {@code /me} in the real app, the demo transport's
 * {@code me} in demo mode. {@link #fetch()} blocks on I/O: call it off the JavaFX thread.
 */
@FunctionalInterface
public interface OwnCardSource {

    /** The card as Graph has it now. */
    OwnCard fetch() throws IOException;

    /**
     * Reads {@code /me} through a Graph transport.
     *
     * @param root      the Graph v1.0 root (ending in a slash)
     * @param transport sends the request
     * @param tokens    the bearer token
     */
    static OwnCardSource graphMe(URI root, GraphTransport transport, TokenProvider tokens) {
        return () -> {
            String token;
            try {
                token = tokens.accessToken(false);
            } catch (SyncException e) {
                throw new IOException("No token for /me: " + e.getMessage(), e);
            }
            try (GraphResponse response = transport.get(root.resolve("me"), token)) {
                String body = new String(response.body().readAllBytes(), StandardCharsets.UTF_8);
                if (response.status() != 200) {
                    throw new IOException("Graph answered /me with HTTP " + response.status());
                }
                return OwnCard.fromGraphMe(body);
            }
        };
    }
}
