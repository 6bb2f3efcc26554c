package app.contactshield.desktop.ui.shell;

import app.contactshield.desktop.ClassDataArchive;
import app.contactshield.desktop.calls.CallsText;
import app.contactshield.desktop.cli.StoreSession;
import app.contactshield.desktop.instance.SecondStarts;
import app.contactshield.desktop.links.LinkOpener;
import app.contactshield.desktop.signin.SignInRequest;
import app.contactshield.desktop.signin.SignInResult;
import app.contactshield.desktop.signin.SignInScreen;
import app.contactshield.desktop.signin.SignInService;
import app.contactshield.desktop.signin.SignInViewModel;
import app.contactshield.desktop.signin.TenantSettings;
import app.contactshield.desktop.ui.AppContext;
import app.contactshield.desktop.ui.DemoFavourites;
import app.contactshield.desktop.ui.DemoParts;
import app.contactshield.desktop.ui.Messages;
import app.contactshield.desktop.ui.Theme;
import app.contactshield.desktop.ui.settings.PolicySettingsModel;
import app.contactshield.desktop.ui.settings.UserSettings;
import app.contactshield.graphsync.graph.TokenProvider;
import app.contactshield.graphsync.keys.KeyVaults;
import app.contactshield.graphsync.model.PersonKey;
import app.contactshield.graphsync.policy.EffectiveSettings;
import app.contactshield.graphsync.policy.PolicyKey;
import app.contactshield.graphsync.policy.ProblemReport;
import app.contactshield.graphsync.store.StoreException;
import app.contactshield.graphsync.store.StoreFiles;
import app.contactshield.graphsync.sync.SyncException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CountDownLatch;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The app's way in. Without a tenant in the policy or {@code settings.json} it opens demo mode at once, labelled
 * "Demo", with "Connect your organisation" leading to the sign-in screen's first-run form (whose "Try with demo
 * data" leads back). With a tenant it signs in silently when the token cache holds an account, else shows the
 * sign-in screen; once signed in it opens the encrypted store of the data directory and the main window on the real
 * parts. JavaFX thread, except where it says otherwise; stores and contexts are built on a shell thread.
 */
