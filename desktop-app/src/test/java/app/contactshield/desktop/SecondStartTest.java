package app.contactshield.desktop;

import static org.assertj.core.api.Assertions.assertThat;

import app.contactshield.desktop.instance.InstanceSocket;
import app.contactshield.desktop.ui.DesktopApplication;
import app.contactshield.graphsync.home.DataDirectory;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.IntSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A start of the desktop app on a data directory where it already runs hands its link over and exits, as a user's
 * click on a {@code tel:} link does; this test holds the running instance's socket.
 */
class SecondStartTest {
    private static final String LINK = "tel:+49897104201";
    private static final DesktopApplication.Shells NO_APP = (options, showDocument) -> {
        throw new AssertionError("a second start must not start the app");
    };

    @TempDir
    Path dir;

    private InstanceSocket running;
    private final List<Optional<String>> received = new CopyOnWriteArrayList<>();

    @BeforeEach
    void runTheApp() {
        InstanceSocket.Claim claim = InstanceSocket.claim(new DataDirectory(dir), Optional.empty());
        running = ((InstanceSocket.Owned) claim).socket();
        running.deliverTo(received::add);
    }

    @AfterEach
    void endTheApp() {
        running.close();
    }

    @Test
    void aSecondStartWithALinkHandsItOverAndExitsWithZeroWithoutStartingTheApp() {
        ByteArrayOutputStream printed = new ByteArrayOutputStream();

        int status = printingTo(printed, () -> Main.start(NO_APP, "--data-dir", dir.toString(), LINK));

        assertThat(status).isZero();
        assertThat(received).containsExactly(Optional.of(LINK));
        assertThat(printed.toString(StandardCharsets.UTF_8)).contains("already runs").doesNotContain("7104");
    }

    @Test
    void aSecondStartWithoutALinkBringsTheRunningAppForward() {
        int status = Main.start(NO_APP, "--data-dir=" + dir);

        assertThat(status).isZero();
        assertThat(received).containsExactly(Optional.empty());
    }

    @Test
    void aSecondStartAsTheOsRunsItIsAProcessThatHandsOverAndEndsQuickly() throws Exception {
        Process second = start(dir, LINK);

        boolean ended = second.waitFor(60, TimeUnit.SECONDS);

        assertThat(ended).isTrue();
        assertThat(second.exitValue()).as(new String(second.getErrorStream().readAllBytes(), StandardCharsets.UTF_8))
                .isZero();
        assertThat(received).containsExactly(Optional.of(LINK));
    }

    @Test
    void aStartOnAnotherDataDirectoryStartsItsOwnApp(@TempDir Path other) throws Exception {
        Process elsewhere = start(other, LINK);

        boolean ended = elsewhere.waitFor(60, TimeUnit.SECONDS);
        String err = new String(elsewhere.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);

        assertThat(ended).isTrue();
        assertThat(err).as("it went on to open its own window, which needs a display").contains("No display");
        assertThat(received).isEmpty();
    }

    @Test
    void headlessCommandsRunAsBeforeBesideTheRunningApp() {
        ByteArrayOutputStream printed = new ByteArrayOutputStream();

        int status = printingTo(printed, () -> Main.start(NO_APP, "--data-dir", dir.toString(), "doctor"));

        assertThat(status).isZero();
        assertThat(printed.toString(StandardCharsets.UTF_8)).contains("Data directory:", dir.toString());
        assertThat(received).isEmpty();
    }

    private static int printingTo(ByteArrayOutputStream printed, IntSupplier command) {
        PrintStream out = System.out;
        try {
            System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
            return command.getAsInt();
        } finally {
            System.setOut(out);
        }
    }

    /** The jar's command line in a process of its own, without a display: only a hand-over can end it with 0. */
    private static Process start(Path dataDir, String link) throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        ProcessBuilder builder = new ProcessBuilder(List.of(java.toString(), "-cp",
                System.getProperty("java.class.path"), Main.class.getName(), "--data-dir", dataDir.toString(), link));
        builder.environment().remove("DISPLAY");
        builder.environment().remove("WAYLAND_DISPLAY");
        builder.redirectOutput(ProcessBuilder.Redirect.DISCARD);
        return builder.start();
    }
}
