package app.contactshield.desktop.wiring;

import app.contactshield.desktop.calls.CallServices;
import app.contactshield.desktop.calls.ColleagueDirectory;
import app.contactshield.desktop.calls.IncomingCallWindow;
import app.contactshield.desktop.calls.PresenceLookup;
import app.contactshield.desktop.links.LinkOpener;
import app.contactshield.desktop.ui.AppContext;
import app.contactshield.desktop.ui.presence.PresenceFeed;
import app.contactshield.desktop.ui.settings.SettingKey;
import app.contactshield.graphsync.demo.DemoMode;
import app.contactshield.graphsync.model.Person;
import app.contactshield.graphsync.model.PersonKey;
import app.contactshield.graphsync.presence.Presence;
import app.contactshield.graphsync.store.ContactStore;
import app.contactshield.graphsync.store.StoreException;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Puts caller ID on screen: {@link CallerIdRuntime} (index, ranges, screening, history, coordinator) and the
 * incoming-call window it drives. Created on the JavaFX thread after the main window shows; its own work runs on
 * the runtime's named threads, and loading the caller index waits for the first search index. The app context closes
 * it.
 */
public final class CallWindowWiring implements AutoCloseable {
    /** The setting that turns receptionist mode on (every call rings, nothing is rejected). */
    public static final SettingKey RECEPTIONIST_SETTING = SettingKey.RECEPTIONIST_MODE;

    private static final Logger LOG = LoggerFactory.getLogger(CallWindowWiring.class);

    private final ContactStore store;
    private final CallerIdRuntime runtime;
    private final IncomingCallWindow window;

    private CallWindowWiring(AppContext context, LinkOpener opener, List<String> stylesheets, CallerIdPolicy policy) {
        AppContext.Parts parts = context.parts();
        this.store = parts.store();
        String region = parts.settings().value(SettingKey.REGION);
        Clock clock = Clock.systemDefaultZone();
        runtime = new CallerIdRuntime(store, parts.phone(), parts.settings(), policy, clock,
                context.search().firstIndexComplete(), storeRegion(parts.demo()));
        CallServices services = new CallServices(parts.phone(), store, presence(parts.presence()),
                ColleagueDirectory.of(store), opener, context.workers(), Platform::runLater,
                context.callsText(), region, clock);
        window = IncomingCallWindow.create(services.withControl(runtime.control()), stylesheets);
        window.attach(runtime.coordinator(), this::teamsUser);
        runtime.start();
    }

    /**
     * The region national caller ids are read in whatever the settings say, or {@code null} to follow the settings:
     * the demo directory's numbers were read as German (as {@code identify} reads a demo store) and its simulated
     * phone delivers German caller ids, so the demo reads them as German on any machine; a tenant's store was read
     * in the settings' region, and so are its callers, also after the region changes.
     */
    static String storeRegion(boolean demo) {
        return demo ? DemoMode.REGION : null;
    }

    /** Wires caller ID for the app's parts without a policy (demo mode); JavaFX thread. */
    public static CallWindowWiring start(AppContext context, LinkOpener opener, List<String> stylesheets) {
        return start(context, opener, stylesheets, CallerIdPolicy.defaults());
    }

    /**
     * Wires caller ID for the app's parts under the policy ({@code CallerIdPolicy.from(effectiveSettings)}): its
     * call-history retention, company number ranges and anonymous dialling prefix. JavaFX thread.
     */
    public static CallWindowWiring start(AppContext context, LinkOpener opener, List<String> stylesheets,
            CallerIdPolicy policy) {
        return new CallWindowWiring(context, opener, stylesheets, policy);
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

    /** Keeps an area of the screen clear of the call window where the corner allows (the main window's status bar). */
    public void keepClear(Supplier<Optional<Rectangle2D>> area) {
        window.keepClear(area);
    }

    /** Puts a showing call back above the app's windows, after one was brought to the front; JavaFX thread. */
    public void raiseCalls() {
        window.raise();
    }

    /** Closes the call window and stops caller ID; the window closes on the JavaFX thread. */
    @Override
    public void close() {
        if (Platform.isFxApplicationThread()) {
            window.close();
        } else {
            Platform.runLater(window::close);
        }
        runtime.close();
    }
}
