package app.contactshield.desktop.bench;

import app.contactshield.desktop.cli.StoreSession;
import app.contactshield.desktop.links.LinkOpener;
import app.contactshield.desktop.signin.DeviceCodePrompt;
import app.contactshield.desktop.signin.SignInRequest;
import app.contactshield.desktop.signin.SignInResult;
import app.contactshield.desktop.signin.SignInService;
import app.contactshield.desktop.ui.AppContext;
import app.contactshield.desktop.ui.settings.UserSettings;
import app.contactshield.desktop.ui.shell.AppShell;
import app.contactshield.desktop.ui.shell.GraphAccess;
import app.contactshield.desktop.ui.shell.LaunchOptions;
import app.contactshield.desktop.ui.shell.MachineShell;
import app.contactshield.desktop.ui.shell.PhoneLinkFactory;
import app.contactshield.graphsync.graph.TokenProvider;
import app.contactshield.graphsync.home.DataDirectory;
import app.contactshield.graphsync.keys.KeyVaults;
import app.contactshield.graphsync.model.ContactRecord;
import app.contactshield.graphsync.model.PhoneNumber;
import app.contactshield.graphsync.model.PhoneType;
import app.contactshield.graphsync.model.SourceId;
import app.contactshield.graphsync.policy.EffectiveSettings;
import app.contactshield.graphsync.sync.ChangePage;
import app.contactshield.graphsync.sync.DeltaCursor;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;

/**
 * Cold start to a usable main window with a big encrypted store: from the JVM's start (and, separately, from the
 * app's init) until the main window shows, answers a search, and has every person of the store indexed. The first run
 * builds the store under {@code target/} and asks to be run again, so that the measured run starts cold. The path is
 * the real one: settings read from the data directory, a silent sign-in, the store opened through the key vault
 * (a passphrase-wrapped key where no key store answers), the search index built from the store. Directory users are
 * enabled (so the store keeps them) but Graph is out of reach, so the sync fails and nothing changes the store. Run
 * it twice (build, then measure) under a display, with the module's test class path (for example the {@code
 * surefire.test.class.path} a test run records in {@code target/surefire-reports}, or {@code
 * dependency:build-classpath}):
 *
 * <pre>
 * mvn -B -q -pl desktop-app -am test-compile
 * java -cp "$TEST_CLASSPATH" app.contactshield.desktop.bench.ColdStartBenchmark 100000
 * </pre>
 *
 * It prints, from the JVM's start, when the main window showed, when it became usable (a search typed the moment the
 * window showed lists people: the window answers over the people indexed so far while the store is still read) and
 * when every person became searchable (the complete index in use; the early search then finds everyone it should).
 */
public final class ColdStartBenchmark {
    private static final char[] PASSPHRASE = "cold start bench passphrase".toCharArray();
    private static final String SETTINGS = "{\"tenantId\":\"beispiel-logistik.onmicrosoft.com\","
            + "\"clientId\":\"4b0c9a5e-1f2d-4c3b-9a8e-7d6c5b4a3f21\",\"enabledSources\":[\"graph.users\"],"
            + "\"defaultRegion\":\"DE\"}";
    private static final String[] GIVEN = {"Ada", "Jürgen", "Sabine", "Björn", "Chloé", "Emre", "Frieda", "Hannes"};
    private static final String[] FAMILY = {"Beispiel", "Müller", "Schäfer", "Weiß", "Öztürk", "Krämer", "Nowak"};
    private static final int PAGE = 1_000;

