package app.contactshield.desktop.calls;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import app.contactshield.callerid.link.CallState;
import app.contactshield.callerid.link.PhoneCall;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The call window leaves the keyboard with the app the user types in, measured on the X server: another X client
 * ({@code xlogo}) holds the input focus, a call rings, and {@code xdotool} reads who holds it afterwards.
 */
@ExtendWith(ApplicationExtension.class)
class CallWindowFocusTest {
    private final FakePhoneLink link = new FakePhoneLink("Demo");
    private final ExecutorService background = Executors.newSingleThreadExecutor();
    private IncomingCallWindow window;
    private Process otherApp;
    private String focusBefore;

    @Start
    void start(Stage stage) {
        CallServices services = new CallServices(link, new InMemoryContactStore(), PresenceLookup.NONE,
                (query, limit) -> List.of(), uri -> { }, background, Platform::runLater,
                CallsText.forLocale(Locale.ENGLISH), "DE", Clock.systemUTC());
        window = IncomingCallWindow.create(services, List.of());
        window.attach(link, call -> TestPeople.ada());
    }

    @AfterEach
    void stop() throws Exception {
        if (otherApp != null) {
            otherApp.destroy();
            otherApp.waitFor(5, TimeUnit.SECONDS);
            x("xdotool", "windowfocus", focusBefore);
        }
        background.shutdownNow();
        FxToolkit.cleanupStages();
    }

    @Test
    void aRingingCallLeavesTheKeyboardWithAnotherApp() throws Exception {
        String other = focusAnotherApp();

        link.raise(new PhoneCall("1", TestPeople.ADA_NUMBER, CallState.INCOMING, false));
        WaitForAsyncUtils.waitForFxEvents(4);

        assertThat(window.window().isShowing()).isTrue();
        assertThat(x("xdotool", "getwindowfocus")).as("X input focus after the call rang").isEqualTo(other);
    }

    @Test
    void openingTheColleagueSearchTakesTheKeyboardForTyping() throws Exception {
        focusAnotherApp();
        link.raise(new PhoneCall("1", TestPeople.ADA_NUMBER, CallState.INCOMING, false));
        WaitForAsyncUtils.waitForFxEvents(4);
        boolean popupWhileRinging = !(window.window() instanceof Stage);

        WaitForAsyncUtils.waitForAsyncFx(5000, () -> window.viewModel().calls().get(0).chat().toggle());
        WaitForAsyncUtils.waitForFxEvents(4);

        assertThat(popupWhileRinging).isTrue();
        assertThat(window.window()).isInstanceOf(Stage.class);
        assertThat(window.window().isFocused()).as("JavaFX focus; the X focus is the window manager's call").isTrue();
    }

    private String focusAnotherApp() throws Exception {
        assumeTrue(onPath("xlogo") && onPath("xdotool"), "xlogo and xdotool are needed to measure X input focus");
        focusBefore = x("xdotool", "getwindowfocus");
        otherApp = new ProcessBuilder("xlogo", "-geometry", "200x200+100+100").start();
        String id = x("xdotool", "search", "--sync", "--class", "xlogo").lines().reduce((a, b) -> b).orElseThrow();
        x("xdotool", "windowfocus", "--sync", id);
        assertThat(x("xdotool", "getwindowfocus")).isEqualTo(id);
        return id;
    }

    private static boolean onPath(String tool) {
        return Arrays.stream(System.getenv().getOrDefault("PATH", "").split(":"))
                .anyMatch(dir -> !dir.isEmpty() && Files.isExecutable(Path.of(dir, tool)));
    }

    private static String x(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            process.destroy();
            throw new IOException(command[0] + " did not answer within 10 s");
        }
        return new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
    }
}
