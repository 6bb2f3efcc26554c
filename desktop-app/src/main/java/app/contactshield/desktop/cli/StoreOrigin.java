package app.contactshield.desktop.cli;

import app.contactshield.graphsync.demo.DemoMode;
import app.contactshield.graphsync.model.SourceId;
import app.contactshield.graphsync.policy.EffectiveSettings;
import app.contactshield.graphsync.policy.PolicyKey;
import app.contactshield.graphsync.store.ContactStore;
import app.contactshield.graphsync.sync.DeltaCursor;
import app.contactshield.graphsync.sync.SourceScope;
import app.contactshield.graphsync.sync.SyncException;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * {@code doctor}'s lines on where a store's data came from (the demo directory or a tenant), with which region its
 * numbers were read, and which command syncs it again; so that the region in force and the suggested command fit
 * the store rather than the OS locale.
 */
final class StoreOrigin {
    static final String DEMO_SYNC = "contact-shield sync --once --demo";
    static final String TENANT_SYNC = "contact-shield sync --once";

    private StoreOrigin() {
    }

    /** The region in force and where it comes from. */
    static String regionInForce(EffectiveSettings settings) {
        String region = settings.defaultRegion();
        if (settings.isLocked(PolicyKey.DEFAULT_REGION)) {
            return region + " (from the organisation's policy)";
        }
        if (settings.raw(PolicyKey.DEFAULT_REGION).isPresent()) {
            return region + " (from " + EffectiveSettings.USER_FILE + ")";
        }
        return region + (settings.hasRegion() ? " (from the OS locale)"
                : " (a guess: neither the settings nor the OS locale name a country)");
    }

    /** What to run while the data directory holds no store yet. */
    static String firstSync(EffectiveSettings settings) {
        if (settings.hasTenant()) {
            return "none yet; run '" + TENANT_SYNC + "'";
        }
        return "none yet; run '" + DEMO_SYNC + "' for demo data (no tenant is configured)"
                + (SyncCommand.DEMO_REGION.equals(settings.defaultRegion()) ? "" : "; it reads the demo's numbers as "
                + "in " + SyncCommand.DEMO_REGION + ", the demo company's home, whatever the settings say");
    }

    /**
     * The region a store's numbers without a country code are read in: the demo's own for the demo directory (its
     * sync reads them so, whatever the settings), else the region in force.
     */
    static String numberRegion(ContactStore store, EffectiveSettings settings, Collection<SourceId> sources)
            throws SyncException {
        return holdsDemo(store, sources) ? SyncCommand.DEMO_REGION : settings.defaultRegion();
    }

    private static boolean holdsDemo(ContactStore store, Collection<SourceId> sources) throws SyncException {
        for (SourceId source : sources) {
            if (store.cursor(source).filter(DemoMode::isDemoCursor).isPresent()) {
                return true;
            }
        }
        return false;
    }

    /** Label and text of each line about the store's data. */
    static Map<String, String> describe(ContactStore store, EffectiveSettings settings, Collection<SourceId> sources)
            throws SyncException {
        boolean demo = false;
        boolean synced = false;
        TreeSet<String> regions = new TreeSet<>();
        for (SourceId source : sources) {
            Optional<DeltaCursor> cursor = store.cursor(source);
            synced |= cursor.isPresent();
            demo |= cursor.filter(DemoMode::isDemoCursor).isPresent();
            SourceScope.storedRegion(cursor).ifPresent(regions::add);
        }
        Map<String, String> lines = new LinkedHashMap<>();
        if (!synced) {
            lines.put("Store data", "none: nothing has been synced into this store yet");
        } else {
            lines.put("Store data", (demo ? "the demo directory (sync --demo)" : "your tenant") + ", " + read(regions,
                    demo, demo ? SyncCommand.DEMO_REGION : settings.defaultRegion()));
        }
        lines.put("App window", settings.hasTenant() ? "lists the people above, one row each, once signed in"
                : "shows its own demo directory, held in memory, while no tenant is configured: the same people, "
                + "consolidated the same way, as a demo store; this store is what identify and doctor read");
        lines.put("Sync again", settings.hasTenant() ? TENANT_SYNC + (demo ? " (replaces the demo data)" : "")
                : DEMO_SYNC);
        return lines;
    }

    private static String read(TreeSet<String> regions, boolean demo, String inForce) {
        if (regions.isEmpty()) {
            return "region of its numbers not recorded" + (demo ? " (the demo data is German: DE)" : "")
                    + "; the next sync records it";
        }
        String text = "numbers read as in " + String.join(", ", regions);
        if (regions.size() == 1 && regions.first().equals(inForce)) {
            return text;
        }
        return text + "; numbers without a country code are now read as in " + inForce + " (the next sync reads the "
                + "store's numbers again that way; set defaultRegion in " + EffectiveSettings.USER_FILE
                + " to keep " + regions.first() + ")";
    }
}
