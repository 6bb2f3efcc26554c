package app.contactshield.desktop.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import app.contactshield.desktop.instance.InstanceSocket;
import app.contactshield.desktop.instance.RunningInstance;
import app.contactshield.desktop.ui.AppContext;
import app.contactshield.desktop.ui.UiFixture;
import app.contactshield.graphsync.home.DataDirectory;
import java.nio.file.Path;
import java.util.Optional;
import javafx.application.Platform;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A later start of the app on the same data directory reaches the running window through the instance socket: the
 * window comes to the front and the link's number is searched, as a start with that link searches it.
 */
@ExtendWith(ApplicationExtension.class)
class SecondStartShellTest {
    private static final String LINK = "tel:+49-89-7104-215";
    private static final String NUMBER = "+49-89-7104-215";

    @TempDir
    Path dir;

    private Stage stage;
    private AppShell shell;
    private InstanceSocket socket;

    @Start
    void start(Stage primary) {
        stage = primary;
    }

    @AfterEach
    void closeShell(FxRobot robot) {
        if (socket != null) {
            socket.close();
        }
        if (shell != null) {
            robot.interact(() -> {
                shell.close();
                UiFixture.hideOtherWindows(stage);
                stage.show();
            });
        }
    }

    /** Starts the shell as the app does: the instance socket claimed first, its starts taken once the shell runs. */
    private void startShell(FxRobot robot, AppShell toStart) {
        socket = ((InstanceSocket.Owned) InstanceSocket.claim(new DataDirectory(dir), Optional.empty())).socket();
        shell = toStart;
        robot.interact(() -> {
            UiFixture.hideOtherWindows(stage);
            shell.start(stage);
            shell.listenTo(socket);
        });
    }

    private AppContext awaitMainWindow() throws Exception {
        UiFixture.await(() -> shell.context() != null && !shell.context().search().loadingProperty().get());
        return shell.context();
    }

    private void startAgain(Optional<String> link) {
        assertThat(RunningInstance.handOver(new DataDirectory(dir), link)).isEqualTo(RunningInstance.Answer.TOOK_IT);
    }

    @Test
    void aLinkFromASecondStartIsSearchedInTheRunningWindow(FxRobot robot) throws Exception {
        startShell(robot, new ShellFixture(dir).shell(null, null));
        AppContext context = awaitMainWindow();

        startAgain(Optional.of(LINK));

        UiFixture.await(() -> NUMBER.equals(context.search().queryProperty().get()));
        UiFixture.await(() -> !context.search().rows().isEmpty());
        assertThat(robot.lookup("#searchField").queryAs(TextField.class).getText()).isEqualTo(NUMBER);
        assertThat(stage.isShowing()).isTrue();
        assertThat(stage.isIconified()).as("an open window is not iconified by being brought forward").isFalse();
        UiFixture.screenshot(stage.getScene(), "shell-second-start-link-light");
    }

    @Test
    void aSecondStartWithoutALinkShowsTheWindowTheTrayHidAndKeepsTheSearch(FxRobot robot) throws Exception {
        startShell(robot, new ShellFixture(dir).shell(null, null));
        AppContext context = awaitMainWindow();
        boolean implicitExit = Platform.isImplicitExit();
        robot.interact(() -> {
            context.search().queryProperty().set("Weber");
            Platform.setImplicitExit(false);
            stage.hide();
        });

        try {
            startAgain(Optional.empty());

            UiFixture.await(stage::isShowing);
        } finally {
            robot.interact(() -> Platform.setImplicitExit(implicitExit));
        }
        assertThat(context.search().queryProperty().get()).isEqualTo("Weber");
    }

    @Test
    void aLinkHandedOverWhileTheSignInShowsIsSearchedOnceTheMainWindowShows(FxRobot robot) throws Exception {
        ShellFixture fixture = new ShellFixture(dir).userSettings(AppShellTest.TENANT_JSON);
        startShell(robot, fixture.shell(null, null));
        UiFixture.await(() -> robot.lookup("#signIn").tryQuery().isPresent());

        startAgain(Optional.of(LINK));
        robot.clickOn("#signIn");

        AppContext real = awaitMainWindow();
        assertThat(real.parts().demo()).isFalse();
        assertThat(real.search().queryProperty().get()).isEqualTo(NUMBER);
    }

    @Test
    void aLinkWithoutANumberOnlyBringsTheWindowForward(FxRobot robot) throws Exception {
        startShell(robot, new ShellFixture(dir).shell(null, null));
        AppContext context = awaitMainWindow();
        robot.interact(() -> context.search().queryProperty().set("Weber"));

        startAgain(Optional.of("tel:skype-name"));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(stage.isShowing()).isTrue();
        assertThat(context.search().queryProperty().get()).isEqualTo("Weber");
    }
}
