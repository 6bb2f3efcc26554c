package app.contactshield.graphsync.graph;

import app.contactshield.graphsync.sync.SyncException;

/**
 * Supplies the bearer token for Graph requests. Implementations are thread-safe and block the calling thread
 * (never the JavaFX thread) while they renew a token.
 */
@FunctionalInterface
public interface TokenProvider {

    /** A provider for demo mode, whose transport needs no token. */
    TokenProvider NONE = forceRefresh -> "demo";

    /**
     * A valid access token, renewed silently when it is about to expire.
     *
     * @param forceRefresh {@code true} to ignore the cached access token and redeem the refresh token (after a 401)
     * @return the token; never logged
     * @throws SyncException with key {@code signin.required} when silent renewal is not possible
     */
    String accessToken(boolean forceRefresh) throws SyncException;
}
