package app.contactshield.desktop.ui.shell;

import app.contactshield.desktop.HeapFootprint;
import app.contactshield.desktop.card.OwnCardSource;
import app.contactshield.desktop.cli.StoreSession;
import app.contactshield.desktop.cli.TenantSync;
import app.contactshield.desktop.ui.AppContext;
import app.contactshield.desktop.ui.settings.PolicySettingsModel;
import app.contactshield.desktop.ui.settings.SettingKey;
import app.contactshield.desktop.ui.settings.UserSettings;
import app.contactshield.desktop.ui.status.ManualSyncStatusFeed;
import app.contactshield.graphsync.graph.GraphSources;
import app.contactshield.graphsync.graph.TokenProvider;
import app.contactshield.graphsync.home.DataDirectory;
import app.contactshield.graphsync.keys.KeyVaults;
import app.contactshield.graphsync.phone.PhoneNormalizer;
import app.contactshield.graphsync.policy.EffectiveSettings;
import app.contactshield.graphsync.presence.PresenceClient;
import app.contactshield.graphsync.store.ContactStore;
import app.contactshield.graphsync.store.H2ContactStore;
import app.contactshield.graphsync.store.StoreException;
import app.contactshield.graphsync.store.StoreOpener;
import app.contactshield.graphsync.sync.SyncEngine;
import app.contactshield.graphsync.sync.SyncException;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The parts of a signed-in session: the encrypted H2 store of the data directory (opened as the command line opens
 * it), the enabled Graph sources synced on a schedule that starts once the first search index is complete,
 * presence polled at the settings' interval, the settings with the policy's locks, the phone link from the settings,
 * and the user's own card from {@code /me}. Built off the JavaFX thread (the store's key may need a passphrase, asked
 * through the prompt).
 */
public final class RealParts {
    /**
     * The store's page cache while the app only reads, in KB: the search and caller indexes hold what the app shows,
     * so the 64 MB a sync uses would only keep pages of the last full read (55–60 MB with 300,000 people); a detail
     * or a delta sync reads a few pages. H2 sizes its cache in whole MB, and {@code SET CACHE_SIZE} empties it.
     */
    static final int READ_CACHE_KB = 2_048;
    private static final Logger LOG = LoggerFactory.getLogger(RealParts.class);

    private RealParts() {
    }

    /**
     * What a session is built from.
     *
     * @param dir      the data directory (from {@code --data-dir}, {@code CONTACT_SHIELD_HOME} or the platform's)
     * @param settings the policy over the user's settings file
     * @param local    where the phone name and vacation mode are kept
     * @param prompt   asks for a passphrase or PIN when the store's key needs one
     * @param tokens   the signed-in user's Graph tokens
     * @param graph    where Graph is
     * @param phones   opens the phone link
     * @param clock    the time source
     */
    public record Inputs(DataDirectory dir, EffectiveSettings settings, UserSettings local,
            KeyVaults.SecretPrompt prompt, TokenProvider tokens, GraphAccess graph, PhoneLinkFactory phones,
            Clock clock) {

        public Inputs {
            Objects.requireNonNull(dir, "dir");
            Objects.requireNonNull(settings, "settings");
            Objects.requireNonNull(local, "local");
            Objects.requireNonNull(prompt, "prompt");
            Objects.requireNonNull(tokens, "tokens");
            Objects.requireNonNull(graph, "graph");
            Objects.requireNonNull(phones, "phones");
            Objects.requireNonNull(clock, "clock");
        }
    }