public final class AppShell implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(AppShell.class);

    /**
     * What the shell runs on.
     *
     * @param signIn    the sign-in backend
     * @param graph     where Graph is
     * @param phones    opens the phone link
     * @param prompt    asks for the store's passphrase or PIN, or {@code null} for the app's dialog
     * @param local     the user's phone name and vacation mode
     * @param contexts  makes the composition root for parts (off the JavaFX thread)
     * @param clipboard puts text on the clipboard
     * @param opener    opens links
     * @param clock     the time source
     * @param osPrefersDark whether the OS prefers a dark theme, for the theme setting {@code system}
     */
    public record Backends(SignInService signIn, GraphAccess graph, PhoneLinkFactory phones,
            KeyVaults.SecretPrompt prompt, UserSettings local, Function<AppContext.Parts, AppContext> contexts,
            Consumer<String> clipboard, LinkOpener opener, Clock clock, boolean osPrefersDark) {

        /** Backends on an OS that prefers a light theme. */
        public Backends(SignInService signIn, GraphAccess graph, PhoneLinkFactory phones,
                KeyVaults.SecretPrompt prompt, UserSettings local, Function<AppContext.Parts, AppContext> contexts,
                Consumer<String> clipboard, LinkOpener opener, Clock clock) {
            this(signIn, graph, phones, prompt, local, contexts, clipboard, opener, clock, false);
        }
    }

    private final LaunchOptions options;
    private final Backends backends;
    private final Messages messages;
    private final CallsText text;
    private volatile EffectiveSettings settings;
    private Stage stage;
    private AppContext context;
    private SignInViewModel signInModel;
    /** The favourites of the last demo session, until one ran; then read from the data directory. */
    private List<PersonKey> demoFavourites;
    private volatile CompletableFuture<StoreSession> earlyStore;
    private volatile CompletableFuture<Optional<SignInResult>> earlyResume;
    private volatile Path setAsideStore;
    /** The number the main window searches when it shows: the start's link's, or a later start's. */
    private String numberToSearch;
    private final CountDownLatch started = new CountDownLatch(1);

    /**
     * @param options  the data directory and the link the app was started with
     * @param settings the policy over the user's settings, read at start
     * @param backends what the shell runs on
     */
    public AppShell(LaunchOptions options, EffectiveSettings settings, Backends backends) {
        this.options = Objects.requireNonNull(options, "options");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.backends = Objects.requireNonNull(backends, "backends");
        Locale locale = Messages.localeFor(settings.language(), Locale.getDefault());
        this.messages = Messages.forLocale(locale);
        this.text = CallsText.forLocale(locale);
        this.numberToSearch = options.number().orElse(null);
    }

    /**
     * Makes a shell on the shell thread and, on a configured machine, starts what its first screen waits for: the
     * store opened through its key (from the key store, or unwrapped with a passphrase) and the silent sign-in. Meant
     * to run while the toolkit starts: both take about as long as the toolkit, and the main window needs them all. A
     * passphrase dialog waits until the shell has {@link #start started}.
     *
     * @param make makes the shell (reads the settings); runs on the shell thread
     */
    public static CompletableFuture<AppShell> prepare(Supplier<AppShell> make) {
        return CompletableFuture.supplyAsync(() -> {
            AppShell shell = make.get();
            shell.beginEarly();
            return shell;
        }, ShellThread.EXECUTOR);
    }

    /** On a configured machine with a data directory, opens the store and resumes the sign-in; else nothing. */
    private void beginEarly() {
        if (!settings.hasTenant() || options.dataDir().fileInTheWay().isPresent()) {
            return;
        }
        openStoreEarly();
        TenantSettings tenant = tenant();
        earlyResume = backends.signIn().resumeCached(new SignInRequest(tenant.tenantId(), tenant.clientId(), false));
    }

    /** Shows the first screen on the primary stage. */
    public void start(Stage primary) {
        this.stage = primary;
        started.countDown();
        ProblemReport problems = settings.problemReport();
        problems.shown().forEach(problem -> LOG.warn("Setting ignored: {}", problem));
        if (problems.notShown() > 0) {
            LOG.warn("{} more settings ignored, not logged", problems.notShown());
        }
        Optional<Path> fileInTheWay = options.dataDir().fileInTheWay();
        if (fileInTheWay.isPresent()) {
            LOG.error("A file stands where the data directory should be; opening nothing rather than demo data");
            refuseDataDir(messages.get("shell.dataDirIsFile", fileInTheWay.get()));
            return;
        }
        Optional<String> notCreated = options.dataDir().whyNotCreated();
        if (notCreated.isPresent()) {
            LOG.error("The data directory cannot be created ({}); opening nothing rather than demo data",
                    notCreated.get());
            refuseDataDir(messages.get("shell.dataDirNotCreated", options.dataDir(), notCreated.get()));
            return;
        }
        if (settings.hasTenant()) {
            resumeOrSignIn(tenant());
        } else {
            LOG.info("No tenant configured: opening demo mode");
            openDemo();
        }
    }

    /** Says why the data directory cannot be used, in place of any window: no demo data opens instead. */
    private void refuseDataDir(String sentence) {
        Alert alert = new Alert(Alert.AlertType.ERROR, sentence);
        alert.setHeaderText(null);
        alert.setTitle(messages.get("app.title"));
        themed(alert);
        alert.show();
    }

    /**
     * Takes the later starts of the app on this data directory: each brings the window to the front and, with a
     * {@code tel:} or {@code callto:} link, searches its number as a start with that link would. Call once the
     * shell has {@link #start started}; the starts are handled on the JavaFX thread.
     */
    public void listenTo(SecondStarts starts) {
        starts.deliverTo(link -> Platform.runLater(() -> startedAgain(link)));
    }

    /**
     * The app was started again on this data directory, with {@code link} or without one: the window comes to the
     * front (shown again when the tray hid it, de-iconified, focused) and the link's number is searched now, or
     * when the main window shows after the sign-in.
     */
    void startedAgain(Optional<String> link) {
        Optional<String> number = link.flatMap(LaunchOptions::numberOf);
        number.ifPresent(found -> numberToSearch = found);
        if (stage == null || stage.getScene() == null) {
            return;
        }
        stage.show();
        if (stage.isIconified()) {
            // Only when iconified: on Linux the toolkit marks a window iconified after any setIconified call.
            stage.setIconified(false);
        }
        stage.toFront();
        stage.requestFocus();
        if (context != null) {
            number.ifPresent(found -> context.search().queryProperty().set(found));
            context.raiseCallWindow();
        }
    }

    /** The context of the main window now, when one shows. */
    public AppContext context() {
        return context;
    }

    /** The sign-in screen's model while it shows. */
    public SignInViewModel signInModel() {
        return signInModel;
    }

    private TenantSettings tenant() {
        return new TenantSettings(settings.tenantId().orElse(""), settings.clientId().orElse(""),
                settings.isLocked(PolicyKey.TENANT_ID));
    }

    /**
     * Signs in silently behind the splash when the token cache holds an account, so that a start with one never
     * builds the sign-in screen; shows the sign-in screen when there is none or the silent sign-in fails.
     */
    private void resumeOrSignIn(TenantSettings tenant) {
        openStoreEarly();
        show(Splash.scene(messages.get("shell.opening")), messages.get("app.title"));
        CompletableFuture<Optional<SignInResult>> resuming = earlyResume;
        earlyResume = null;
        if (resuming == null) {
            resuming = backends.signIn().resumeCached(new SignInRequest(tenant.tenantId(), tenant.clientId(), false));
        }
        resuming.whenComplete((result, failure) -> Platform.runLater(() -> {
            if (failure == null && result.isPresent()) {
                signedIn(result.get());
                return;
            }
            if (failure != null) {
                LOG.warn("Signing in silently failed ({}); showing the sign-in screen",
                        failure.getClass().getSimpleName());
            }
            showSignIn(tenant);
        }));
    }

    private void showSignIn(TenantSettings tenant) {
        signInModel = new SignInViewModel(backends.signIn(), tenant, text, Platform::runLater,
                SignInViewModel.Actions.of(this::signedIn, this::openDemo, backends.clipboard(), backends.opener()));
        show(new Scene(SignInScreen.load(signInModel, text), 760, 720), messages.get("app.title"));
    }

    private void signedIn(SignInResult result) {
        if (context != null) {
            return;
        }
        rememberTenant();
        TokenProvider tokens = backends.signIn().tokens().orElse(null);
        if (tokens == null) {
            LOG.error("Signed in, but the sign-in backend gives no tokens");
            tell(messages.get("shell.storeFailed", messages.get("search.storeError")));
            return;
        }
        if (!Splash.shows(stage)) {
            show(Splash.scene(messages.get("shell.opening")), messages.get("app.title"));
        }
        RealParts.Inputs inputs = new RealParts.Inputs(options.dataDir(), settings, backends.local(), prompt(), tokens,
                backends.graph(), backends.phones(), backends.clock());
        CompletableFuture<StoreSession> opening = earlyStore;
        earlyStore = null;
        openMain(() -> {
            StoreSession session = sessionFor(opening, inputs);
            setAsideStore = session.setAsideAs().orElse(null);
            try {
                return RealParts.open(inputs, session);
            } catch (SyncException | RuntimeException e) {
                session.close();
                throw e;
            }
        }, false);
    }

    private KeyVaults.SecretPrompt prompt() {
        return backends.prompt() != null ? backends.prompt() : new FxSecretPrompt(messages, System::getenv,
                this::awaitStarted);
    }

    /** Waits until the toolkit runs the shell: a dialog asked for before then could not show. */
    private void awaitStarted() throws InterruptedException {
        started.await();
    }

    /**
     * On a configured machine whose store exists, the store opens while the toolkit starts, the splash shows and the
     * sign-in resumes: the key (from the key store, or unwrapped with a passphrase) and the encrypted file take about
     * as long as those, and the main window needs all of them. Signing in takes the store; demo mode and quitting
     * close it. The shell thread runs one task at a time, so the main window's parts, built there after it, find it
     * open.
     */
    private synchronized void openStoreEarly() {
        if (earlyStore != null || !Files.exists(StoreFiles.databaseFile(options.dataDir().path()))) {
            return;
        }
        EffectiveSettings opening = settings;
        KeyVaults.SecretPrompt prompt = prompt();
        earlyStore = CompletableFuture.supplyAsync(() -> {
            try {
                long started = System.nanoTime();
                StoreSession session = StoreSession.open(options.dataDir(), opening, prompt);
                LOG.info("Store opened in {} ms while the sign-in resumes", (System.nanoTime() - started) / 1_000_000);
                return session;
            } catch (StoreException e) {
                throw new CompletionException(e);
            }
        }, ShellThread.EXECUTOR);
    }

    /**
     * The store the early opening opened, else one opened now: when none was opened early, or that opening failed
     * (a passphrase not given, say), which this one then tells. Shell thread, after the early opening.
     */
    private static StoreSession sessionFor(CompletableFuture<StoreSession> opening, RealParts.Inputs in)
            throws StoreException {
        if (opening != null) {
            try {
                return opening.join();
            } catch (CompletionException e) {
                LOG.warn("Opening the store at start failed ({}); opening it again",
                        e.getCause().getClass().getSimpleName());
            }
        }
        return StoreSession.open(in.dir(), in.settings(), in.prompt());
    }

    /** Whether the store opened while the sign-in resumes is open and waits for the main window. */
    boolean storeOpenedEarly() {
        CompletableFuture<StoreSession> opening = earlyStore;
        return opening != null && opening.isDone() && !opening.isCompletedExceptionally();
    }

    /** Closes the store opened early when no session takes it. */
    private void closeEarlyStore() {
        CompletableFuture<StoreSession> opening = earlyStore;
        earlyStore = null;
        if (opening != null) {
            opening.thenAccept(StoreSession::close);
        }
    }

    /** A first-run sign-in keeps the tenant and client id typed into the form in {@code settings.json}. */
    private void rememberTenant() {
        if (settings.hasTenant() || signInModel == null) {
            return;
        }
        try {
            settings = settings.withUserText(PolicyKey.TENANT_ID, signInModel.tenantIdProperty().get().trim())
                    .withUserText(PolicyKey.CLIENT_ID, signInModel.clientIdProperty().get().trim());
        } catch (IOException | RuntimeException e) {
            LOG.warn("The tenant could not be saved in the settings; the next start asks again: {}", e.getMessage());
        }
    }

    private void openDemo() {
        closeEarlyStore();
        show(Splash.scene(messages.get("shell.opening")), messages.get("app.title"));
        List<PersonKey> kept = demoFavourites;
        DemoFavourites saved = new DemoFavourites(options.dataDir());
        openMain(() -> DemoParts.demo(backends.clock(), settings, backends.local(), kept != null ? kept : saved.load(),
                saved::save), !settings.hasTenant());
    }

    private void openMain(PartsSupplier parts, boolean offerConnect) {
        CompletableFuture.supplyAsync(() -> {
            try {
                return backends.contexts().apply(parts.get());
            } catch (SyncException e) {
                throw new CompletionException(e);
            }
        }, ShellThread.EXECUTOR).whenComplete((built, failure) -> Platform.runLater(() -> {
            if (failure != null) {
                LOG.error("The app could not open its contacts", failure);
                showSignIn(tenant());
                tell(messages.get("shell.storeFailed", failure.getCause() == null ? failure.getMessage()
                        : failure.getCause().getMessage()));
                return;
            }
            showMain(built, offerConnect);
        }));
    }

    private void showMain(AppContext built, boolean offerConnect) {
        context = built;
        signInModel = null;
        if (offerConnect) {
            context.offerConnect(this::connectOrganisation);
        }
        context.start();
        context.search().firstIndexComplete().thenRun(ClassDataArchive::makeLaterIfAsked);
        context.showMainWindow(stage);
        if (numberToSearch != null) {
            context.search().queryProperty().set(numberToSearch);
        }
        tellStoreSetAside();
    }

    /**
     * A store that could not be read was set aside and a new one made: the user learns it once the main window shows,
     * with the file that keeps the favourites, notes and call history of the old one.
     */
    private void tellStoreSetAside() {
        Path movedTo = setAsideStore;
        setAsideStore = null;
        if (movedTo == null) {
            return;
        }
        Alert alert = new Alert(Alert.AlertType.WARNING, messages.get("shell.storeSetAside", movedTo));
        alert.initOwner(stage);
        alert.setHeaderText(null);
        alert.setTitle(messages.get("app.title"));
        themed(alert);
        alert.show();
    }

    private void connectOrganisation() {
        closeContext();
        showSignIn(TenantSettings.none());
    }

    /** Shows the splash or the sign-in screen in the theme the settings choose, as the main window does. */
    private void show(Scene scene, String title) {
        boolean dark = dark();
        Theme.applyGlobally(dark);
        Theme.style(scene, dark);
        stage.setTitle(title);
        stage.setScene(scene);
        stage.show();
    }

    private void tell(String sentence) {
        Alert alert = new Alert(Alert.AlertType.ERROR, sentence);
        alert.initOwner(stage);
        alert.setHeaderText(null);
        alert.setTitle(messages.get("app.title"));
        themed(alert);
        alert.show();
    }

    /** Dialogs wear the app's theme (AtlantaFX and the app's style sheet), even before any window showed. */
    private void themed(Alert alert) {
        boolean dark = dark();
        Theme.applyGlobally(dark);
        Theme.style(alert.getDialogPane().getScene(), dark);
    }

    private boolean dark() {
        return Theme.isDark(settings.theme(), backends.osPrefersDark());
    }

    private void closeContext() {
        AppContext closing = context;
        context = null;
        if (closing != null) {
            keepFromSession(closing.parts());
            closing.close();
        }
    }

    /** What the user changed in a session stays for the next one: settings saved, demo favourites. */
    private void keepFromSession(AppContext.Parts parts) {
        if (parts.settings() instanceof PolicySettingsModel managed) {
            settings = managed.effective();
        }
        if (parts.demo()) {
            try {
                demoFavourites = parts.store().orderedFavourites();
            } catch (StoreException e) {
                LOG.warn("The demo favourites could not be kept for the next demo session", e);
            }
        }
    }

    /** Closes the main window's context (store, sync, presence, phone). */
    @Override
    public void close() {
        closeEarlyStore();
        closeContext();
    }

    /** Builds parts; may block and fail. */
    @FunctionalInterface
    private interface PartsSupplier {
        AppContext.Parts get() throws SyncException;
    }
}
