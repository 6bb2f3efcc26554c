package app.contactshield.desktop.ui;

import app.contactshield.desktop.links.CapturingLinkOpener;
import app.contactshield.desktop.links.TeamsLinks;
import app.contactshield.desktop.ui.presence.StaticPresenceFeed;
import app.contactshield.desktop.ui.sample.InMemoryContactStore;
import app.contactshield.desktop.ui.sample.SamplePhoneLink;
import app.contactshield.desktop.ui.settings.SettingKey;
import app.contactshield.desktop.ui.settings.UserSettings;
import app.contactshield.desktop.ui.status.ManualSyncStatusFeed;
import app.contactshield.graphsync.model.Person;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javafx.stage.Window;
import javax.imageio.ImageIO;
import org.testfx.util.WaitForAsyncUtils;

/** Starts the real main window on test parts and captures what it opens; saves screenshots. */
public final class UiFixture {
    /** Where screenshots go, under the module's build directory. */
    public static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private final CapturingLinkOpener links = new CapturingLinkOpener();
    private final InMemoryContactStore store;
    private final StaticPresenceFeed presence;
    private final UserSettings settings;
    private final ManualSyncStatusFeed sync;
    private final SamplePhoneLink phone = SamplePhoneLink.demo();
    private AppContext context;

    /**
     * @param people   who is in the store
     * @param presence their presence
     * @param locked   settings the policy fixes
     */
    public UiFixture(List<Person> people, StaticPresenceFeed presence, Map<SettingKey, String> locked) {
        this.store = InMemoryContactStore.of(people);
        this.presence = presence;
        this.settings = new UserSettings(locked, null);
        this.sync = new ManualSyncStatusFeed(Clock.systemUTC().instant().minus(Duration.ofMinutes(4)));
    }

    /** Shows the main window on {@code stage}; call on the JavaFX thread, then {@link #awaitIndex()} off it. */
    public AppContext show(Stage stage, Locale locale) {
        hideOtherWindows(stage);
        AppContext.Parts parts = new AppContext.Parts(store, phone, presence, settings, sync, true,
                List.of());
        context = new AppContext(parts, links, WorkerThreads.create("test-worker", 2), Platform::runLater,
                Clock.systemUTC(), locale, false);
        context.useTeamsLinks(new TeamsLinks(false));
        context.start();
        context.showMainWindow(stage);
        stage.setWidth(1180);
        stage.setHeight(760);
        return context;
    }

    /**
     * Hides windows that earlier test classes in the same JVM left open (an always-on-top call window would take
     * the robot's clicks). Call on the JavaFX thread.
     */
    public static void hideOtherWindows(Stage stage) {
        new ArrayList<>(Window.getWindows()).stream().filter(window -> window != stage).forEach(Window::hide);
    }

    /** Waits until the first search index is in use. */
    public void awaitIndex() throws TimeoutException {
        await(() -> !context.search().loadingProperty().get());
    }

    /** Waits up to ten seconds for a condition that the JavaFX thread makes true. */
    public static void await(BooleanSupplier condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> {
            WaitForAsyncUtils.waitForFxEvents();
            return condition.getAsBoolean();
        });
    }

    /** Saves a PNG of a scene under {@link #SCREENSHOTS}. */
    public static Path screenshot(Scene scene, String name) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        WritableImage image = WaitForAsyncUtils.asyncFx(() -> scene.snapshot(null)).get(10, TimeUnit.SECONDS);
        BufferedImage buffered = SwingFXUtils.fromFXImage(image, null);
        Files.createDirectories(SCREENSHOTS);
        Path file = SCREENSHOTS.resolve(name + ".png");
        if (!ImageIO.write(buffered, "png", file.toFile())) {
            throw new IOException("No PNG writer for " + file);
        }
        return file;
    }

    public CapturingLinkOpener links() {
        return links;
    }

    public UserSettings settings() {
        return settings;
    }

    public ManualSyncStatusFeed sync() {
        return sync;
    }

    public SamplePhoneLink phone() {
        return phone;
    }

    /** Closes the context (workers, store, phone). */
    public void close() {
        if (context != null) {
            context.close();
        }
    }
}
