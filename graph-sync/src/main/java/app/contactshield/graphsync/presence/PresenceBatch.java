package app.contactshield.graphsync.presence;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * The outcome of one {@code getPresencesByUserId} request: the presences, or that Graph throttled the request.
 *
 * @param presences  the presences Graph returned (empty when throttled)
 * @param throttled  whether Graph answered 429 or 503 and the batch must be sent again later
 * @param retryAfter how long Graph asked to wait ({@code Retry-After}), or {@code null} when it did not say
 */
public record PresenceBatch(List<Presence> presences, boolean throttled, Duration retryAfter) {

    public PresenceBatch {
        presences = List.copyOf(presences);
    }

    /** A batch Graph answered. */
    public static PresenceBatch of(List<Presence> presences) {
        return new PresenceBatch(presences, false, null);
    }

    /** A batch Graph throttled. */
    public static PresenceBatch throttled(Duration retryAfter) {
        return new PresenceBatch(List.of(), true, retryAfter);
    }

    /** How long Graph asked to wait, when it said. */
    public Optional<Duration> retryAfterHint() {
        return Optional.ofNullable(retryAfter);
    }
}
