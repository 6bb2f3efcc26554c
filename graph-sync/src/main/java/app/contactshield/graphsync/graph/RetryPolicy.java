package app.contactshield.graphsync.graph;

import java.time.Duration;
import java.util.Objects;

/**
 * How often and how long a Graph page is retried after throttling (429), an unavailable service (503, 504), a
 * broken connection or a malformed body.
 *
 * @param maxAttempts     attempts per page including the first, at least 1
 * @param maxRetryAfter   the longest {@code Retry-After} honoured; a longer one fails the page instead of waiting
 * @param backoffBase     the first wait when the server gave no {@code Retry-After}; doubled on each attempt
 */
public record RetryPolicy(int maxAttempts, Duration maxRetryAfter, Duration backoffBase) {

    /** Six attempts, at most five minutes per wait, one second base back-off. */
    public static final RetryPolicy DEFAULT = new RetryPolicy(6, Duration.ofMinutes(5), Duration.ofSeconds(1));

    public RetryPolicy {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts is " + maxAttempts + ", it must be at least 1");
        }
        Objects.requireNonNull(maxRetryAfter, "maxRetryAfter");
        Objects.requireNonNull(backoffBase, "backoffBase");
    }

    /** The wait before attempt {@code attempt + 1} when the server gave no {@code Retry-After}. */
    Duration backoff(int attempt) {
        long factor = 1L << Math.min(attempt - 1, 10);
        return backoffBase.multipliedBy(factor);
    }
}