    private ColdStartBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        long jvmStart = ManagementFactory.getRuntimeMXBean().getStartTime();
        int people = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        DataDirectory dir = directory(people);
        if (!Files.exists(dir.resolveFile("complete.marker"))) {
            build(dir, people);
            System.out.println("Built a store of " + people + " people in " + dir + "; run again to measure.");
            System.exit(0);
        }
        long init = System.currentTimeMillis();
        CountDownLatch toolkit = new CountDownLatch(1);
        Platform.startup(toolkit::countDown);
        toolkit.await();
        long toolkitUp = System.currentTimeMillis();
        AppShell shell = shell(dir);
        Stage[] stage = new Stage[1];
        Platform.runLater(() -> {
            stage[0] = new Stage();
            shell.start(stage[0]);
        });
        Milestones times = new Milestones();
        while (times.searchable == 0) {
            Platform.runLater(() -> times.check(shell.context(), stage[0], people));
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(2));
        }
        System.out.printf("Cold start with %,d people, ms from JVM start (app init at %d, toolkit up at %d):%n"
                + "  main window shown       %6d%n  window usable           %6d  (a search typed when the window"
                + " showed has results)%n  everyone searchable     %6d  (the typed search then finds %,d of %,d)%n",
                people, init - jvmStart, toolkitUp - jvmStart, times.shown - jvmStart, times.usable - jvmStart,
                times.searchable - jvmStart, times.finalMatches, expectedMatches(people));
        Platform.runLater(shell::close);
        System.exit(0);
    }

    /** Where the benchmark store of {@code people} people is kept. */
    static DataDirectory directory(int people) {
        return new DataDirectory(Path.of("target", "bench-coldstart-" + people));
    }

    /** When the start reached each milestone; written on the JavaFX thread, read by the main thread. */
    private static final class Milestones {
        private static final String QUERY = FAMILY[0];
        private volatile long shown;
        private volatile long usable;
        private volatile long searchable;
        private volatile int finalMatches;
        private boolean typed;

        void check(AppContext context, Stage stage, int people) {
            if (context == null || stage.getScene() == null || stage.getScene().lookup("#searchField") == null) {
                return;
            }
            long now = System.currentTimeMillis();
            if (!typed) {
                typed = true;
                Scene scene = stage.getScene();
                scene.addPostLayoutPulseListener(() -> shown = shown == 0 ? System.currentTimeMillis() : shown);
                context.search().queryProperty().set(QUERY);
            }
            if (usable == 0 && shown != 0 && !context.search().rows().isEmpty()) {
                usable = now;
            }
            if (usable != 0 && context.search().isComplete() && context.search().index().size() == people) {
                finalMatches = context.search().totalProperty().get();
                searchable = now;
            }
        }
    }

    /** How many of the invented people carry the queried family name. */
    private static int expectedMatches(int people) {
        int matches = 0;
        for (int i = 0; i < people; i++) {
            matches += (i / GIVEN.length) % FAMILY.length == 0 ? 1 : 0;
        }
        return matches;
    }

    /** The app shell as the app wires it, on the benchmark store of {@code dir}: silent sign-in, Graph offline. */
    static AppShell shell(DataDirectory dir) {
        EffectiveSettings settings = EffectiveSettings.load(dir.path());
        LinkOpener links = uri -> { };
        GraphAccess graph = new GraphAccess(URI.create("http://127.0.0.1:9/v1.0/"), (uri, token) -> {
            throw new IOException("The benchmark starts offline");
        }, HttpClient.newHttpClient(), URI.create("http://127.0.0.1:9/v1.0/"));
        return new AppShell(new LaunchOptions(dir, Optional.empty()), settings, new AppShell.Backends(
                new CachedAccount(), graph, PhoneLinkFactory.noPhone(), prompt(), UserSettings.inMemory(),
                parts -> MachineShell.forThisMachine(parts, uri -> { }), text -> { }, links, Clock.systemUTC()));
    }

    private static KeyVaults.SecretPrompt prompt() {
        return (kind, reason) -> Optional.of(PASSPHRASE.clone());
    }

    /** Writes {@code people} invented people into the encrypted store of {@code dir}, with its settings. */
    static void build(DataDirectory dir, int people) throws Exception {
        dir.ensureExists();
        Files.writeString(dir.resolveFile(EffectiveSettings.USER_FILE), SETTINGS);
        EffectiveSettings settings = EffectiveSettings.load(dir.path());
        try (StoreSession session = StoreSession.open(dir, settings, prompt())) {
            for (int start = 0; start < people; start += PAGE) {
                session.store().accept(page(start, Math.min(people, start + PAGE), people));
            }
        }
        Files.writeString(dir.resolveFile("complete.marker"), Instant.now().toString());
    }

    private static ChangePage page(int from, int to, int people) {
        List<ContactRecord> records = new ArrayList<>(to - from);
        for (int i = from; i < to; i++) {
            String mobile = "+49151" + (10_000_000 + i);
            List<PhoneNumber> phones = List.of(new PhoneNumber(PhoneType.MOBILE, mobile, mobile, null));
            String given = GIVEN[i % GIVEN.length];
            String family = FAMILY[(i / GIVEN.length) % FAMILY.length] + " " + i;
            records.add(new ContactRecord(SourceId.GRAPH_USERS, "u" + i, "oid-" + i, null, given + " " + family,
                    given, family, "Contoso", "Sales", "Account Manager", null,
                    List.of("person" + i + "@contoso.example"), phones, Instant.EPOCH));
        }
        return new ChangePage(SourceId.GRAPH_USERS, records, List.of(), List.of(),
                new DeltaCursor("page-" + to, to >= people), from == 0);
    }

    /** A sign-in backend with an account in its cache: it signs in silently at once. */
    private static final class CachedAccount implements SignInService {
        @Override
        public CompletableFuture<SignInResult> signInInteractive(SignInRequest request) {
            return CompletableFuture.completedFuture(SignInResult.signedIn(""));
        }

        @Override
        public CompletableFuture<SignInResult> signInWithDeviceCode(SignInRequest request,
                Consumer<DeviceCodePrompt> prompt) {
            return signInInteractive(request);
        }

        @Override
        public CompletableFuture<Optional<SignInResult>> resumeCached(SignInRequest request) {
            return CompletableFuture.completedFuture(Optional.of(SignInResult.signedIn("")));
        }

        @Override
        public Optional<TokenProvider> tokens() {
            return Optional.of(TokenProvider.NONE);
        }

        @Override
        public SignInState state() {
            return SignInState.SIGNED_IN;
        }
    }
}
