package app.contactshield.desktop.bench;

import app.contactshield.desktop.ClassDataArchive;
import app.contactshield.desktop.LeanLaunch;
import app.contactshield.desktop.Main;
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
import java.io.File;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Window;

/**
 * Cold start to a usable main window with a big encrypted store, as a user of {@code java -jar contact-shield.jar}
 * gets it: the app's VM is started from the packaged jar with the options the jar's first VM gives it
 * ({@link LeanLaunch#childOptions}: the lean flags and the class data archive) and runs the real start, {@link
 * Main#start}: the command line, settings read from the data directory, the shell wired while the toolkit starts, a
 * cached sign-in, the store opened through the key vault (a passphrase-wrapped key where no key store answers), the
 * search index built from the store. Only the sign-in backend is a stand-in that holds a cached account (the real one
 * would ask Entra ID), and Graph is out of reach (directory users are enabled, so the store keeps them, but the sync
 * fails and nothing changes the store). It prints, in ms from the start of the app's VM, when the main window showed,
 * when it became usable (a search typed the moment the window showed lists people: the window answers over the
 * people indexed so far while the store is still read) and when every person became searchable (the complete index in
 * use); then how much later than its own start the jar's first VM starts the app's VM, which a start from the jar
 * adds (measured on the real jar).
 *
 * <p>Run it from {@code desktop-app} after {@code mvn package} (it needs {@code target/contact-shield.jar}), under a
 * display, with the module's test class path: the first run writes the store under {@code target/} and exits, so
 * that the next one starts cold. Without a key store (no Secret Service on the session bus) the store is another one,
 * {@code target/bench-coldstart-N-passphrase}, whose key is wrapped with a passphrase. Where the jar has no class data
 * archive yet, the benchmark makes it first, as the app does in the background after its first start;
 * {@code --no-class-data} measures the start without it (the first start after an install or an update).
 * {@code --record-class-list} also writes the classes a start without the archive loads into the jar's
 * class list ({@code src/main/resources}{@value ClassDataArchive#CLASS_LIST}), adding them to those already listed;
 * package again afterwards.
 *
 * <pre>
 * java -cp "$TEST_CLASSPATH" app.contactshield.desktop.bench.ColdStartBenchmark 100000
 * </pre>
 */
public final class ColdStartBenchmark {
    private static final char[] PASSPHRASE = "cold start bench passphrase".toCharArray();
    private static final String SETTINGS = "{\"tenantId\":\"beispiel-logistik.onmicrosoft.com\","
            + "\"clientId\":\"4b0c9a5e-1f2d-4c3b-9a8e-7d6c5b4a3f21\",\"enabledSources\":[\"graph.users\"],"
            + "\"defaultRegion\":\"DE\"}";
    private static final String[] GIVEN = {"Ada", "Jürgen", "Sabine", "Björn", "Chloé", "Emre", "Frieda", "Hannes"};
    private static final String[] FAMILY = {"Beispiel", "Müller", "Schäfer", "Weiß", "Öztürk", "Krämer", "Nowak"};
    private static final int PAGE = 1_000;
    private static final String MEASURE = "--measure";
    private static final String NO_CLASS_DATA = "--no-class-data";
    private static final String RECORD = "--record-class-list";
    private static final Path JAR = Path.of("target", "contact-shield.jar");
    private static final int PARENT_RUNS = 5;

