package app.contactshield.desktop.cli;

import app.contactshield.graphsync.auth.GraphScopes;
import app.contactshield.graphsync.auth.MsalSignIn;
import app.contactshield.graphsync.auth.SignInSettings;
import app.contactshield.graphsync.auth.TokenCacheMode;
import app.contactshield.graphsync.auth.TokenCaches;
import app.contactshield.graphsync.graph.GraphClient;
import app.contactshield.graphsync.graph.GraphSources;
import app.contactshield.graphsync.graph.UserFilter;
import app.contactshield.graphsync.graph.UserSelection;
import app.contactshield.graphsync.model.SourceId;
import app.contactshield.graphsync.phone.PhoneNormalizer;
import app.contactshield.graphsync.policy.EffectiveSettings;
import app.contactshield.graphsync.policy.UserFilterRule;
import app.contactshield.graphsync.store.ContactStore;
import app.contactshield.graphsync.sync.ContactSource;
import app.contactshield.graphsync.sync.SyncEngine;
import app.contactshield.graphsync.sync.SyncException;
import com.microsoft.aad.msal4j.ITokenCacheAccessAspect;
import java.io.Console;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Builds the sync of a real tenant: the Graph scopes and sources the settings enable, and for the command line the
 * sign-in (device code on a terminal). The desktop app reuses {@link #scopes} and {@link #sources}.
 */
public final class TenantSync {
    /** Where the encrypted token cache lives inside the data directory. */
    public static final String TOKEN_DIR = "tokens";

    private TenantSync() {
    }

    static SyncEngine engine(ContactStore store, Path dataDir, EffectiveSettings settings,
            PhoneNormalizer normalizer, PrintWriter err) throws SyncException {
        SignInSettings signIn = SignInSettings.of(settings.tenantId().orElseThrow(),
                settings.clientId().orElseThrow(), scopes(settings));
        MsalSignIn session = MsalSignIn.forEntraId(signIn, tokenCache(dataDir.resolve(TOKEN_DIR), err));
        if (!session.isSignedIn()) {
            session.signInWithDeviceCode(prompt -> {
                err.println(prompt.message());
                err.flush();
            });
        }
        return new SyncEngine(store, sources(GraphSources.productionClient(session), settings, normalizer),
                () -> session.accessToken(false));
    }

    /** The Graph scopes the enabled sources need, presence included. */
    public static Set<String> scopes(EffectiveSettings settings) {
        Set<SourceId> enabled = new HashSet<>(settings.enabledSources());
        return GraphScopes.forSources(enabled.contains(SourceId.GRAPH_USERS), false,
                enabled.contains(SourceId.GRAPH_ORG_CONTACTS), enabled.contains(SourceId.GRAPH_OUTLOOK), true);
    }

    /** The enabled Graph sources over a client, with the policy's user selection. */
    public static List<ContactSource> sources(GraphClient client, EffectiveSettings settings,
            PhoneNormalizer normalizer) {
        UserSelection selection = new UserSelection(settings.includeGuests(), settings.includeDisabledAccounts(),
                filters(settings.userFilters()));
        return GraphSources.enabled(client, normalizer, selection, new HashSet<>(settings.enabledSources()));
    }

    private static Optional<ITokenCacheAccessAspect> tokenCache(Path dir, PrintWriter err) throws SyncException {
        try {
            return new TokenCaches().open(TokenCacheMode.OS_KEY_STORE, dir);
        } catch (SyncException e) {
            if (!TokenCaches.KEY_KEYRING_MISSING.equals(e.userMessageKey())) {
                throw e;
            }
            err.println("No keyring is available to keep your sign-in safe on disk. Keep it in memory for this run "
                    + "only (you sign in again next time)? [y/N]");
            err.flush();
            Console console = System.console();
            String answer = console == null ? null : console.readLine();
            if (answer == null || !answer.trim().toLowerCase(Locale.ROOT).startsWith("y")) {
                throw e;
            }
            return new TokenCaches().open(TokenCacheMode.MEMORY_ONLY, dir);
        }
    }

    private static List<UserFilter> filters(List<UserFilterRule> rules) {
        return rules.stream().map(rule -> new UserFilter(UserFilter.Field.fromPolicyName(rule.field()),
                UserFilter.Op.fromPolicyName(rule.op()), rule.values())).toList();
    }
}
