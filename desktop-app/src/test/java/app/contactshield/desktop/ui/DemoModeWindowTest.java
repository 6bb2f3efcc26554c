package app.contactshield.desktop.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import app.contactshield.callerid.demo.DemoPhoneLink;
import app.contactshield.desktop.links.CapturingLinkOpener;
import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.application.ConditionalFeature;
import javafx.application.Platform;
import javafx.geometry.Bounds;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.stage.Popup;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;
import org.testfx.util.WaitForAsyncUtils;

/** Demo mode: the demo tenant syncs into the window, with the simulated phone labelled "Demo". */
@ExtendWith(ApplicationExtension.class)
class DemoModeWindowTest {
    private AppContext context;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        UiFixture.hideOtherWindows(stage);
        context = new AppContext(DemoParts.demo(Clock.systemUTC()), new CapturingLinkOpener(),
                WorkerThreads.create("demo-test-worker", 2), Platform::runLater, Clock.systemUTC(), Locale.ENGLISH,
                false);
        context.start();
        context.showMainWindow(stage);
        stage.setWidth(1180);
        stage.setHeight(760);
    }

    @Stop
    void stop() {
        context.close();
    }

    @Test
    void showsTheSyncedDemoTenantWithTheDemoPhone(FxRobot robot) throws Exception {
        UiFixture.await(() -> context.search().totalProperty().get() > 1_000
                && !context.status().syncingProperty().get()
                && context.status().lastSyncTextProperty().get().startsWith("Synced"));

        robot.clickOn("#searchField").write("mül");
        UiFixture.await(() -> !context.search().rows().isEmpty());
        robot.type(KeyCode.DOWN);
        UiFixture.await(() -> !context.detail().nameProperty().get().isEmpty());

        assertThat(context.status().demoPhoneProperty().get()).isTrue();
        assertThat(context.status().phoneTextProperty().get()).contains("Demo");
        UiFixture.screenshot(robot.window(0).getScene(), "demo-mode-light");
    }

    @Test
    void anIncomingCallSitsInTheScreenCornerAboveTheStatusBarWithoutAFrame(FxRobot robot) throws Exception {
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        robot.interact(() -> {
            stage.setX(screen.getMaxX() - stage.getWidth());
            stage.setY(screen.getMaxY() - stage.getHeight());
        });
        UiFixture.await(() -> context.search().totalProperty().get() > 1_000);

        ((DemoPhoneLink) context.parts().phone()).ringNow();

        UiFixture.await(() -> callPopup().isPresent());
        Window popup = callPopup().orElseThrow();
        Node bar = stage.getScene().lookup("#statusBar");
        Bounds barOnScreen = bar.localToScreen(bar.getBoundsInLocal());
        Rectangle2D call = new Rectangle2D(popup.getX(), popup.getY(), popup.getWidth(), popup.getHeight());
        assertThat(call.intersects(barOnScreen.getMinX(), barOnScreen.getMinY(), barOnScreen.getWidth(),
                barOnScreen.getHeight())).as("the call covers the status bar").isFalse();
        assertThat(call.getMaxX()).isBetween(screen.getMaxX() - 40, screen.getMaxX());
        assertThat(call.getMinY()).isGreaterThanOrEqualTo(screen.getMinY());
        Node content = popup.getScene().getRoot().lookup(".call-window");
        boolean seeThrough = WaitForAsyncUtils.asyncFx(() -> Platform.isSupported(
                ConditionalFeature.TRANSPARENT_WINDOW)).get(10, TimeUnit.SECONDS);
        if (!seeThrough) {
            assertThat(popup.getWidth()).as("no frame beside the call")
                    .isCloseTo(content.getLayoutBounds().getWidth(), within(1.0));
            assertThat(popup.getHeight()).as("no frame below the call")
                    .isCloseTo(content.getLayoutBounds().getHeight(), within(1.0));
        }
    }

    private static Optional<Window> callPopup() {
        return Window.getWindows().stream().filter(w -> w instanceof Popup && w.isShowing()
                && w.getScene().getRoot().lookup(".call-window") != null).findFirst();
    }
}
