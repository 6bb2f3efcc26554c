package app.contactshield.desktop.links;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds out whether a Teams client is registered for the {@code msteams:} scheme: on Linux a desktop file whose
 * {@code MimeType} lists {@code x-scheme-handler/msteams} (or a {@code mimeapps.list} default for it), on Windows the
 * {@code HKEY_CLASSES_ROOT\msteams} key, on macOS the Teams application bundle. Reads files and may start
 * {@code reg.exe}: call it on a background thread, once at start.
 */
public final class TeamsClientDetector {
    private static final Logger LOG = LoggerFactory.getLogger(TeamsClientDetector.class);
    private static final String HANDLER = "x-scheme-handler/msteams";

    private final String osName;
    private final List<Path> applicationDirs;

    /**
     * @param osName          the {@code os.name} system property
     * @param applicationDirs the XDG application directories to search on Linux, or the application folders on macOS
     */
    public TeamsClientDetector(String osName, List<Path> applicationDirs) {
        this.osName = osName.toLowerCase(Locale.ROOT);
        this.applicationDirs = List.copyOf(applicationDirs);
    }

    /** A detector for this machine, searching the standard XDG and macOS locations. */
    public static TeamsClientDetector forThisMachine() {
        Map<String, String> env = System.getenv();
        Path home = Path.of(System.getProperty("user.home"));
        List<Path> dirs = new ArrayList<>();
        dirs.add(Path.of(env.getOrDefault("XDG_DATA_HOME", home.resolve(".local/share").toString()), "applications"));
        for (String dir : env.getOrDefault("XDG_DATA_DIRS", "/usr/local/share:/usr/share").split(":")) {
            if (!dir.isBlank()) {
                dirs.add(Path.of(dir, "applications"));
            }
        }
        dirs.add(Path.of("/var/lib/flatpak/exports/share/applications"));
        dirs.add(Path.of("/var/lib/snapd/desktop/applications"));
        dirs.add(home.resolve(".config"));
        dirs.add(Path.of("/Applications"));
        dirs.add(home.resolve("Applications"));
        return new TeamsClientDetector(System.getProperty("os.name", ""), dirs);
    }

    /** Whether a Teams client handles {@code msteams:} links here. */
    public boolean clientInstalled() {
        boolean installed;
        if (osName.contains("win")) {
            installed = windowsHandlerRegistered();
        } else if (osName.contains("mac")) {
            installed = applicationDirs.stream().anyMatch(dir -> Files.isDirectory(dir.resolve("Microsoft Teams.app"))
                    || Files.isDirectory(dir.resolve("Microsoft Teams (work or school).app")));
        } else {
            installed = applicationDirs.stream().anyMatch(TeamsClientDetector::declaresHandler);
        }
        LOG.info("Teams client {} for msteams: links", installed ? "found" : "not found");
        return installed;
    }

    private static boolean declaresHandler(Path dir) {
        if (!Files.isDirectory(dir)) {
            return false;
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> {
                String name = f.getFileName().toString();
                return name.endsWith(".desktop") || name.equals("mimeapps.list");
            }).anyMatch(TeamsClientDetector::mentionsHandler);
        } catch (IOException | UncheckedIOException e) {
            LOG.debug("Cannot list an application directory", e);
            return false;
        }
    }

    private static boolean mentionsHandler(Path file) {
        try (Stream<String> lines = Files.lines(file, StandardCharsets.UTF_8)) {
            return lines.anyMatch(line -> (line.startsWith("MimeType=") || line.startsWith(HANDLER))
                    && line.contains(HANDLER));
        } catch (IOException | UncheckedIOException e) {
            LOG.debug("Cannot read a desktop file", e);
            return false;
        }
    }

    private static boolean windowsHandlerRegistered() {
        try {
            Process reg = new ProcessBuilder("reg", "query", "HKCR\\msteams").redirectErrorStream(true).start();
            reg.getInputStream().transferTo(java.io.OutputStream.nullOutputStream());
            return reg.waitFor(5, TimeUnit.SECONDS) && reg.exitValue() == 0;
        } catch (IOException e) {
            LOG.debug("reg.exe could not be started", e);
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
