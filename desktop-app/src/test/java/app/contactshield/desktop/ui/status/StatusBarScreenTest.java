package app.contactshield.desktop.ui.status;

import static org.assertj.core.api.Assertions.assertThat;

import app.contactshield.desktop.TestPeople;
import app.contactshield.desktop.ui.UiFixture;
import app.contactshield.desktop.ui.presence.StaticPresenceFeed;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;

/** After a failed sync the status bar says why, when the last good one was, and offers to try again. */
@ExtendWith(ApplicationExtension.class)
class StatusBarScreenTest {
    private UiFixture fixture;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        fixture = new UiFixture(TestPeople.directory(), new StaticPresenceFeed(), Map.of());
        fixture.show(stage, Locale.ENGLISH);
    }

    @BeforeEach
    void awaitIndex() throws Exception {
        fixture.awaitIndex();
    }

    @Stop
    void stop() {
        fixture.close();
    }

    @Test
    void aFailedSyncShowsTheReasonTheLastGoodSyncAndARetryThatSyncsAgain(FxRobot robot) throws Exception {
        AtomicInteger retries = new AtomicInteger();
        fixture.sync().onRetry(retries::incrementAndGet);
        Hyperlink retry = robot.lookup("#retryLink").queryAs(Hyperlink.class);
        boolean retryShownBefore = retry.isVisible();

        fixture.sync().fail(Instant.now(), "sync.error.pageFailed");
        UiFixture.await(retry::isVisible);
        Label lastSync = robot.lookup("#lastSync").queryAs(Label.class);
        UiFixture.screenshot(stage.getScene(), "status-bar-sync-failed");
        robot.clickOn(retry);
        fixture.sync().complete(Instant.now());
        UiFixture.await(() -> !retry.isVisible());

        assertThat(retryShownBefore).isFalse();
        assertThat(retries).hasValue(1);
        assertThat(lastSync.getText()).isEqualTo("Synced just now");
        assertThat(robot.lookup("#phoneText").queryAs(Label.class).getText()).isEqualTo("Pixel 8 (simulated)");
    }
}
