package app.contactshield.desktop.links;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

class DesktopLinkOpenerTest {
    private static final URI CALL = new TeamsLinks(false).audioCall("bjorn.muller.526@contoso.example");

    @TempDir
    Path bin;

    private final ListAppender<ILoggingEvent> log = new ListAppender<>();
    private final List<String> handedToToolkit = new ArrayList<>();
    private final AtomicBoolean unopenable = new AtomicBoolean();

    @BeforeEach
    void captureLog() {
        log.start();
        ((Logger) LoggerFactory.getLogger(DesktopLinkOpener.class)).addAppender(log);
    }

    @AfterEach
    void releaseLog() {
        ((Logger) LoggerFactory.getLogger(DesktopLinkOpener.class)).detachAppender(log);
    }

    @Test
    void withoutAnyLauncherReportsTheLinkUnopenableAndKeepsTheAddressOutOfTheLogAndTheToolkit() {
        DesktopLinkOpener opener = new DesktopLinkOpener(handedToToolkit::add, Runnable::run, "Linux", List.of(bin));

        opener.open(CALL, () -> unopenable.set(true));

        assertThat(unopenable).isTrue();
        assertThat(handedToToolkit).isEmpty();
        assertThat(log.list).isNotEmpty().allSatisfy(event -> assertThat(loggedText(event))
                .doesNotContain("bjorn").doesNotContain("contoso").doesNotContain("teams.microsoft.com"));
    }

    @Test
    void aLauncherThatFailsReportsTheLinkUnopenableWithoutTheAddressInTheLog() throws IOException {
        launcher("xdg-open", "echo \"xdg-open: no method available for opening '$1'\" >&2\nexit 3");
        DesktopLinkOpener opener = new DesktopLinkOpener(handedToToolkit::add, Runnable::run, "Linux", List.of(bin));

        opener.open(CALL, () -> unopenable.set(true));

        assertThat(unopenable).isTrue();
        assertThat(log.list).allSatisfy(event -> assertThat(loggedText(event)).doesNotContain("bjorn"));
    }

    @Test
    void aWorkingLauncherGetsTheExactLink() throws IOException {
        Path received = bin.resolve("received");
        launcher("xdg-open", "printf '%s' \"$1\" > '" + received + "'");
        DesktopLinkOpener opener = new DesktopLinkOpener(handedToToolkit::add, Runnable::run, "Linux", List.of(bin));

        opener.open(CALL, () -> unopenable.set(true));

        assertThat(unopenable).isFalse();
        assertThat(Files.readString(received)).isEqualTo(CALL.toString());
    }

    private void launcher(String name, String body) throws IOException {
        Path script = bin.resolve(name);
        Files.writeString(script, "#!/bin/sh\n" + body + "\n", StandardCharsets.UTF_8);
        Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwx------"));
    }

    private static String loggedText(ILoggingEvent event) {
        StringBuilder text = new StringBuilder(event.getFormattedMessage());
        for (var proxy = event.getThrowableProxy(); proxy != null; proxy = proxy.getCause()) {
            text.append(' ').append(proxy.getMessage());
        }
        return text.toString();
    }
}