    private ColdStartBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        List<String> arguments = List.of(args);
        if (arguments.contains(MEASURE)) {
            measure(Integer.parseInt(args[1]), new DataDirectory(Path.of(args[2])));
            return;
        }
        List<String> unknown = arguments.stream().filter(arg -> arg.startsWith("-") && !arg.equals(RECORD)
                && !arg.equals(NO_CLASS_DATA)).toList();
        List<String> counts = arguments.stream().filter(arg -> !arg.startsWith("-")).toList();
        if (!unknown.isEmpty() || counts.size() > 1 || !counts.stream().allMatch(c -> c.matches("[1-9][0-9]{0,7}"))) {
            System.err.println("Usage: ColdStartBenchmark [people] [" + NO_CLASS_DATA + "] [" + RECORD + "]\n"
                    + "  people: how many invented people the store holds (default 100000)");
            System.exit(unknown.equals(List.of("--help")) ? 0 : 2);
        }
        int people = counts.stream().findFirst().map(Integer::parseInt).orElse(100_000);
        DataDirectory dir = storeDirectory(people);
        if (!Files.exists(dir.resolveFile("complete.marker"))) {
            build(dir, people);
            System.out.println("Built a store of " + people + " people in " + dir + "; run again to measure.");
            System.exit(0);
        }
        if (!Files.isRegularFile(JAR)) {
            System.err.println("No " + JAR.toAbsolutePath() + ": package the app first (mvn -B -q -pl desktop-app -am "
                    + "package -DskipTests), then run this from desktop-app.");
            System.exit(2);
        }
        staleJar().ifPresent(newer -> System.err.println("Warning: " + newer + " is newer than " + JAR
                + "; the jar may not hold the code you mean to measure (package again)."));
        boolean record = arguments.contains(RECORD);
        int status = measureFromJar(people, dir, record || arguments.contains(NO_CLASS_DATA), record);
        if (status == 0) {
            reportParentStart();
        }
        System.exit(status);
    }

    /** Starts the app's VM from the jar as the jar's first VM would, and returns its exit status. */
    private static int measureFromJar(int people, DataDirectory dir, boolean withoutClassData, boolean record)
            throws Exception {
        String java = LeanLaunch.javaCommand();
        Path jar = JAR.toAbsolutePath();
        ClassDataArchive archive = ClassDataArchive.of(jar, ClassDataArchive.cacheDirectory(), java).orElseThrow();
        if (!withoutClassData && !archive.intact()) {
            long started = System.nanoTime();
            archive.make();
            System.out.printf("Made the class data archive %s in %d ms (the app makes it in the background after a "
                    + "start without one)%n", archive.file(), (System.nanoTime() - started) / 1_000_000);
        }
        List<String> command = new ArrayList<>();
        command.add(java);
        LeanLaunch.childOptions(jar, java, LeanLaunch.storeBytes(Optional.of(dir.path()))).stream()
                .filter(option -> !withoutClassData || !option.startsWith("-XX:SharedArchiveFile"))
                .filter(option -> !option.startsWith("-D" + ClassDataArchive.MAKE_PROPERTY))
                .forEach(command::add);
        Path recorded = Files.createTempFile("coldstart-classes", ".txt");
        if (record) {
            command.add("-XX:DumpLoadedClassList=" + recorded);
        }
        Path benchClasses = Path.of(ColdStartBenchmark.class.getProtectionDomain().getCodeSource().getLocation()
                .toURI());
        command.addAll(List.of("-cp", jar + File.pathSeparator + benchClasses, ColdStartBenchmark.class.getName(),
                MEASURE, Integer.toString(people), dir.path().toString()));
        System.out.println("App VM: " + String.join(" ", command.subList(1, command.size() - 6))
                + (withoutClassData ? " (without the class data archive)" : ""));
        ProcessBuilder builder = new ProcessBuilder(command).inheritIO();
        LeanLaunch.childEnvironment().forEach(builder.environment()::putIfAbsent);
        int status = builder.start().waitFor();
        if (record && status == 0) {
            Path list = Path.of("src", "main", "resources").resolve(ClassDataArchive.CLASS_LIST.substring(1));
            int added = ClassLists.merge(recorded, list);
            System.out.printf("Added %d lines to %s; package again to use them.%n", added, list);
        }
        Files.deleteIfExists(recorded);
        return status;
    }

    /** A class file compiled after the jar was packaged, if any. */
    private static Optional<Path> staleJar() throws IOException {
        long packaged = Files.getLastModifiedTime(JAR).toMillis();
        try (var files = Files.walk(Path.of("target", "classes"))) {
            return files.filter(Files::isRegularFile).filter(file -> {
                try {
                    return Files.getLastModifiedTime(file).toMillis() > packaged;
                } catch (IOException e) {
                    return false;
                }
            }).findFirst();
        }
    }

    /**
     * How long the jar's first VM takes to start the app's VM: {@code java -jar contact-shield.jar} on an empty data
     * directory (demo mode), the time between the two processes' starts, median of {@value #PARENT_RUNS} runs; both
     * are stopped as soon as the second one is there.
     */
    private static void reportParentStart() throws Exception {
        List<Long> gaps = new ArrayList<>();
        for (int run = 0; run < PARENT_RUNS; run++) {
            Path empty = Files.createTempDirectory("coldstart-parent");
            Process parent = new ProcessBuilder(LeanLaunch.javaCommand(), "-jar", JAR.toAbsolutePath().toString(),
                    "--data-dir", empty.toString()).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
            Optional<ProcessHandle> child = Optional.empty();
            while (child.isEmpty() && parent.isAlive() && System.nanoTime() < deadline) {
                child = parent.toHandle().children().findFirst();
                LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(1));
            }
            Optional<Instant> parentStart = parent.toHandle().info().startInstant();
            Optional<Instant> childStart = child.flatMap(handle -> handle.info().startInstant());
            child.ifPresent(ProcessHandle::destroy);
            parent.destroy();
            parent.waitFor();
            child.ifPresent(handle -> handle.onExit().join());
            deleteTree(empty);
            if (parentStart.isPresent() && childStart.isPresent()) {
                gaps.add(Duration.between(parentStart.get(), childStart.get()).toMillis());
            }
        }
        if (gaps.isEmpty()) {
            System.out.println("java -jar: the first VM started no app VM to measure");
            return;
        }
        Collections.sort(gaps);
        System.out.printf("java -jar: the first VM starts the app's VM %d ms after its own start (median of %d, "
                + "%d–%d; process start times, 10 ms steps): add it to the times above for a start from the jar%n",
                gaps.get(gaps.size() / 2), gaps.size(), gaps.get(0), gaps.get(gaps.size() - 1));
    }

    private static void deleteTree(Path dir) throws IOException {
        try (var files = Files.walk(dir)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        }
    }

    /** In the app's VM: the real start on the benchmark store, watched from this thread until everyone is indexed. */
    private static void measure(int people, DataDirectory dir) throws Exception {
        long jvmStart = ManagementFactory.getRuntimeMXBean().getStartTime();
        AtomicReference<AppShell> made = new AtomicReference<>();
        Thread app = new Thread(() -> Main.start((options, documents) -> {
            AppShell shell = shell(options.dataDir());
            made.set(shell);
            return shell;
        }, "--data-dir", dir.path().toString()), "coldstart-app");
        app.start();
        Milestones times = new Milestones();
        while (times.searchable == 0) {
            AppShell shell = made.get();
            if (shell != null) {
                try {
                    Platform.runLater(() -> times.check(shell.context(), people));
                } catch (IllegalStateException ignored) {
                    // The toolkit does not run yet: nothing shows, so there is nothing to check.
                }
            }
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(2));
        }
        System.out.printf("Cold start with %,d people (%s), ms from the start of the app's VM:%n"
                + "  main window shown       %6d%n  window usable           %6d  (a search typed when the window"
                + " showed has results)%n  everyone searchable     %6d  (the typed search then finds %,d of %,d)%n",
                people, dir.path().getFileName(), times.shown - jvmStart, times.usable - jvmStart,
                times.searchable - jvmStart, times.finalMatches, expectedMatches(people));
        Platform.runLater(() -> made.get().close());
        System.exit(0);
    }

    /**
     * Where the benchmark store of {@code people} people is kept: {@link #directory} where the OS key store answers,
     * else a folder of its own whose key is wrapped with the benchmark's passphrase.
     */
    static DataDirectory storeDirectory(int people) {
        return KeyVaults.osKeyStoreUnavailable(directory(people).path()).isEmpty() ? directory(people)
                : new DataDirectory(Path.of("target", "bench-coldstart-" + people + "-passphrase"));
    }

    /** Where the benchmark store of {@code people} people is kept (its key in the key store). */
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

        void check(AppContext context, int people) {
            Optional<Scene> main = Window.getWindows().stream().map(Window::getScene).filter(Objects::nonNull)
                    .filter(scene -> scene.lookup("#searchField") != null).findFirst();
            if (context == null || main.isEmpty()) {
                return;
            }
            long now = System.currentTimeMillis();
            if (!typed) {
                typed = true;
                Scene scene = main.get();
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
    public static AppShell shell(DataDirectory dir) {
        EffectiveSettings settings = EffectiveSettings.load(dir.path());
        LinkOpener links = uri -> { };
        URI offline = URI.create("http://127.0.0.1:9/v1.0/");
        GraphAccess graph = GraphAccess.over(offline, offline);
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
