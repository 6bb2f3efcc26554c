package app.contactshield.graphsync.presence;

import app.contactshield.graphsync.graph.TokenProvider;
import app.contactshield.graphsync.sync.SyncException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * Asks Microsoft Graph for the Teams presence of up to {@value #MAX_IDS_PER_REQUEST} users with one
 * {@code POST /communications/getPresencesByUserId}. Blocks the calling thread for the request (never call it on
 * the JavaFX thread); thread-safe. The bearer token comes from a supplier on every request and is never logged.
 * The {@link HttpClient} belongs to the caller, who closes it.
 */
public final class PresenceClient {
    /** Graph's limit of user ids per {@code getPresencesByUserId} request. */
    public static final int MAX_IDS_PER_REQUEST = 650;
    /** The Graph v1.0 endpoint used when no other base URL is given. */
    public static final URI GRAPH_V1 = URI.create("https://graph.microsoft.com/v1.0");

    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(20);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http;
    private final URI endpoint;
    private final TokenProvider bearerToken;
    private final Clock clock;

    /**
     * @param http        the HTTP client to send with
     * @param baseUrl     Graph's base URL, for example {@link #GRAPH_V1}, or a loopback stand-in in tests
     * @param bearerToken supplies a current access token for each request
     * @param clock       stamps each presence with its fetch time and reads HTTP-date {@code Retry-After} values
     */
    public PresenceClient(HttpClient http, URI baseUrl, Supplier<String> bearerToken, Clock clock) {
        this(http, baseUrl, asProvider(Objects.requireNonNull(bearerToken, "bearerToken")), clock);
    }

    /**
     * @param http        the HTTP client to send with
     * @param baseUrl     Graph's base URL
     * @param tokens      the app's token provider (MSAL); a refused token is asked for once more, refreshed
     * @param clock       stamps each presence with its fetch time and reads HTTP-date {@code Retry-After} values
     */
    public PresenceClient(HttpClient http, URI baseUrl, TokenProvider tokens, Clock clock) {
        this.http = Objects.requireNonNull(http, "http");
        String base = Objects.requireNonNull(baseUrl, "baseUrl").toString();
        this.endpoint = URI.create((base.endsWith("/") ? base.substring(0, base.length() - 1) : base)
                + "/communications/getPresencesByUserId");
        this.bearerToken = Objects.requireNonNull(tokens, "tokens");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Fetches the presence of the given users with one request, on the calling thread.
     *
     * @param userIds Entra object ids, at most {@value #MAX_IDS_PER_REQUEST}
     * @return the presences, or a throttled outcome on HTTP 429 or 503
     * @throws SyncException        when Graph is unreachable, refuses the token or answers with another error
     * @throws InterruptedException when the calling thread is interrupted while waiting for the answer
     */
    public PresenceBatch fetch(List<String> userIds) throws SyncException, InterruptedException {
        if (userIds.size() > MAX_IDS_PER_REQUEST) {
            throw new IllegalArgumentException("A presence request may name at most " + MAX_IDS_PER_REQUEST
                    + " user ids (Graph's getPresencesByUserId limit), got " + userIds.size());
        }
        HttpResponse<String> response = send(userIds, false);
        if (response.statusCode() == 401) {
            response = send(userIds, true);
        }
        int status = response.statusCode();
        if (status == 429 || status == 503) {
            return PresenceBatch.throttled(
                    response.headers().firstValue("Retry-After").map(this::parseRetryAfter).orElse(null));
        }
        if (status == 401 || status == 403) {
            throw new SyncException("presence.error.denied", "Graph refused the token for getPresencesByUserId with"
                    + " HTTP " + status + " (needs the Presence.Read.All permission)");
        }
        if (status / 100 != 2) {
            throw new SyncException("presence.error.http", "Graph answered HTTP " + status
                    + " to getPresencesByUserId for a batch of " + userIds.size() + " ids");
        }
        return PresenceBatch.of(parse(response.body()));
    }

    /**
     * Reads a {@code Retry-After} header: delta-seconds, fractional as Graph sends them ({@code 2.128}), or an
     * HTTP-date. Returns {@code null} when the value is neither.
     */
    Duration parseRetryAfter(String value) {
        String text = value.trim();
        try {
            BigDecimal seconds = new BigDecimal(text);
            if (seconds.signum() < 0) {
                return Duration.ZERO;
            }
            return Duration.ofMillis(seconds.movePointRight(3).setScale(0, RoundingMode.CEILING).longValueExact());
        } catch (NumberFormatException | ArithmeticException notSeconds) {
            try {
                Instant at = ZonedDateTime.parse(text, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
                Duration wait = Duration.between(clock.instant(), at);
                return wait.isNegative() ? Duration.ZERO : wait;
            } catch (DateTimeParseException notDate) {
                return null;
            }
        }
    }

    private HttpResponse<String> send(List<String> userIds, boolean refreshToken)
            throws SyncException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(endpoint)
                .timeout(REQUEST_TIMEOUT)
                .header("Authorization", "Bearer " + bearerToken.accessToken(refreshToken))
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body(userIds)))
                .build();
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new SyncException("presence.error.offline", "Graph presence endpoint " + endpoint
                    + " unreachable for a batch of " + userIds.size() + " ids: "
                    + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()), e);
        }
    }

    private static TokenProvider asProvider(Supplier<String> supplier) {
        return forceRefresh -> supplier.get();
    }

    private static String body(List<String> userIds) {
        ObjectNode root = JSON.createObjectNode();
        ArrayNode ids = root.putArray("ids");
        userIds.forEach(ids::add);
        return root.toString();
    }

    private List<Presence> parse(String body) throws SyncException {
        JsonNode root;
        try {
            root = JSON.readTree(body);
        } catch (IOException e) {
            throw new SyncException("presence.error.format", "getPresencesByUserId answered with a body that is"
                    + " not JSON (" + body.length() + " characters)", e);
        }
        JsonNode values = root == null ? null : root.get("value");
        if (values == null || !values.isArray()) {
            throw new SyncException("presence.error.format",
                    "getPresencesByUserId answered without a \"value\" array");
        }
        Instant fetchedAt = clock.instant();
        List<Presence> presences = new ArrayList<>(values.size());
        for (JsonNode item : values) {
            String id = item.path("id").asText("");
            if (id.isEmpty()) {
                continue;
            }
            JsonNode ooo = item.path("outOfOfficeSettings");
            presences.add(new Presence(id,
                    item.path("availability").asText(null),
                    item.path("activity").asText(null),
                    item.path("statusMessage").path("message").path("content").asText(""),
                    ooo.path("isOutOfOffice").asBoolean(false),
                    ooo.path("message").asText(""),
                    fetchedAt));
        }
        return presences;
    }
}
