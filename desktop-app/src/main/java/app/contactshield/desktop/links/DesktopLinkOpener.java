package app.contactshield.desktop.links;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Opens links with the platform's handler: on Linux through the first launcher found on the {@code PATH}
 * ({@code xdg-open}, which knows {@code msteams:} and {@code mailto:} handlers registered by desktop files, then
 * {@code gio}, {@code gnome-open}, {@code kde-open}, {@code wslview}), elsewhere through the JavaFX host services.
 * The launch runs on the given background executor, never on the JavaFX thread. Links are not logged and the
 * launcher's output is discarded: they hold addresses. On Linux without a working launcher the link is reported as
 * unopenable instead of being handed to the toolkit, which prints a failed link to the error stream and tells
 * nobody.
 */
public final class DesktopLinkOpener implements LinkOpener {
    private static final Logger LOG = LoggerFactory.getLogger(DesktopLinkOpener.class);
    private static final List<List<String>> LINUX_LAUNCHERS = List.of(List.of("xdg-open"), List.of("gio", "open"),
            List.of("gnome-open"), List.of("kde-open"), List.of("wslview"));
    private static final long LAUNCH_TIMEOUT_SECONDS = 20;

    private final Consumer<String> hostServices;
    private final Executor background;
    private final boolean linux;
    private final List<Path> searchPath;

    /**
     * @param hostServices {@code HostServices::showDocument} of the running application
     * @param background   where the launch runs
     */
    public DesktopLinkOpener(Consumer<String> hostServices, Executor background) {
        this(hostServices, background, System.getProperty("os.name", ""), pathOf(System.getenv("PATH")));
    }

    /**
     * @param hostServices {@code HostServices::showDocument} of the running application
     * @param background   where the launch runs
     * @param osName       the {@code os.name} system property
     * @param searchPath   the directories searched for a launcher on Linux, in order
     */
    public DesktopLinkOpener(Consumer<String> hostServices, Executor background, String osName,
            List<Path> searchPath) {
        this.hostServices = hostServices;
        this.background = background;
        this.linux = osName.toLowerCase(Locale.ROOT).contains("linux");
        this.searchPath = List.copyOf(searchPath);
    }

    @Override
    public void open(URI uri) {
        open(uri, () -> { });
    }

    @Override
    public void open(URI uri, Runnable unopenable) {
        background.execute(() -> {
            if (!launch(uri)) {
                unopenable.run();
            }
        });
    }

    private boolean launch(URI uri) {
        if (!linux) {
            hostServices.accept(uri.toString());
            return true;
        }
        Optional<List<String>> launcher = launcher();
        if (launcher.isEmpty()) {
            LOG.warn("No program to open a {} link is installed (looked for xdg-open, gio, gnome-open, kde-open, "
                    + "wslview on the PATH)", uri.getScheme());
            return false;
        }
        List<String> command = new ArrayList<>(launcher.get());
        command.add(uri.toString());
        try {
            Process process = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            if (!process.waitFor(LAUNCH_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                return true;
            }
            int exit = process.exitValue();
            if (exit != 0) {
                LOG.warn("{} could not open a {} link (exit code {})", launcher.get().get(0), uri.getScheme(), exit);
            }
            return exit == 0;
        } catch (IOException e) {
            LOG.warn("{} could not be started for a {} link", launcher.get().get(0), uri.getScheme(), e);
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return true;
        }
    }

    private Optional<List<String>> launcher() {
        for (List<String> launcher : LINUX_LAUNCHERS) {
            for (Path dir : searchPath) {
                Path program = dir.resolve(launcher.get(0));
                if (Files.isExecutable(program)) {
                    List<String> command = new ArrayList<>(launcher);
                    command.set(0, program.toString());
                    return Optional.of(command);
                }
            }
        }
        return Optional.empty();
    }

    private static List<Path> pathOf(String path) {
        List<Path> dirs = new ArrayList<>();
        for (String dir : (path == null ? "" : path).split(File.pathSeparator)) {
            if (!dir.isBlank()) {
                dirs.add(Path.of(dir));
            }
        }
        return dirs;
    }
}
