package app.contactshield.desktop.cli;

import app.contactshield.graphsync.auth.MsalSignIn;
import app.contactshield.graphsync.auth.SignInRenewal;
import app.contactshield.graphsync.graph.GraphSources;
import app.contactshield.graphsync.graph.UserFilter;
import app.contactshield.graphsync.graph.UserSelection;
import app.contactshield.graphsync.model.SourceId;
import app.contactshield.graphsync.phone.PhoneNormalizer;
import app.contactshield.graphsync.policy.EffectiveSettings;
import app.contactshield.graphsync.policy.UserFilterRule;
import app.contactshield.graphsync.store.ContactStore;
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

/**
 * Builds the sync of a real tenant for the command line: purges sources no longer enabled, skips directory users
 * when their filter cannot be applied, signs in (on a terminal: the browser or a device code; unattended: never
 * interactively) and wraps the Graph sources so that a changed selection forces a full round.
 */
final class TenantSync {

    private TenantSync() {
    }

    static SyncEngine engine(ContactStore store, Path dataDir, EffectiveSettings settings,
            PhoneNormalizer normalizer, PrintWriter out, PrintWriter err) throws SyncException {
        Set<SourceId> sources = runnable(settings, err);
        SourceScope.purgeDisabled(store, settings.enabledSources(), EffectiveSettings.KNOWN_SOURCES)
                .forEach((source, removed) -> out.println(source + " is no longer enabled: removed " + removed
                        + " of its contacts (favourites and notes are kept)."));
        MsalSignIn session = TenantSession.open(dataDir, settings, sources, err).session();
        boolean attended = TenantSession.attended();
        ConsoleSignIn signIn = new ConsoleSignIn(false, SystemBrowser::available, err);
        if (!session.isSignedIn()) {
            if (!attended) {
                throw new SyncException(MsalSignIn.KEY_SIGNIN_REQUIRED, "No account is signed in and no terminal "
                        + "is attached to sign in on; run '" + ConsoleSignIn.SIGNIN_COMMAND + "' first");
            }
            signIn.signIn(session);
        }
        SyncEngine.Renewal renewal = attended ? SignInRenewal.attended(session, signIn)
                : SignInRenewal.unattended(session);
        UserSelection selection = new UserSelection(settings.includeGuests(), settings.includeDisabledAccounts(),
                filters(settings.userFilters()));
        Map<SourceId, String> fingerprints = new LinkedHashMap<>();
        sources.forEach(source -> fingerprints.put(source, settings.selectionFingerprint(source)));
        return new SyncEngine(store, new SourceScope(fingerprints).apply(GraphSources.enabled(
                GraphSources.productionClient(session), normalizer, selection, sources)), renewal);
    }

    /** The enabled sources this run syncs: directory users only when their filter can be applied as written. */
    static Set<SourceId> runnable(EffectiveSettings settings, PrintWriter err) {
        Set<SourceId> sources = new LinkedHashSet<>(settings.enabledSources());
        if (sources.contains(SourceId.GRAPH_USERS) && !settings.userFilterPolicy().usable()) {
            sources.remove(SourceId.GRAPH_USERS);
            err.println("Directory users are not synced: the user filter cannot be applied as written (see the "
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