    /**
     * Starts presence over the open store of the data directory; sync starts when the context's first search index
     * is complete. The parts close the store when the session closes.
     *
     * @param in      what the session is built from
     * @param session the store of {@code in.dir()}, opened with {@code in.settings()}
     * @throws SyncException when a source no longer enabled has synced before and cannot be purged from it
     */
    public static AppContext.Parts open(Inputs in, StoreSession session) throws SyncException {
        long started = System.nanoTime();
        session.recoveryNotice().ifPresent(notice -> LOG.warn("The store was rebuilt: {}", notice));
        PolicySettingsModel settings = new PolicySettingsModel(in.settings(), in.local());
        SyncSchedule.EngineFactory engines = () -> engine(in, session.store());
        if (disabledSourceSynced(in.settings(), session.store())) {
            SyncEngine engine = engines.create();
            engines = () -> engine;
        }
        ManualSyncStatusFeed sync = new ManualSyncStatusFeed(SyncSchedule.lastCommitted(session.store(),
                in.settings().enabledSources()).orElse(null));
        SyncSchedule schedule = new SyncSchedule(engines, sync, in.clock(),
                cacheSizing(in.settings(), session.store()));
        PresencePolling presence = new PresencePolling(new PresenceClient(in.graph().http(),
                in.graph().presenceRoot(), in.tokens(), in.clock()), settings.presenceInterval(), in.clock());
        SwitchingPhoneLink phone = new SwitchingPhoneLink(name -> in.phones().open(settings.effective(), name),
                settings.value(SettingKey.PHONE));
        followSettings(settings, presence, schedule, phone);
        presence.start();
        schedule.startAfterIndex(settings.syncInterval());
        LOG.info("Session parts ready in {} ms", (System.nanoTime() - started) / 1_000_000);
        return new AppContext.Parts(session.store(), phone, presence.feed(), settings, sync, false,
                OwnCardSource.graphMe(in.graph().root(), in.graph().transport(), in.tokens()),
                List.of(schedule, presence));
    }

    /**
     * The sync engine over the enabled sources; making it purges the sources no longer enabled, which reads every
     * record of the store.
     */
    private static SyncEngine engine(Inputs in, ContactStore store) throws SyncException {
        PhoneNormalizer normalizer = new PhoneNormalizer(in.settings().defaultRegion());
        return new SyncEngine(store, TenantSync.sources(GraphSources.client(in.graph().root(), in.graph().transport(),
                in.tokens()), in.settings(), normalizer, store, notice -> LOG.warn("Sync scope: {}", notice)),
                () -> in.tokens().accessToken(false));
    }

    /**
     * Whether a source the settings no longer enable has synced into the store (its cursor, held in memory, says
     * so): then its contacts are purged before the window shows them. Otherwise the purge, which reads the whole
     * store to find leftovers, waits for the first sync.
     */
    private static boolean disabledSourceSynced(EffectiveSettings settings, ContactStore store) {
        return EffectiveSettings.KNOWN_SOURCES.stream()
                .anyMatch(source -> !settings.enabledSources().contains(source) && store.cursor(source).isPresent());
    }

    /**
     * The store opens with its full page cache, which the first search index reads the whole store through (people
     * are read in person order, not in the order their records lie in the file, so a small cache would decrypt the
     * same pages again and again). The first sync starts once that index is complete: from then on the cache is
     * small, and the heap the reading needed is handed back, except during a run that syncs a source for the first
     * time (a first sync of a big tenant writes every record and is faster with the full cache); a delta sync writes
     * a few pages. Told on the sync timer's thread only.
     */
    private static SyncSchedule.RunListener cacheSizing(EffectiveSettings settings, ContactStore store) {
        boolean[] full = {true};
        return running -> {
            boolean wanted = running && settings.enabledSources().stream()
                    .anyMatch(source -> store.cursor(source).isEmpty());
            if (wanted != full[0]) {
                full[0] = wanted;
                sizeCache(store, wanted);
                if (!wanted) {
                    HeapFootprint.release();
                }
            }
        };
    }

    /** A small page cache while the app reads, the store's full one while it syncs. */
    private static void sizeCache(ContactStore store, boolean syncing) {
        if (store instanceof H2ContactStore h2) {
            try {
                h2.useCacheSize(syncing ? StoreOpener.WRITE_CACHE_KB : READ_CACHE_KB);
            } catch (StoreException e) {
                LOG.warn("The store's cache could not be resized: {}", e.getMessage());
            }
        }
    }

    /** The presence and sync intervals and the preferred phone take effect when the user changes them. */
    private static void followSettings(PolicySettingsModel settings, PresencePolling presence, SyncSchedule schedule,
            SwitchingPhoneLink phone) {
        settings.addListener((key, value) -> {
            if (key == SettingKey.PRESENCE_INTERVAL_SECONDS) {
                presence.changeInterval(settings.presenceInterval());
            } else if (key == SettingKey.SYNC_INTERVAL_MINUTES) {
                schedule.changeInterval(settings.syncInterval());
            } else if (key == SettingKey.PHONE) {
                Thread switcher = new Thread(() -> phone.switchTo(value), "contactshield-phone-switch");
                switcher.setDaemon(true);
                switcher.start();
            }
        });
    }
}
