package app.contactshield.desktop.ui;

import app.contactshield.desktop.ui.shell.AppShell;
import app.contactshield.desktop.ui.shell.LaunchOptions;
import app.contactshield.desktop.ui.shell.MachineShell;
import java.util.Objects;
import javafx.application.Application;
import javafx.stage.Stage;

/**
 * The JavaFX application. The shell is wired in {@link #init()} on the launcher thread (it reads the policy and the
 * settings of the data directory), shows its first screen on the JavaFX thread and is closed in {@link #stop()}.
 */
public final class DesktopApplication extends Application {
    private static volatile LaunchOptions launchOptions;

    private AppShell shell;

    /** Starts the app with these options and returns when it quits. */
    public static void launchApp(LaunchOptions options, String[] args) {
        launchOptions = Objects.requireNonNull(options, "options");
        Application.launch(DesktopApplication.class, args);
    }

    @Override
    public void init() {
        shell = MachineShell.create(launchOptions, getHostServices()::showDocument);
    }

    @Override
    public void start(Stage stage) {
        shell.start(stage);
    }

    @Override
    public void stop() {
        shell.close();
    }
}
