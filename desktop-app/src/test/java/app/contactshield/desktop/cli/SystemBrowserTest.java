package app.contactshield.desktop.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Sign-in uses the browser only where one can be shown; elsewhere (SSH, servers) a device code. */
class SystemBrowserTest {
    @TempDir
    Path bin;

    @ParameterizedTest(name = "{0}, DISPLAY={1}, WAYLAND_DISPLAY={2}, launcher={3} -> {4}")
    @CsvSource({
        "Linux, :0, '', true, true",
        "Linux, '', wayland-0, true, true",
        "Linux, '', '', true, false",
        "Linux, :0, '', false, false",
        "Windows 11, '', '', false, true",
        "Mac OS X, '', '', false, true"})
    void aBrowserIsUsedOnlyWhereOneCanBeShown(String os, String display, String wayland, boolean launcher,
            boolean expected) throws Exception {
        if (launcher) {
            Path xdgOpen = Files.createFile(bin.resolve("xdg-open"));
            Files.setPosixFilePermissions(xdgOpen, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
        Map<String, String> env = new HashMap<>();
        env.put("DISPLAY", display);
        env.put("WAYLAND_DISPLAY", wayland);
        env.put("PATH", bin.toString());

        boolean available = SystemBrowser.available(os, env);

        assertThat(available).isEqualTo(expected);
    }

    @Test
    void withoutABrowserTheSignInUsesADeviceCode() {
        ConsoleSignIn signIn = new ConsoleSignIn(false, () -> false, new java.io.PrintWriter(System.err));

        assertThat(signIn.usesDeviceCode()).isTrue();
        assertThat(new ConsoleSignIn(false, () -> true, new java.io.PrintWriter(System.err)).usesDeviceCode())
                .isFalse();
        assertThat(new ConsoleSignIn(true, () -> true, new java.io.PrintWriter(System.err)).usesDeviceCode())
                .isTrue();
    }
}
