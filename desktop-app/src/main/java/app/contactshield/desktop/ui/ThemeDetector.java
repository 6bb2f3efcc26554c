package app.contactshield.desktop.ui;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Asks the operating system whether it prefers a dark theme: GNOME's {@code color-scheme} through
 * {@code gsettings}, Windows' {@code AppsUseLightTheme} through {@code reg}, macOS' {@code AppleInterfaceStyle}
 * through {@code defaults}; light when it cannot tell. Starts a short process: call it off the JavaFX thread.
 */
public final class ThemeDetector {
    private static final Logger LOG = LoggerFactory.getLogger(ThemeDetector.class);

    private final String osName;
    private final Function<List<String>, Optional<String>> command;

    /**
     * @param osName  the {@code os.name} system property
     * @param command runs a command and returns its standard output, or empty when it could not run or failed
     */
    public ThemeDetector(String osName, Function<List<String>, Optional<String>> command) {
        this.osName = osName.toLowerCase(Locale.ROOT);
        this.command = command;
    }

    /** A detector for this machine. */
    public static ThemeDetector forThisMachine() {
        return new ThemeDetector(System.getProperty("os.name", ""), ThemeDetector::run);
    }

    /** Whether the OS prefers dark. */
    public boolean prefersDark() {
        if (osName.contains("win")) {
            return command.apply(List.of("reg", "query",
                    "HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\Themes\\Personalize",
                    "/v", "AppsUseLightTheme")).map(out -> out.contains("0x0")).orElse(false);
        }
        if (osName.contains("mac")) {
            return command.apply(List.of("defaults", "read", "-g", "AppleInterfaceStyle"))
                    .map(out -> out.strip().equalsIgnoreCase("dark")).orElse(false);
        }
        Optional<String> scheme = command.apply(
                List.of("gsettings", "get", "org.gnome.desktop.interface", "color-scheme"));
        if (scheme.isPresent() && !scheme.get().contains("default")) {
            return scheme.get().contains("dark");
        }
        return command.apply(List.of("gsettings", "get", "org.gnome.desktop.interface", "gtk-theme"))
                .map(out -> out.toLowerCase(Locale.ROOT).contains("dark")).orElse(false);
    }

    private static Optional<String> run(List<String> commandLine) {
        try {
            Process process = new ProcessBuilder(commandLine).redirectErrorStream(true).start();
            String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (process.waitFor(3, TimeUnit.SECONDS) && process.exitValue() == 0) {
                return Optional.of(out);
            }
            return Optional.empty();
        } catch (IOException e) {
            LOG.debug("Theme query {} is not available", commandLine.get(0), e);
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }
}
