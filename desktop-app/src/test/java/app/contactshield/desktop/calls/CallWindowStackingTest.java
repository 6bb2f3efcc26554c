package app.contactshield.desktop.calls;

import static org.assertj.core.api.Assertions.assertThat;

import app.contactshield.callerid.link.CallState;
import app.contactshield.callerid.link.PhoneCall;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The call window stays above the app's main window on an X server without a window manager (Xvfb), where nobody
 * keeps "always on top" windows above the others: what the screen shows in the call window's corner is read back.
 */
@ExtendWith(ApplicationExtension.class)
class CallWindowStackingTest {
    private static final Color MAIN = Color.web("#ff00ff");

    private final FakePhoneLink link = new FakePhoneLink("Demo");
    private final ExecutorService background = Executors.newSingleThreadExecutor();
    private IncomingCallWindow window;
    private Stage main;

    @Start
    void start(Stage stage) {
        main = stage;
        Rectangle2D screen = Screen.getPrimary().getBounds();
        StackPane fill = new StackPane();
        fill.setStyle("-fx-background-color: #ff00ff;");
        stage.setScene(new Scene(fill, screen.getWidth(), screen.getHeight()));
        stage.setX(0);
        stage.setY(0);
        stage.show();
        CallServices services = new CallServices(link, new InMemoryContactStore(), PresenceLookup.NONE,
                (query, limit) -> List.of(), uri -> { }, background, Platform::runLater,
                CallsText.forLocale(Locale.ENGLISH), "DE", Clock.systemUTC());
        window = IncomingCallWindow.create(services, List.of());
        window.attach(link, call -> TestPeople.ada());
    }

    @AfterEach
    void stop() throws Exception {
        background.shutdownNow();
        FxToolkit.cleanupStages();
    }

    private boolean callWindowVisibleOnScreen(FxRobot robot) {
        try {
            WaitForAsyncUtils.waitFor(3, TimeUnit.SECONDS, () -> shownOnScreen(robot));
            return true;
        } catch (TimeoutException e) {
            return false;
        }
    }

    private boolean shownOnScreen(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        Window shown = window.window();
        Rectangle2D centre = new Rectangle2D(shown.getX() + shown.getWidth() / 2 - 2,
                shown.getY() + shown.getHeight() / 2 - 2, 4, 4);
        Image captured = robot.capture(centre).getImage();
        Color pixel = captured.getPixelReader().getColor(2, 2);
        return !pixel.equals(MAIN);
    }

    @Test
    void aRingingCallStaysAboveTheMainWindowBroughtToTheFront(FxRobot robot) {
        link.raise(new PhoneCall("1", TestPeople.ADA_NUMBER, CallState.INCOMING, false));
        boolean whenRinging = callWindowVisibleOnScreen(robot);

        robot.interact(() -> {
            main.toFront();
            window.raise();
        });
        boolean afterToFront = callWindowVisibleOnScreen(robot);
        robot.clickOn(10, 10);
        boolean afterClick = callWindowVisibleOnScreen(robot);

        assertThat(whenRinging).as("when ringing").isTrue();
        assertThat(afterToFront).as("after the main window was brought to the front (as the tray does)").isTrue();
        assertThat(afterClick).as("after a click into the main window").isTrue();
    }

    @Test
    void aDialogOpenedDuringACallDoesNotCoverIt(FxRobot robot) {
        link.raise(new PhoneCall("1", TestPeople.ADA_NUMBER, CallState.INCOMING, false));
        boolean whenRinging = callWindowVisibleOnScreen(robot);

        robot.interact(() -> {
            Stage dialog = new Stage();
            dialog.initOwner(main);
            StackPane fill = new StackPane();
            fill.setStyle("-fx-background-color: #ff00ff;");
            Rectangle2D screen = Screen.getPrimary().getBounds();
            dialog.setScene(new Scene(fill, screen.getWidth(), screen.getHeight()));
            dialog.setX(0);
            dialog.setY(0);
            dialog.show();
        });

        assertThat(whenRinging).as("when ringing").isTrue();
        assertThat(callWindowVisibleOnScreen(robot)).as("after a dialog opened over the main window").isTrue();
    }

    @Test
    void aCallRingingWhileTheMainWindowIsShownAgainStaysOnTop(FxRobot robot) {
        robot.interact(() -> {
            main.hide();
            main.show();
        });
        link.raise(new PhoneCall("1", TestPeople.ADA_NUMBER, CallState.INCOMING, false));
        boolean whenRinging = callWindowVisibleOnScreen(robot);
        robot.interact(() -> {
            main.hide();
            main.show();
        });

        assertThat(whenRinging).as("when ringing").isTrue();
        assertThat(callWindowVisibleOnScreen(robot)).as("after the main window was shown again").isTrue();
    }
}
