package app.contactshield.desktop.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Whether this session can show the system browser for a sign-in with a loopback redirect. Windows and macOS
 * always can (Windows signs in through WAM); elsewhere a graphical session ({@code DISPLAY} or
 * {@code WAYLAND_DISPLAY}) and one of the launchers MSAL4J uses must be there. Without them (an SSH session, a
 * server, a container) sign-in uses a device code instead.
 */
final class SystemBrowser {
    /** The programs MSAL4J tries, in its order, to open the browser on Linux. */
    static final List<String> LINUX_LAUNCHERS = List.of("xdg-open", "gnome-open", "kfmclient", "microsoft-edge",
            "wslview");

    private SystemBrowser() {
    }

    /** Whether this process can open the system browser. */
    static boolean available() {
        return available(System.getProperty("os.name", ""), System.getenv());
    }

    /** Whether a process with this OS and environment can open the system browser. */
    static boolean available(String osName, Map<String, String> env) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows") || os.startsWith("mac")) {
            return true;
        }
        boolean graphical = !env.getOrDefault("DISPLAY", "").isBlank()
                || !env.getOrDefault("WAYLAND_DISPLAY", "").isBlank();
        return graphical && onPath(env.getOrDefault("PATH", ""));
    }

    private static boolean onPath(String path) {
        for (String dir : path.split(java.io.File.pathSeparator)) {
            if (dir.isBlank()) {
                continue;
            }
            for (String launcher : LINUX_LAUNCHERS) {
                if (Files.isExecutable(Path.of(dir, launcher))) {
                    return true;
                }
            }
        }
        return false;
    }
}
