package app.contactshield.desktop.ui;

import java.util.Objects;
import java.util.function.Consumer;
import javafx.application.Application;
import javafx.stage.Stage;

/**
 * The JavaFX application. {@link #launchApp(String[])} starts demo mode; {@link #launchApp(String[], Factory)}
 * starts the app on whatever parts the factory wires (the real store, sync, phone and presence). The context is
 * created in {@link #init()} on the launcher thread, the window shown on the JavaFX thread, and the context closed
 * in {@link #stop()}.
 */
public final class DesktopApplication extends Application {
    private static volatile Factory factory = AppContext::demo;

    private AppContext context;

    /** Makes the composition root once the toolkit's host services exist. */
    @FunctionalInterface
    public interface Factory {
        /**
         * @param showDocument the application's {@code HostServices::showDocument}, for opening links
         * @return the context the window runs on
         */
        AppContext create(Consumer<String> showDocument);
    }

    /** Starts the app in demo mode and returns when its last window closes. */
    public static void launchApp(String[] args) {
        launchApp(args, AppContext::demo);
    }

    /** Starts the app on the parts the factory wires and returns when its last window closes. */
    public static void launchApp(String[] args, Factory contextFactory) {
        factory = Objects.requireNonNull(contextFactory, "contextFactory");
        Application.launch(DesktopApplication.class, args);
    }

    @Override
    public void init() {
        context = factory.create(getHostServices()::showDocument);
    }

    @Override
    public void start(Stage stage) {
        context.start();
        context.showMainWindow(stage);
    }

    @Override
    public void stop() {
        context.close();
    }
}
