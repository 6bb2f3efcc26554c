package app.contactshield.desktop.wiring;

import app.contactshield.callerid.call.CallCoordinator;
import app.contactshield.callerid.index.CallerIndexUpdater;
import app.contactshield.callerid.index.CompanyRanges;
import app.contactshield.callerid.index.Identifier;
import app.contactshield.callerid.screening.CallHistory;
import app.contactshield.callerid.screening.CallScreener;
import app.contactshield.callerid.screening.ScreeningMode;
import app.contactshield.desktop.calls.CallControl;
import app.contactshield.desktop.calls.CallServices;
import app.contactshield.desktop.calls.ColleagueDirectory;
import app.contactshield.desktop.calls.IncomingCallWindow;
import app.contactshield.desktop.calls.PresenceLookup;
import app.contactshield.desktop.links.LinkOpener;
import app.contactshield.desktop.ui.AppContext;
import app.contactshield.desktop.ui.presence.PresenceFeed;
import app.contactshield.desktop.ui.settings.SettingKey;
import app.contactshield.graphsync.model.Person;
import app.contactshield.graphsync.model.PersonKey;
import app.contactshield.graphsync.phone.PhoneNormalizer;
import app.contactshield.graphsync.presence.Presence;
import app.contactshield.graphsync.store.ContactStore;
import app.contactshield.graphsync.store.StoreException;
import app.contactshield.graphsync.store.StoreListener;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.application.Platform;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Puts caller ID on screen: the caller index (kept current by store events), company ranges derived from the
 * directory, screening from the vacation-mode setting, the call history, and the incoming-call window driven by the
 * call coordinator. Created on the JavaFX thread after the main window shows; its own work runs on one named
 * thread. The app context closes it.
 */
public final class CallWindowWiring implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(CallWindowWiring.class);
    private static final int EXPECTED_NUMBERS = 16_384;
    private static final int RETENTION_DAYS = 90;

    private final ExecutorService calls;
    private final CallerIndexUpdater index;
    private final CallCoordinator coordinator;
    private final ContactStore store;
    private final StoreListener rangeRefresh;
    private final AtomicBoolean refreshQueued = new AtomicBoolean();
    private volatile CompanyRanges ranges = CompanyRanges.none();

    private CallWindowWiring(AppContext context, LinkOpener opener, List<String> stylesheets) {
        AppContext.Parts parts = context.parts();
        this.store = parts.store();
        String region = parts.settings().value(SettingKey.REGION);
        Clock clock = Clock.systemDefaultZone();
        calls = Executors.newSingleThreadExecutor(runnable -> {
            Thread thread = new Thread(runnable, "contactshield-calls");
            thread.setDaemon(true);
            return thread;
        });
        index = CallerIndexUpdater.start(store, EXPECTED_NUMBERS, calls);
        rangeRefresh = changed -> queueRangeRefresh();
        store.addListener(rangeRefresh);
        queueRangeRefresh();
        Identifier identifier = new Identifier(index.index(), new PhoneNormalizer(region), () -> ranges,
                store::person);
        CallScreener screener = new CallScreener(mode(parts.settings().vacationMode()));
        parts.settings().addListener((key, value) -> {
            if (key == SettingKey.VACATION_MODE) {
                screener.setMode(mode(Boolean.parseBoolean(value)));
            }
        });
        coordinator = new CallCoordinator(parts.phone(), identifier, screener,
                new CallHistory(store, RETENTION_DAYS, clock), store::favourites, calls, clock);
        CallServices services = new CallServices(parts.phone(), store, presence(parts.presence()),
                ColleagueDirectory.of(store), opener, context.workers(), Platform::runLater,
                context.callsText(), region, clock);
        IncomingCallWindow window = IncomingCallWindow.create(
                services.withControl(CallControl.of(coordinator, parts.phone(), region, null)), stylesheets);
        window.attach(coordinator, this::teamsUser);
        coordinator.start();
    }

    /** Wires caller ID for the app's parts; JavaFX thread. */
    public static CallWindowWiring start(AppContext context, LinkOpener opener, List<String> stylesheets) {
        return new CallWindowWiring(context, opener, stylesheets);
    }

    private static ScreeningMode mode(boolean vacation) {
        return vacation ? ScreeningMode.VACATION : ScreeningMode.NORMAL;
    }

    /** Company ranges follow the directory; recomputed off the call path, coalescing bursts of store events. */
    private void queueRangeRefresh() {
        if (refreshQueued.compareAndSet(false, true)) {
            calls.execute(() -> {
                refreshQueued.set(false);
                try {
                    ranges = CompanyRanges.of(CompanyRanges.deriveFromDirectory(store.people()));
                } catch (StoreException e) {
                    LOG.warn("Company ranges not refreshed: {}", e.getMessage());
                }
            });
        }
    }

    private String teamsUser(PersonKey key) {
        try {
            return store.person(key).map(Person::userPrincipalName).orElse(null);
        } catch (StoreException e) {
            LOG.warn("Teams user of a caller not read: {}", e.getMessage());
            return null;
        }
    }

    private static PresenceLookup presence(PresenceFeed feed) {
        return entraObjectId -> feed.presence(new PersonKey("oid:" + entraObjectId.toLowerCase(Locale.ROOT)))
                .map(view -> new Presence(entraObjectId, view.availability().graphName(), view.activity(),
                        view.statusMessage(), !view.outOfOffice().isEmpty(), view.outOfOffice(), view.updatedAt()));
    }

    @Override
    public void close() {
        store.removeListener(rangeRefresh);
        coordinator.close();
        index.close();
        calls.shutdownNow();
    }
}
