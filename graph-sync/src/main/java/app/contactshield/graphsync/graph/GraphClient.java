package app.contactshield.graphsync.graph;

import app.contactshield.graphsync.sync.SyncException;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Fetches Graph pages with the product's retry rules: 429, 503 and 504 wait for {@code Retry-After} (fractional
 * seconds or an HTTP date) or back off exponentially; a broken connection or a malformed body retries the same page;
 * a 401 renews the token once; an expired delta token surfaces as {@link #KEY_DELTA_EXPIRED}. Thread-safe; all work
 * and all waits happen on the calling thread, which must never be the JavaFX thread.
 */
public final class GraphClient {
    /** The production Graph v1.0 root. */
    public static final URI GRAPH_V1 = URI.create("https://graph.microsoft.com/v1.0/");
    /** Message key: the user must sign in again. */
    public static final String KEY_SIGNIN_REQUIRED = "signin.required";
    /** Message key: the delta token expired; the source must restart with a full sync. */
    public static final String KEY_DELTA_EXPIRED = "sync.error.deltaExpired";
    /** Message key: a page kept failing after every retry. */
    public static final String KEY_PAGE_FAILED = "sync.error.pageFailed";
    /** Message key: Graph refused the request (403, 404, another 4xx or 5xx). */
    public static final String KEY_REFUSED = "sync.error.refused";
    /** Message key: the sync was cancelled. */
    public static final String KEY_CANCELLED = "sync.error.cancelled";

    private static final Logger LOG = LoggerFactory.getLogger(GraphClient.class);
    private static final Set<String> EXPIRED_CODES =
            Set.of("syncstatenotfound", "resyncrequired", "syncstateinvalid", "fullsyncrequired");

    private final URI root;
    private final GraphTransport transport;
    private final TokenProvider tokens;
    private final Sleeper sleeper;
    private final RetryPolicy retryPolicy;
    private final GraphPageParser parser = new GraphPageParser();

    /**
     * @param root        the Graph v1.0 root ending in {@code /} ({@link #GRAPH_V1}, or a loopback stand-in)
     * @param transport   sends the requests
     * @param tokens      supplies and renews the bearer token
     * @param sleeper     waits between retries
     * @param retryPolicy how often and how long to retry
     */
    public GraphClient(URI root, GraphTransport transport, TokenProvider tokens, Sleeper sleeper,
            RetryPolicy retryPolicy) {
        String text = Objects.requireNonNull(root, "root").toString();
        this.root = URI.create(text.endsWith("/") ? text : text + "/");
        this.transport = Objects.requireNonNull(transport, "transport");
        this.tokens = Objects.requireNonNull(tokens, "tokens");
        this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
        this.retryPolicy = Objects.requireNonNull(retryPolicy, "retryPolicy");
    }

    /** The absolute URL of a path below the Graph root, such as {@code users/delta?$select=id}. */
    public URI resolve(String relative) {
        return root.resolve(relative);
    }

    /**
     * Fetches and parses one page, retrying transient failures within the {@link RetryPolicy}.
     *
     * @param url   the page URL (first page, nextLink or deltaLink), used as-is
     * @param where names the page in messages, for example {@code graph.users page 3}; holds no personal data
     * @return the parsed page
     * @throws SyncException {@link #KEY_SIGNIN_REQUIRED} after a second 401, {@link #KEY_DELTA_EXPIRED} for 410 or
     *                       the syncStateNotFound family, {@link #KEY_PAGE_FAILED} when retries are exhausted,
     *                       {@link #KEY_REFUSED} for other errors
     */
    public GraphPage fetchPage(String url, String where) throws SyncException {
        URI uri = URI.create(url);
        boolean renewed = false;
        String token = tokens.accessToken(false);
        String lastProblem = "";
        for (int attempt = 1; attempt <= retryPolicy.maxAttempts(); attempt++) {
            Optional<Duration> wait;
            try (GraphResponse response = transport.get(uri, token)) {
                int status = response.status();
                if (status >= 200 && status < 300) {
                    return parser.parse(response.body());
                }
                if (status == 401) {
                    if (renewed) {
                        throw new SyncException(KEY_SIGNIN_REQUIRED, "Graph answered 401 to " + where
                                + " again after the token was renewed once; a new sign-in is required");
                    }
                    LOG.info("Graph answered 401 to {}; renewing the token once", where);
                    renewed = true;
                    token = tokens.accessToken(true);
                    attempt--;
                    continue;
                }
                if (status == 429 || status == 503 || status == 504) {
                    lastProblem = "HTTP " + status;
                    wait = Optional.of(retryAfter(response, attempt, where));
                } else {
                    throw refusal(status, parser.errorCode(response.body()), where);
                }
            } catch (InterruptedIOException e) {
                Thread.currentThread().interrupt();
                throw new SyncException(KEY_CANCELLED, "The sync was cancelled while fetching " + where, e);
            } catch (IOException e) {
                lastProblem = e.getClass().getSimpleName();
                LOG.warn("Fetching {} failed on attempt {} of {} ({}); nothing of it was committed", where,
                        attempt, retryPolicy.maxAttempts(), e.getClass().getSimpleName());
                wait = Optional.of(retryPolicy.backoff(attempt));
            }
            if (attempt < retryPolicy.maxAttempts()) {
                pause(wait.orElse(Duration.ZERO), where);
            }
        }
        throw new SyncException(KEY_PAGE_FAILED, "Fetching " + where + " failed " + retryPolicy.maxAttempts()
                + " times (the retry limit), last with " + lastProblem + "; pages committed before it are kept");
    }

    private SyncException refusal(int status, String code, String where) {
        if (status == 410 || EXPIRED_CODES.contains(code.toLowerCase(Locale.ROOT))) {
            return new SyncException(KEY_DELTA_EXPIRED, "Graph rejected the delta token of " + where + " with HTTP "
                    + status + " " + code + "; the source restarts with a full sync");
        }
        return new SyncException(KEY_REFUSED, "Graph refused " + where + " with HTTP " + status
                + (code.isEmpty() ? "" : " " + code));
    }

    private Duration retryAfter(GraphResponse response, int attempt, String where) throws SyncException {
        Optional<Duration> header = response.header("Retry-After").flatMap(GraphClient::parseRetryAfter);
        Duration wait = header.orElseGet(() -> retryPolicy.backoff(attempt));
        if (wait.compareTo(retryPolicy.maxRetryAfter()) > 0) {
            throw new SyncException(KEY_PAGE_FAILED, "Graph asked to wait " + wait.toMillis() + " ms before "
                    + where + ", longer than the limit of " + retryPolicy.maxRetryAfter().toMillis()
                    + " ms from the retry policy");
        }
        LOG.info("Graph answered HTTP {} to {} (attempt {}); waiting {} ms", response.status(), where, attempt,
                wait.toMillis());
        return wait;
    }

    /**
     * Reads a {@code Retry-After} value: delay seconds, possibly fractional ({@code 2.128}), or an HTTP date.
     *
     * @return the wait, or empty when the value is neither
     */
    static Optional<Duration> parseRetryAfter(String value) {
        String text = value.trim();
        try {
            BigDecimal seconds = new BigDecimal(text);
            if (seconds.signum() < 0) {
                return Optional.empty();
            }
            return Optional.of(Duration.ofMillis(seconds.movePointRight(3).setScale(0,
                    java.math.RoundingMode.CEILING).longValueExact()));
        } catch (NumberFormatException | ArithmeticException e) {
            try {
                Instant at = ZonedDateTime.parse(text, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
                Duration wait = Duration.between(Instant.now(), at);
                return Optional.of(wait.isNegative() ? Duration.ZERO : wait);
            } catch (DateTimeParseException notADate) {
                return Optional.empty();
            }
        }
    }

    private void pause(Duration wait, String where) throws SyncException {
        try {
            sleeper.sleep(wait);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SyncException(KEY_CANCELLED, "The sync was cancelled while waiting to retry " + where, e);
        }
    }
}
