package app.contactshield.desktop;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Started where no window can open, the app says so in one line instead of a stack trace. */
class NoDisplayTest {

    @Test
    void withoutADisplayTheAppPrintsOneClearLineAndExitsWithOne(@TempDir Path dataDir) throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        ProcessBuilder builder = new ProcessBuilder(List.of(java.toString(), "-cp",
                System.getProperty("java.class.path"), Main.class.getName(), "--data-dir", dataDir.toString()));
        builder.environment().remove("DISPLAY");
        builder.environment().remove("WAYLAND_DISPLAY");

        Process app = builder.start();
        boolean ended = app.waitFor(60, TimeUnit.SECONDS);
        String err = new String(app.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);

        assertThat(ended).isTrue();
        assertThat(app.exitValue()).isEqualTo(1);
        assertThat(err.strip()).startsWith("No display: the desktop app needs a graphical session")
                .contains("see --help").doesNotContain("Exception", "\tat ");
    }

    @Test
    void aDisplayOrAWaylandSessionOrAnotherSystemIsEnough() {
        assertThat(Main.noDisplay(Map.of("DISPLAY", ":0"), "Linux")).isEmpty();
        assertThat(Main.noDisplay(Map.of("WAYLAND_DISPLAY", "wayland-0"), "Linux")).isEmpty();
        assertThat(Main.noDisplay(Map.of(), "Windows 11")).isEmpty();
        assertThat(Main.noDisplay(Map.of("DISPLAY", ""), "Linux")).isPresent();
    }
}
