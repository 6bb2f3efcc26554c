package app.contactshield.desktop.ui.shell;

import app.contactshield.desktop.cli.TenantSync;
import app.contactshield.desktop.links.DesktopLinkOpener;
import app.contactshield.desktop.links.TeamsClientDetector;
import app.contactshield.desktop.links.TeamsLinks;
import app.contactshield.desktop.signin.MsalSignInService;
import app.contactshield.desktop.ui.AppContext;
import app.contactshield.desktop.ui.ThemeDetector;
import app.contactshield.desktop.ui.WorkerThreads;
import app.contactshield.desktop.ui.settings.UserSettings;
import app.contactshield.graphsync.auth.TokenCaches;
import app.contactshield.graphsync.policy.EffectiveSettings;
import java.time.Clock;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.function.Consumer;
import java.util.prefs.Preferences;
import javafx.application.Platform;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;

/** The shell wired for this machine: MSAL sign-in, Microsoft Graph, the OS's links, theme and clipboard. */
public final class MachineShell {
    private static final String PREFERENCES_NODE = "/app/contactshield/desktop";

    private MachineShell() {
    }

    /**
     * Reads the policy and the settings of the data directory and wires the shell. Runs OS queries: call it off
     * the JavaFX thread.
     *
     * @param options      the data directory and the link the app was started with
     * @param showDocument the application's {@code HostServices::showDocument}
     */
    public static AppShell create(LaunchOptions options, Consumer<String> showDocument) {
        EffectiveSettings settings = EffectiveSettings.load(options.dataDir().path());
        ExecutorService signIns = WorkerThreads.create("contactshield-signin", 1);
        MsalSignInService signIn = new MsalSignInService(new TokenCaches(),
                options.dataDir().resolveFile(TenantSync.TOKEN_DIR), TenantSync.scopes(settings), signIns);
        UserSettings local = new UserSettings(Map.of(), Preferences.userRoot().node(PREFERENCES_NODE));
        boolean osPrefersDark = ThemeDetector.forThisMachine().prefersDark();
        return new AppShell(options, settings, new AppShell.Backends(signIn, GraphAccess.production(),
                PhoneLinkFactory.machine(), null, local, parts -> forThisMachine(parts, showDocument, osPrefersDark),
                MachineShell::copy, new DesktopLinkOpener(showDocument, signIns), Clock.systemDefaultZone(),
                osPrefersDark));
    }

    /**
     * The context for this machine with the given parts: links through the OS, two worker threads, the OS locale
     * and theme. Runs an OS query: call it off the JavaFX thread.
     */
    public static AppContext forThisMachine(AppContext.Parts parts, Consumer<String> showDocument) {
        return forThisMachine(parts, showDocument, ThemeDetector.forThisMachine().prefersDark());
    }

    /** The context for this machine with the given parts, on an OS whose theme preference is known already. */
    static AppContext forThisMachine(AppContext.Parts parts, Consumer<String> showDocument, boolean osPrefersDark) {
        ExecutorService workers = WorkerThreads.create("contactshield-worker", 2);
        AppContext context = new AppContext(parts, new DesktopLinkOpener(showDocument, workers), workers,
                Platform::runLater, Clock.systemDefaultZone(), Locale.getDefault(), osPrefersDark);
        workers.execute(() -> context.useTeamsLinks(new TeamsLinks(
                TeamsClientDetector.forThisMachine().clientInstalled())));
        return context;
    }

    private static void copy(String text) {
        ClipboardContent content = new ClipboardContent();
        content.putString(text);
        Clipboard.getSystemClipboard().setContent(content);
    }
}
