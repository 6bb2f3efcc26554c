package app.contactshield.desktop.ui;

import app.contactshield.callerid.demo.DemoPhoneLink;
import app.contactshield.desktop.card.OwnCardSource;
import app.contactshield.desktop.ui.presence.DemoPresenceFeed;
import app.contactshield.desktop.ui.sample.InMemoryContactStore;
import app.contactshield.desktop.ui.sample.SampleDirectory;
import app.contactshield.desktop.ui.sample.SamplePhoneLink;
import app.contactshield.desktop.ui.settings.PolicySettingsModel;
import app.contactshield.desktop.ui.settings.SettingsModel;
import app.contactshield.desktop.ui.settings.UserSettings;
import app.contactshield.desktop.ui.status.ManualSyncStatusFeed;
import app.contactshield.graphsync.consolidate.Consolidator;
import app.contactshield.graphsync.consolidate.SourcePrecedence;
import app.contactshield.graphsync.demo.DemoGraphTransport;
import app.contactshield.graphsync.demo.DemoMode;
import app.contactshield.graphsync.graph.TokenProvider;
import app.contactshield.graphsync.model.PersonKey;
import app.contactshield.graphsync.phone.PhoneNormalizer;
import app.contactshield.graphsync.policy.EffectiveSettings;
import app.contactshield.graphsync.sync.SyncEngine;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The parts demo mode runs on: invented contacts held in memory, no network, a simulated phone labelled "Demo"; only
 * the settings and favourites changed in the demo are kept in the data directory.
 */
public final class DemoParts {
    private static final Logger LOG = LoggerFactory.getLogger(DemoParts.class);

    private DemoParts() {
    }

    /** The demo user's own card, from the demo transport's {@code me}. */
    public static OwnCardSource card() {
        return OwnCardSource.graphMe(DemoGraphTransport.ROOT, new DemoGraphTransport(), TokenProvider.NONE);
    }

    /**
     * The demo parts: the bundled demo tenant synced through the real Graph sources and sync engine into a store
     * held in memory (nothing on disk), the simulated hands-free phone (backend "Demo") that rings now and then,
     * invented presence, settings in memory. The first sync starts at once on the engine's thread.
     */
    public static AppContext.Parts demo(Clock clock) {
        return demo(clock, UserSettings.inMemory(), List.of(), favourites -> { });
    }

    /**
     * The demo parts under the managed policy and the user's settings file: the policy locks what it sets (theme,
     * language, region, vacation mode) and what the user changes is saved in the data directory's
     * {@code settings.json}, as outside the demo. The favourites given are marked again, so that they outlive a trip
     * to the sign-in screen and back or a restart, and each change of them is handed to {@code saved}.
     *
     * @param settings   the policy over the user's settings file
     * @param local      where the phone name and vacation mode are kept
     * @param favourites the favourites of the previous demo session, first to last
     * @param saved      takes the favourites, first to last, after each change (on the changing thread)
     */
    public static AppContext.Parts demo(Clock clock, EffectiveSettings settings, UserSettings local,
            List<PersonKey> favourites, Consumer<List<PersonKey>> saved) {
        return demo(clock, new PolicySettingsModel(settings, local), favourites, saved);
    }

    private static AppContext.Parts demo(Clock clock, SettingsModel settings, List<PersonKey> favourites,
            Consumer<List<PersonKey>> saved) {
        InMemoryContactStore store = InMemoryContactStore.consolidating(new Consolidator(SourcePrecedence.DEFAULT));
        favourites.forEach(key -> store.setFavourite(key, true));
        store.observeFavourites(saved);
        ManualSyncStatusFeed sync = new ManualSyncStatusFeed(null);
        SyncEngine engine = DemoMode.syncEngine(store, new PhoneNormalizer(DemoMode.REGION));
        engine.start(sync::publish).whenComplete((run, failure) -> {
            if (failure != null || !run.succeeded()) {
                LOG.warn("The demo sync failed", failure);
                sync.fail(clock.instant(), "sync.error.unexpected");
            } else {
                sync.complete(clock.instant());
            }
        });
        return new AppContext.Parts(store, DemoPhoneLink.start(), new DemoPresenceFeed(clock), settings, sync, true,
                card(), List.of(engine));
    }

    /** The small sample directory instead of the demo tenant: no sync, a phone that only pretends. */
    public static AppContext.Parts sample(Clock clock) {
        return new AppContext.Parts(InMemoryContactStore.of(SampleDirectory.people()), SamplePhoneLink.demo(),
                SampleDirectory.presence(clock.instant()), UserSettings.inMemory(),
                new ManualSyncStatusFeed(clock.instant().minus(Duration.ofMinutes(4))), true, card(), List.of());
    }
}
