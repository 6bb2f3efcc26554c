package app.contactshield.desktop.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import app.contactshield.desktop.ui.UiFixture;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.control.DialogPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * A data directory that is a file, or one that cannot be created, is named in an error, never replaced by demo data
 * without a word.
 */
@ExtendWith(ApplicationExtension.class)
class DataDirIsFileTest {
    @TempDir
    Path temp;

    private Stage stage;
    private AppShell shell;

    @Start
    void start(Stage primary) {
        stage = primary;
    }

    @AfterEach
    void closeShell(FxRobot robot) {
        robot.interact(() -> {
            if (shell != null) {
                shell.close();
            }
            Window.getWindows().stream().filter(w -> w != stage).toList().forEach(Window::hide);
        });
    }

    @Test
    void aFileGivenAsTheDataDirectoryIsNamedInAnErrorAndNoDemoDataOpens(FxRobot robot) throws Exception {
        Path file = Files.writeString(temp.resolve("contacts.csv"), "not a folder");
        shell = new ShellFixture(file).shell(null, null);

        robot.interact(() -> shell.start(stage));
        UiFixture.await(() -> robot.lookup(".dialog-pane").tryQuery().isPresent());

        DialogPane error = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        assertThat(error.getContentText()).contains(file.toString(), "is a file, not a folder", "--data-dir");
        assertThat(shell.context()).isNull();
        assertThat(robot.lookup("#demoBadge").tryQuery()).isEmpty();
        assertThat(Files.readString(file)).isEqualTo("not a folder");
    }

    @Test
    void aDataDirectoryUnderAHomeWhereNothingCanBeCreatedIsNamedInAnErrorAndNoDemoDataOpens(FxRobot robot)
            throws Exception {
        assumeTrue(Files.isDirectory(Path.of("/proc/self")), "a /proc file system, where no folder can be made");
        Path dir = Path.of("/proc/no-home/.local/share/contact-shield");
        shell = new ShellFixture(dir).shell(null, null);

        robot.interact(() -> shell.start(stage));
        UiFixture.await(() -> robot.lookup(".dialog-pane").tryQuery().isPresent());

        DialogPane error = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        assertThat(error.getContentText()).contains(dir.toString(), "cannot be created", "/proc/no-home",
                "--data-dir");
        assertThat(shell.context()).isNull();
        assertThat(robot.lookup("#demoBadge").tryQuery()).isEmpty();
    }
}
