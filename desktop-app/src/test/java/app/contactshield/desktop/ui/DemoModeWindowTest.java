package app.contactshield.desktop.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.contactshield.desktop.links.CapturingLinkOpener;
import java.time.Clock;
import java.util.Locale;
import javafx.application.Platform;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;

/** Demo mode: the demo tenant syncs into the window, with the simulated phone labelled "Demo". */
@ExtendWith(ApplicationExtension.class)
class DemoModeWindowTest {
    private AppContext context;

    @Start
    void start(Stage stage) {
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
}
