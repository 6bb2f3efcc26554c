package app.contactshield.desktop.ui.shell;

import app.contactshield.desktop.links.CapturingLinkOpener;
import app.contactshield.desktop.ui.AppContext;
import app.contactshield.desktop.ui.WorkerThreads;
import app.contactshield.desktop.ui.settings.UserSettings;
import app.contactshield.graphsync.demo.DemoGraphTransport;
import app.contactshield.graphsync.home.DataDirectory;
import app.contactshield.graphsync.policy.EffectiveSettings;
import app.contactshield.graphsync.policy.ManagedPolicy;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import javafx.application.Platform;

/**
 * A shell on a temporary data directory: Graph is the demo tenant served in memory through the real sources,
 * presence goes to a closed loopback port, and the store's passphrase is given without a dialog.
 */
final class ShellFixture {
    static final String TENANT = "beispiel-logistik.onmicrosoft.com";
    static final String CLIENT = "4b0c9a5e-1f2d-4c3b-9a8e-7d6c5b4a3f21";

    final CapturingLinkOpener links = new CapturingLinkOpener();
    final SucceedingSignIn signIn = new SucceedingSignIn();
    final Path dir;

    ShellFixture(Path dir) {
        this.dir = dir;
    }

    /** Writes {@code settings.json} (the user's settings) into the data directory. */
    ShellFixture userSettings(String json) throws IOException {
        Files.writeString(dir.resolve(EffectiveSettings.USER_FILE), json);
        return this;
    }

    /** A shell whose policy is the given file (or none) over the data directory's settings. */
    AppShell shell(Path policyFile, String link) {
        Path userFile = dir.resolve(EffectiveSettings.USER_FILE);
        EffectiveSettings settings = new EffectiveSettings(policyFile == null
                ? ManagedPolicy.readJsonFile(dir.resolve("no-policy.json")) : ManagedPolicy.readJsonFile(policyFile),
                ManagedPolicy.readJsonFile(userFile), userFile);
        GraphAccess graph = new GraphAccess(DemoGraphTransport.ROOT, new DemoGraphTransport(),
                HttpClient.newHttpClient(), URI.create("http://127.0.0.1:9/v1.0/"));
        AppShell.Backends backends = new AppShell.Backends(signIn, graph, PhoneLinkFactory.noPhone(),
                (kind, reason) -> Optional.of("correct horse battery".toCharArray()), UserSettings.inMemory(),
                this::context, text -> { }, links, Clock.systemUTC());
        return new AppShell(LaunchOptions.of(new DataDirectory(dir), link), settings, backends);
    }

    private AppContext context(AppContext.Parts parts) {
        return new AppContext(parts, links, WorkerThreads.create("shell-test-worker", 2), Platform::runLater,
                Clock.systemUTC(), Locale.ENGLISH, false);
    }
}
