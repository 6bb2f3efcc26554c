package app.contactshield.graphsync.graph;

import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The status, headers and still unread body of one Graph response. Whoever receives it closes it.
 */
public final class GraphResponse implements AutoCloseable {
    private final int status;
    private final Map<String, String> headers;
    private final InputStream body;

    /**
     * @param status  the HTTP status code
     * @param headers response headers; names are matched case-insensitively, the first value of each is kept
     * @param body    the unread body
     */
    public GraphResponse(int status, Map<String, String> headers, InputStream body) {
        this.status = status;
        this.headers = lowerCased(headers);
        this.body = Objects.requireNonNull(body, "body");
    }

    /** The HTTP status code. */
    public int status() {
        return status;
    }

    /** The first value of a header, matched case-insensitively. */
    public Optional<String> header(String name) {
        return Optional.ofNullable(headers.get(name.toLowerCase(Locale.ROOT)));
    }

    /** The unread body; reading it may block and may fail mid-way when the connection breaks. */
    public InputStream body() {
        return body;
    }

    @Override
    public void close() {
        try {
            body.close();
        } catch (IOException ignored) {
            // The body belongs to a response that is being discarded; a failure to close it changes nothing.
        }
    }

    private static Map<String, String> lowerCased(Map<String, String> headers) {
        java.util.HashMap<String, String> copy = new java.util.HashMap<>();
        headers.forEach((name, value) -> copy.putIfAbsent(name.toLowerCase(Locale.ROOT), value));
        return Map.copyOf(copy);
    }
}
