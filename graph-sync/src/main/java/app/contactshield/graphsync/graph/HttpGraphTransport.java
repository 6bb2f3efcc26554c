package app.contactshield.graphsync.graph;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import javax.net.ssl.SSLContext;

/**
 * Talks to Microsoft Graph over the JDK's {@link HttpClient} (HTTP/1.1, keep-alive), streaming each body to the
 * caller. Thread-safe. The client's own selector thread does the socket work; {@link #get} blocks the calling
 * thread until the response head arrives, and each read of the body waits at most the body read deadline for the
 * next bytes, so a server that stalls mid-body fails the page (which is retried) instead of hanging the sync.
 */
public final class HttpGraphTransport implements GraphTransport {
    private final HttpClient client;
    private final Duration requestTimeout;
    private final Duration bodyReadTimeout;

    /**
     * A transport with the platform's trusted certificates, 20 s to connect, 60 s to the response head and 60 s
     * between body bytes.
     */
    public HttpGraphTransport() {
        this(null, Duration.ofSeconds(20), Duration.ofSeconds(60));
    }

    /**
     * As {@link #HttpGraphTransport(SSLContext, Duration, Duration, Duration)}, the body read deadline being the
     * request timeout.
     */
    public HttpGraphTransport(SSLContext sslContext, Duration connectTimeout, Duration requestTimeout) {
        this(sslContext, connectTimeout, requestTimeout, requestTimeout);
    }

    /**
     * @param sslContext     the TLS context to use (a test certificate for a loopback stand-in), or {@code null}
     *                       for the platform default
     * @param connectTimeout how long to wait for a connection
     * @param requestTimeout  how long to wait for the response head
     * @param bodyReadTimeout how long one read of the body may wait for the next bytes
     */
    public HttpGraphTransport(SSLContext sslContext, Duration connectTimeout, Duration requestTimeout,
            Duration bodyReadTimeout) {
        HttpClient.Builder builder = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Objects.requireNonNull(connectTimeout, "connectTimeout"))
                .followRedirects(HttpClient.Redirect.NEVER);
        if (sslContext != null) {
            builder.sslContext(sslContext);
        }
        this.client = builder.build();
        this.requestTimeout = Objects.requireNonNull(requestTimeout, "requestTimeout");
        this.bodyReadTimeout = Objects.requireNonNull(bodyReadTimeout, "bodyReadTimeout");
    }

    @Override
    public GraphResponse get(URI uri, String accessToken) throws IOException {
        HttpRequest request = HttpRequest.newBuilder(uri)
                .timeout(requestTimeout)
                .header("Authorization", "Bearer " + accessToken)
                .header("Accept", "application/json")
                .header("Prefer", "odata.maxpagesize=999")
                .GET()
                .build();
        HttpResponse<InputStream> response;
        try {
            response = client.send(request, info -> new BodyReadDeadline(bodyReadTimeout, uri.getPath()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("Interrupted while waiting for " + uri.getPath());
        }
        Map<String, String> headers = new HashMap<>();
        response.headers().map().forEach((name, values) -> {
            if (!values.isEmpty()) {
                headers.put(name, values.get(0));
            }
        });
        return new GraphResponse(response.statusCode(), headers, response.body());
    }
}
