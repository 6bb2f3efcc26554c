package app.contactshield.desktop.cli;

import app.contactshield.graphsync.auth.GraphScopes;
import app.contactshield.graphsync.auth.MsalSignIn;
import app.contactshield.graphsync.auth.SignInSettings;
import app.contactshield.graphsync.auth.TokenCacheMode;
import app.contactshield.graphsync.auth.TokenCaches;
import app.contactshield.graphsync.model.SourceId;
import app.contactshield.graphsync.policy.EffectiveSettings;
import app.contactshield.graphsync.sync.SyncException;
import com.microsoft.aad.msal4j.ITokenCacheAccessAspect;
import java.io.Console;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The sign-in of a data directory for the command line: the tenant and client id from the settings, the least
 * scopes the sources to sync need, and the token cache in the OS keyring (or, where none answers and the user
 * agrees on the terminal, in memory for this run only).
 *
 * @param session  the sign-in
 * @param scopes   the Graph scopes it asks for
 * @param keptIn   where the tokens are kept, in words
 */
record TenantSession(MsalSignIn session, Set<String> scopes, String keptIn) {
    /** Where the encrypted token cache lives inside the data directory. */
    static final String TOKEN_DIR = "tokens";

    /**
     * Opens the sign-in.
     *
     * @param dataDir  the data directory
     * @param settings the settings in force (must have a tenant)
     * @param sources  the sources this run syncs
     * @param err      where questions and notices go
     */
    static TenantSession open(Path dataDir, EffectiveSettings settings, Collection<SourceId> sources,
            PrintWriter err) throws SyncException {
        return open(dataDir, settings, sources, Optional.of(err));
    }

    /**
     * Opens the sign-in kept in the OS keyring, never asking for a fallback.
     *
     * @throws SyncException {@link TokenCaches#KEY_KEYRING_MISSING} when no keyring answers
     */
    static TenantSession openKept(Path dataDir, EffectiveSettings settings) throws SyncException {
        return open(dataDir, settings, settings.enabledSources(), Optional.empty());
    }

    private static TenantSession open(Path dataDir, EffectiveSettings settings, Collection<SourceId> sources,
            Optional<PrintWriter> askOn) throws SyncException {
        Set<String> scopes = scopes(sources);
        SignInSettings signIn = SignInSettings.of(settings.tenantId().orElseThrow(),
                settings.clientId().orElseThrow(), scopes);
        Optional<ITokenCacheAccessAspect> cache = askOn.isPresent() ? tokenCache(dataDir.resolve(TOKEN_DIR),
                askOn.get()) : new TokenCaches().open(TokenCacheMode.OS_KEY_STORE, dataDir.resolve(TOKEN_DIR));
        String keptIn = cache.isPresent() ? "the operating system's keyring" : "memory only, for this run";
        return new TenantSession(MsalSignIn.forEntraId(signIn, cache), scopes, keptIn);
    }

    /** The least Graph scopes a headless sync of these sources needs: no presence, which only the app shows. */
    static Set<String> scopes(Collection<SourceId> sources) {
        return GraphScopes.forSources(sources.contains(SourceId.GRAPH_USERS), false,
                sources.contains(SourceId.GRAPH_ORG_CONTACTS), sources.contains(SourceId.GRAPH_OUTLOOK), false);
    }

    /** Whether a person is at a terminal to sign in or answer a question. */
    static boolean attended() {
        return System.console() != null;
    }

    private static Optional<ITokenCacheAccessAspect> tokenCache(Path dir, PrintWriter err) throws SyncException {
        try {
            return new TokenCaches().open(TokenCacheMode.OS_KEY_STORE, dir);
        } catch (SyncException e) {
            if (!TokenCaches.KEY_KEYRING_MISSING.equals(e.userMessageKey())) {
                throw e;
            }
            Console console = System.console();
            if (console == null) {
                err.println("No keyring is available to keep your sign-in safe on disk, and no terminal is attached "
                        + "to ask whether to keep it in memory instead.");
                throw e;
            }
            err.println("No keyring is available to keep your sign-in safe on disk. Keep it in memory for this run "
                    + "only (you sign in again next time)? [y/N]");
            err.flush();
            String answer = console.readLine();
            if (answer == null || !answer.trim().toLowerCase(Locale.ROOT).startsWith("y")) {
                throw e;
            }
            return new TokenCaches().open(TokenCacheMode.MEMORY_ONLY, dir);
        }
    }
}
