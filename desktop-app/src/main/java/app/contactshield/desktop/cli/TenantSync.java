package app.contactshield.desktop.cli;

import app.contactshield.graphsync.auth.GraphScopes;
import app.contactshield.graphsync.auth.MsalSignIn;
import app.contactshield.graphsync.auth.SignInRenewal;
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
import app.contactshield.graphsync.sync.SourceScope;
import app.contactshield.graphsync.sync.SyncEngine;
import app.contactshield.graphsync.sync.SyncException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Builds the sync of a real tenant: purges sources no longer enabled, skips directory users when their filter cannot
 * be applied, and wraps the Graph sources so that a changed selection forces a full round. For the command line it
 * also signs in (on a terminal: the browser or a device code; unattended: never interactively); the desktop app
 * reuses {@link #scopes} and {@link #sources}.
 */
public final class TenantSync {
    /** Where the encrypted token cache lives inside the data directory. */
    public static final String TOKEN_DIR = TenantSession.TOKEN_DIR;
    /** Message key: nobody has signed in in this data directory yet (unlike a sign-in that ran out). */
    static final String NOT_SIGNED_IN = "signin.none";

    private TenantSync() {
    }

    static SyncEngine engine(ContactStore store, Path dataDir, EffectiveSettings settings,
            PhoneNormalizer normalizer, PrintWriter out, PrintWriter err) throws SyncException {
        Set<SourceId> sources = runnable(settings, err::println);
        purgeDisabled(store, settings, out::println);
        MsalSignIn session = TenantSession.open(dataDir, settings, sources, err).session();
        boolean attended = TenantSession.attended();
        ConsoleSignIn signIn = new ConsoleSignIn(false, SystemBrowser::available, err);
        if (!session.isSignedIn()) {
            if (!attended) {
                throw new SyncException(NOT_SIGNED_IN, "No account is signed in and no terminal "
                        + "is attached to sign in on; run '" + ConsoleSignIn.SIGNIN_COMMAND + "' first");
            }
            signIn.signIn(session);
        }
        SyncEngine.Renewal renewal = attended ? SignInRenewal.attended(session, signIn)
                : SignInRenewal.unattended(session);
        return new SyncEngine(store, scoped(GraphSources.productionClient(session), settings, normalizer, sources),
                renewal);
    }

    /** The Graph scopes the desktop app asks for: what the enabled sources need, and presence, which it shows. */
    public static Set<String> scopes(EffectiveSettings settings) {
        Set<SourceId> enabled = Set.copyOf(settings.enabledSources());
        return GraphScopes.forSources(enabled.contains(SourceId.GRAPH_USERS), false,
                enabled.contains(SourceId.GRAPH_ORG_CONTACTS), enabled.contains(SourceId.GRAPH_OUTLOOK), true);
    }

    /**
     * The enabled Graph sources over a client, as the command line syncs them: sources no longer enabled are purged
     * from the store first, directory users are left out while their filter cannot be applied, and a changed
     * selection or region forces a full round.
     *
     * @param notices told, in a sentence each, what was purged or left out (no personal data)
     */
    public static List<ContactSource> sources(GraphClient client, EffectiveSettings settings,
            PhoneNormalizer normalizer, ContactStore store, Consumer<String> notices) throws SyncException {
        Set<SourceId> sources = runnable(settings, notices);
        purgeDisabled(store, settings, notices);
        return scoped(client, settings, normalizer, sources);
    }

    /** Removes the contacts of sources no longer enabled before any sign-in, so a failed sign-in keeps none. */
    private static void purgeDisabled(ContactStore store, EffectiveSettings settings, Consumer<String> notices)
            throws SyncException {
        SourceScope.purgeDisabled(store, settings.enabledSources(), EffectiveSettings.KNOWN_SOURCES)
                .forEach((source, removed) -> notices.accept(source + " is no longer enabled: removed " + removed
                        + " of its contacts (favourites and notes are kept)."));
    }

    private static List<ContactSource> scoped(GraphClient client, EffectiveSettings settings,
            PhoneNormalizer normalizer, Set<SourceId> sources) {
        UserSelection selection = new UserSelection(settings.includeGuests(), settings.includeDisabledAccounts(),
                filters(settings.userFilters()));
        Map<SourceId, String> fingerprints = new LinkedHashMap<>();
        sources.forEach(source -> fingerprints.put(source, settings.selectionFingerprint(source)));
        return new SourceScope(fingerprints, settings.defaultRegion())
                .apply(GraphSources.enabled(client, normalizer, selection, sources));
    }

    /** The enabled sources this run syncs: directory users only when their filter can be applied as written. */
    static Set<SourceId> runnable(EffectiveSettings settings, Consumer<String> notices) {
        Set<SourceId> sources = new LinkedHashSet<>(settings.enabledSources());
        if (sources.contains(SourceId.GRAPH_USERS) && !settings.userFilterPolicy().usable()) {
            sources.remove(SourceId.GRAPH_USERS);
            notices.accept("Directory users are not synced: the user filter cannot be applied as written (see the "
                    + "policy problems above), and syncing without it could copy people it is meant to leave out. "
                    + "Users synced before stay until it is fixed.");
        }
        return sources;
    }

    private static List<UserFilter> filters(List<UserFilterRule> rules) {
        return rules.stream().map(rule -> new UserFilter(UserFilter.Field.fromPolicyName(rule.field()),
                UserFilter.Op.fromPolicyName(rule.op()), rule.values())).toList();
    }
}
