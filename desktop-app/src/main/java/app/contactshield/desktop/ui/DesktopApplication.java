package app.contactshield.desktop.ui;

import app.contactshield.desktop.instance.SecondStarts;
import app.contactshield.desktop.ui.shell.AppShell;
import app.contactshield.desktop.ui.shell.LaunchOptions;
import app.contactshield.desktop.ui.shell.MachineShell;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Consumer;
import javafx.application.Application;
import javafx.application.HostServices;
import javafx.stage.Stage;

/**
 * The JavaFX application. The shell is wired while the toolkit starts, on the shell's own thread (it reads the policy
 * and the settings of the data directory), and on a configured machine that thread goes on to open the store
 * ({@link AppShell#prepare}); {@link #init()} waits for the wiring only. The shell shows its first screen on the
 * JavaFX thread, then takes the later starts on the same data directory, and is closed in {@link #stop()}.
 */
public final class DesktopApplication extends Application {
    private static volatile CompletableFuture<AppShell> preparing;
    private static volatile HostServices hostServices;
    private static volatile SecondStarts secondStarts = SecondStarts.NONE;

    private AppShell shell;

    /** Makes the app's shell for the launch options; {@code showDocument} opens a link once the app runs. */
    @FunctionalInterface
    public interface Shells {
        /** The shell, made off the JavaFX thread before the toolkit is up. */
        AppShell make(LaunchOptions options, Consumer<String> showDocument);
    }

    /** Starts the app with these options and this machine's sign-in, Graph and links; returns when it quits. */
    public static void launchApp(LaunchOptions options, String[] args) {
        launchApp(options, MachineShell::create, args);
    }

    /** Starts the app on the shell {@code shells} makes for these options and returns when it quits. */
    public static void launchApp(LaunchOptions options, Shells shells, String[] args) {
        launchApp(options, shells, SecondStarts.NONE, args);
    }

    /**
     * Starts the app on the shell {@code shells} makes for these options, hands it the later starts on its data
     * directory once its first screen shows, and returns when it quits.
     */
    public static void launchApp(LaunchOptions options, Shells shells, SecondStarts starts, String[] args) {
        Objects.requireNonNull(options, "options");
        Objects.requireNonNull(shells, "shells");
        secondStarts = Objects.requireNonNull(starts, "starts");
        preparing = AppShell.prepare(() -> shells.make(options, DesktopApplication::showDocument));
        Application.launch(DesktopApplication.class, args);
    }

    private static void showDocument(String uri) {
        HostServices services = hostServices;
        if (services != null) {
            services.showDocument(uri);
        }
    }

    @Override
    public void init() {
        hostServices = getHostServices();
        try {
            shell = preparing.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            if (e.getCause() instanceof Error cause) {
                throw cause;
            }
            throw e;
        }
    }

    @Override
    public void start(Stage stage) {
        shell.start(stage);
        shell.listenTo(secondStarts);
    }

    @Override
    public void stop() {
        shell.close();
    }
}
