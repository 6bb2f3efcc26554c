package app.contactshield.desktop.ui;

import app.contactshield.callerid.index.NumberDiagnostics;
import app.contactshield.callerid.link.PhoneLink;
import app.contactshield.desktop.calls.CallsText;
import app.contactshield.desktop.card.OwnCardSource;
import app.contactshield.desktop.links.LinkOpener;
import app.contactshield.desktop.links.TeamsLinks;
import app.contactshield.desktop.ui.detail.DetailController;
import app.contactshield.desktop.ui.diagnostics.UnusableNumbersController;
import app.contactshield.desktop.ui.diagnostics.UnusableNumbersViewModel;
import app.contactshield.desktop.ui.detail.DetailViewModel;
import app.contactshield.desktop.ui.detail.FavouriteMarks;
import app.contactshield.desktop.ui.favourites.FavouritesController;
import app.contactshield.desktop.ui.favourites.FavouritesViewModel;
import app.contactshield.desktop.ui.main.MainWindowController;
import app.contactshield.desktop.ui.main.Screens;
import app.contactshield.desktop.ui.main.SearchViewModel;
import app.contactshield.desktop.ui.presence.PresenceFeed;
import app.contactshield.desktop.ui.settings.SettingKey;
import app.contactshield.desktop.ui.settings.SettingsController;
import app.contactshield.desktop.ui.settings.SettingsModel;
import app.contactshield.desktop.ui.settings.SettingsViewModel;
import app.contactshield.desktop.ui.status.StatusBarController;
import app.contactshield.desktop.ui.status.StatusBarViewModel;
import app.contactshield.desktop.ui.status.SyncStatusFeed;
import app.contactshield.desktop.tray.ShieldTray;
import app.contactshield.desktop.wiring.CallWindowWiring;
import app.contactshield.desktop.wiring.CallerIdPolicy;
import app.contactshield.desktop.ui.settings.PolicySettingsModel;
import app.contactshield.graphsync.model.PersonKey;
import app.contactshield.graphsync.phone.PhoneNormalizer;
import app.contactshield.graphsync.store.ContactStore;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.net.URL;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.fxml.FXMLLoader;
import javafx.geometry.Bounds;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The composition root of the desktop app: it receives the parts the app runs on (store, phone link, presence,
 * settings, sync status), owns the background executor, makes every view model and, through
 * {@link #controller(Class)}, every FXML controller with its collaborators passed to the constructor. The real app
 * and demo mode differ only in the {@link Parts} they pass. Create it off the JavaFX thread; {@link #close()} on exit.
 */
public final class AppContext implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(AppContext.class);
    private static final String UI_ROOT = "/app/contactshield/desktop/ui/";

    /**
     * The parts the app runs on. The context closes the phone link and the store on exit.
     *
     * @param store    the contact store
     * @param phone    the paired phone link (a demo phone in demo mode)
     * @param presence Teams presence
     * @param settings effective settings (policy over user)
     * @param sync     sync progress and last sync time
     * @param demo     whether the app runs on demo data (the window says so)
     * @param card     the signed-in user's own card (Graph {@code /me}; the demo user's in demo mode)
     * @param others   further parts closed on exit before the phone and the store (sync engine, presence poller)
     */
    public record Parts(ContactStore store, PhoneLink phone, PresenceFeed presence, SettingsModel settings,
            SyncStatusFeed sync, boolean demo, OwnCardSource card, List<AutoCloseable> others) {

        public Parts {
            Objects.requireNonNull(card, "card");
            others = List.copyOf(others);
        }

        /** Parts whose card is the demo user's in demo mode, else not available. */
        public Parts(ContactStore store, PhoneLink phone, PresenceFeed presence, SettingsModel settings,
                SyncStatusFeed sync, boolean demo, List<AutoCloseable> others) {
            this(store, phone, presence, settings, sync, demo, demo ? DemoParts.card() : () -> {
                throw new IOException("No card source is wired");
            }, others);
        }
    }

    /**
     * A part whose work waits until the first search index is complete, so that it does not compete with building
     * it for the processor at start (the first sync). Told on the JavaFX thread; must return quickly.
     */
    public interface StartsAfterIndex {
        /** The first search index is complete (or could not be built). */
        void indexComplete();
    }

    private final Parts parts;
    private final LinkOpener links;
    private CallWindowWiring callWindow;
    private final ExecutorService workers;
    private final Executor ui;
    private final Clock clock;
    private final Messages messages;
    private final boolean osPrefersDark;
    private final SearchViewModel search;
    private final DetailViewModel detail;
    private final StatusBarViewModel status;
    private final Map<Class<?>, Supplier<?>> extraControllers = new HashMap<>();
    private final Locale locale;
    private final AppWindows windows;
    private ShieldTray tray;
    private volatile TeamsLinks teams = new TeamsLinks(false);
    private Timeline ticker;
    private boolean closed;

    /**
     * @param parts         what the app runs on
     * @param links         opens every link (Teams, mail)
     * @param workers       the background executor, shut down by {@link #close()}
     * @param ui            runs on the JavaFX thread ({@code Platform::runLater})
     * @param clock         the time source
     * @param osLocale      the OS locale, for the language setting {@code system}
     * @param osPrefersDark whether the OS prefers a dark theme, for the theme setting {@code system}
     */
    public AppContext(Parts parts, LinkOpener links, ExecutorService workers, Executor ui, Clock clock,
            Locale osLocale, boolean osPrefersDark) {
        this.parts = Objects.requireNonNull(parts, "parts");
        this.links = links;
        this.workers = workers;
        this.ui = ui;
        this.clock = clock;
        this.osPrefersDark = osPrefersDark;
        this.locale = Messages.localeFor(parts.settings().value(SettingKey.LANGUAGE), osLocale);
        this.messages = Messages.forLocale(locale);
        this.search = new SearchViewModel(parts.store(), parts.presence(), parts.settings(), workers, ui, messages,
                clock);
        this.detail = new DetailViewModel(new DetailViewModel.Services(parts.store(), parts.phone(), parts.presence(),
                parts.settings(), links, () -> teams, favouriteMarks(search), workers, ui, clock), messages);
        search.addFavouriteListener(detail::favouriteChanged);
        this.status = new StatusBarViewModel(parts.sync(), parts.phone(), parts.settings(), ui, messages, clock);
        this.windows = new AppWindows(this, links, clock);
    }

    /** The detail pane's star reads and sets the marks the result list shows. */
    private static FavouriteMarks favouriteMarks(SearchViewModel search) {
        return new FavouriteMarks() {
            @Override
            public boolean isFavourite(PersonKey key) {
                return search.isFavourite(key);
            }

            @Override
            public void mark(PersonKey key, boolean favourite) {
                search.setFavourite(key, favourite);
            }
        };
    }

    /** Offers "Connect your organisation" in the main window's toolbar; call before {@link #showMainWindow}. */
    public void offerConnect(Runnable action) {
        windows.offerConnect(action);
    }

    /** Replaces the Teams link builder (after detecting the client). Thread-safe. */
    public void useTeamsLinks(TeamsLinks links) {
        teams = links;
    }

    /**
     * Starts the view models: the first index build, presence, phone and sync events; once the first index is
     * complete, the parts that wait for it.
     */
    public void start() {
        search.start();
        search.firstIndexComplete().thenRun(() -> parts.others().stream()
                .filter(StartsAfterIndex.class::isInstance).map(StartsAfterIndex.class::cast)
                .forEach(StartsAfterIndex::indexComplete));
        detail.start();
        status.start();
        parts.settings().addListener((key, value) -> {
            if (key == SettingKey.THEME) {
                ui.execute(windows::restyle);
            }
        });
    }

    /** Registers a controller made by another screen's code, for FXML that names it. */
    public <T> void registerController(Class<T> type, Supplier<T> factory) {
        extraControllers.put(type, factory);
    }

    /** Makes the controller an FXML file names, passing its collaborators to its constructor. */
    public Object controller(Class<?> type) {
        if (type == MainWindowController.class) {
            return new MainWindowController(search, detail, windows, messages, clock);
        }
        if (type == DetailController.class) {
            return new DetailController(detail, messages);
        }
        if (type == StatusBarController.class) {
            return new StatusBarController(status, messages);
        }
        if (type == SettingsController.class) {
            return new SettingsController(new SettingsViewModel(parts.settings(), messages),
                    windows::openUnusableNumbers);
        }
        if (type == UnusableNumbersController.class) {
            return new UnusableNumbersController(new UnusableNumbersViewModel(parts.store(), new NumberDiagnostics(
                    new PhoneNormalizer(parts.settings().value(SettingKey.REGION))), workers, ui, messages));
        }
        if (type == FavouritesController.class) {
            return new FavouritesController(new FavouritesViewModel(search), messages);
        }
        Supplier<?> extra = extraControllers.get(type);
        if (extra != null) {
            return extra.get();
        }
        throw new IllegalArgumentException("No controller factory for " + type.getName());
    }

    /** Loads an FXML view under {@code app/contactshield/desktop/ui/}, e.g. {@code main/MainWindow.fxml}. */
    public Parent load(String view) {
        URL url = Objects.requireNonNull(AppContext.class.getResource(UI_ROOT + view), view);
        FXMLLoader loader = new FXMLLoader(url, messages.bundle());
        loader.setControllerFactory(this::controller);
        try {
            return loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException("The view " + view + " could not be loaded", e);
        }
    }

    /** Whether the dark theme is in effect. */
    public boolean dark() {
        return Theme.isDark(parts.settings().value(SettingKey.THEME), osPrefersDark);
    }

    /** Shows the main window on {@code stage}. Call on the JavaFX thread. */
    public void showMainWindow(Stage stage) {
        Theme.applyGlobally(dark());
        Scene scene = new Scene(load("main/MainWindow.fxml"));
        Theme.style(scene, dark());
        stage.setTitle(parts.demo() ? messages.get("app.title") + " — " + messages.get("app.demo")
                : messages.get("app.title"));
        stage.setScene(scene);
        stage.setMinWidth(820);
        stage.setMinHeight(520);
        stage.show();
        startTicker();
        afterFirstLayout(scene, () -> startCallerId(stage));
    }

    /**
     * Caller ID (its incoming-call window is built from FXML) and the tray start once the main window has been laid
     * out, so that they do not hold up its first frame.
     */
    private void startCallerId(Stage stage) {
        if (closed) {
            return;
        }
        LOG.info("Main window laid out {} ms after the process started",
                ManagementFactory.getRuntimeMXBean().getUptime());
        CallerIdPolicy policy = parts.settings() instanceof PolicySettingsModel managed
                ? CallerIdPolicy.from(managed.effective()) : CallerIdPolicy.defaults();
        callWindow = CallWindowWiring.start(this, links, Theme.popupSheets(), policy);
        callWindow.keepClear(() -> statusBarOnScreen(stage));
        tray = windows.installTray(stage, status.vacationModeProperty()).orElse(null);
    }

    /** Where the main window's status bar is on screen, while the window shows. */
    private static Optional<Rectangle2D> statusBarOnScreen(Stage stage) {
        Node bar = stage.getScene() == null ? null : stage.getScene().lookup("#statusBar");
        if (bar == null || !stage.isShowing() || stage.isIconified()) {
            return Optional.empty();
        }
        Bounds bounds = bar.localToScreen(bar.getBoundsInLocal());
        return bounds == null ? Optional.empty() : Optional.of(new Rectangle2D(bounds.getMinX(), bounds.getMinY(),
                bounds.getWidth(), bounds.getHeight()));
    }

    private void afterFirstLayout(Scene scene, Runnable action) {
        Runnable[] once = new Runnable[1];
        once[0] = () -> {
            scene.removePostLayoutPulseListener(once[0]);
            ui.execute(action);
        };
        scene.addPostLayoutPulseListener(once[0]);
    }

    /**
     * Every five seconds: the last sync time, and presence ages in the list and the detail pane, both read from the
     * presence feed in the same tick so that they agree; list rows are redrawn only where their text changes.
     */
    private void startTicker() {
        ticker = new Timeline(new KeyFrame(Duration.seconds(5), e -> {
            status.updateLastSync();
            search.updatePresence();
            detail.updatePresence();
        }));
        ticker.setCycleCount(Timeline.INDEFINITE);
        ticker.play();
    }

    /** The call screens' texts in the language the settings choose. */
    public CallsText callsText() {
        return CallsText.forLocale(locale);
    }

    /** Opens the secondary windows (settings, favourites, card, history). */
    public Screens windows() {
        return windows;
    }

    /** The link opener every window uses. */
    public LinkOpener links() {
        return links;
    }

    /** The time source. */
    public Clock clock() {
        return clock;
    }

    public Messages messages() {
        return messages;
    }

    public SearchViewModel search() {
        return search;
    }

    public DetailViewModel detail() {
        return detail;
    }

    public StatusBarViewModel status() {
        return status;
    }

    public Parts parts() {
        return parts;
    }

    /** Puts a showing call back above the app's windows, after one was brought to the front; JavaFX thread. */
    public void raiseCallWindow() {
        if (callWindow != null) {
            callWindow.raiseCalls();
        }
    }

    /** The background executor, for other screens' work. */
    public Executor workers() {
        return workers;
    }

    @Override
    public void close() {
        closed = true;
        if (ticker != null) {
            ticker.stop();
        }
        if (callWindow != null) {
            callWindow.close();
        }
        if (tray != null) {
            windows.removeTray(tray);
        }
        workers.shutdown();
        try {
            if (!workers.awaitTermination(2, TimeUnit.SECONDS)) {
                LOG.warn("Background work did not finish within 2 s of exit; abandoning it");
                workers.shutdownNow();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        for (AutoCloseable other : parts.others()) {
            try {
                other.close();
            } catch (Exception e) {
                LOG.warn("A part did not close cleanly on exit", e);
            }
        }
        parts.phone().close();
        parts.store().close();
    }
}
