package app.contactshield.desktop.links;

import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Opens links with the platform's handler: on Linux through {@code xdg-open} (which knows {@code msteams:} and
 * {@code mailto:} handlers registered by desktop files), elsewhere through the JavaFX host services. The launch runs
 * on the given background executor, never on the JavaFX thread. Links are not logged: they hold addresses.
 */
public final class DesktopLinkOpener implements LinkOpener {
    private static final Logger LOG = LoggerFactory.getLogger(DesktopLinkOpener.class);

    private final Consumer<String> hostServices;
    private final Executor background;
    private final boolean linux;

    /**
     * @param hostServices {@code HostServices::showDocument} of the running application
     * @param background   where the launch runs
     */
    public DesktopLinkOpener(Consumer<String> hostServices, Executor background) {
        this.hostServices = hostServices;
        this.background = background;
        this.linux = System.getProperty("os.name", "").toLowerCase(Locale.ROOT).contains("linux");
    }

    @Override
    public void open(URI uri) {
        background.execute(() -> launch(uri));
    }

    private void launch(URI uri) {
        if (linux) {
            try {
                new ProcessBuilder(List.of("xdg-open", uri.toString())).inheritIO().start();
                return;
            } catch (IOException e) {
                LOG.warn("xdg-open is not available for a {} link; trying the toolkit's host services",
                        uri.getScheme(), e);
            }
        }
        hostServices.accept(uri.toString());
    }
}
