package app.contactshield.graphsync.bench;

import app.contactshield.graphsync.demo.DemoTenant;
import app.contactshield.graphsync.graph.DirectoryUserSource;
import app.contactshield.graphsync.graph.GraphClient;
import app.contactshield.graphsync.graph.HttpGraphTransport;
import app.contactshield.graphsync.graph.RetryPolicy;
import app.contactshield.graphsync.graph.Sleeper;
import app.contactshield.graphsync.graph.UserSelection;
import app.contactshield.graphsync.loopback.TestTls;
import app.contactshield.graphsync.phone.PhoneNormalizer;
import app.contactshield.graphsync.sync.DeltaCursor;
import app.contactshield.graphsync.sync.PageResult;
import app.contactshield.graphsync.sync.PageSink;
import app.contactshield.graphsync.sync.SourceReport;
import app.contactshield.graphsync.sync.SyncException;
import app.contactshield.graphsync.store.H2ContactStore;
import app.contactshield.graphsync.store.StoreException;
import app.contactshield.graphsync.store.StoreOpener;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Comparator;
import java.util.stream.Stream;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * First sync of 100,000 directory users from a loopback HTTPS stand-in in pages of 999, and a delta round that
 * changes 1% of them: fetch and parse only (the sink counts and drops the pages), and the same first round
 * committed into a fresh encrypted H2 store ({@code firstSyncIntoStore}); their ratio is the cost of storing. The
 * delta round is committed into a store seeded with the first round ({@code deltaRoundOnePercent}). Run its
 * {@link #main} with plain {@code java} and the module's test class path (README.md) to get the ratios printed, or
 * through {@code org.openjdk.jmh.Main} as any benchmark.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class GraphSyncBenchmark {
    /** 0.62 of these people are directory users: exactly 100,000. */
    static final int PEOPLE = 161_291;

    private LoopbackGraphServer server;
    private DirectoryUserSource users;
    private DeltaCursor afterFirstRound;
    private long cpuAtStart;

    @Setup(Level.Trial)
    public void start() throws IOException, SyncException {
        server = new LoopbackGraphServer(new DemoTenant(PEOPLE, DemoTenant.STANDARD_SEED), 999);
        GraphClient client = new GraphClient(server.root(), new HttpGraphTransport(TestTls.clientContext(),
                Duration.ofSeconds(10), Duration.ofSeconds(30)), f -> "bench-token", Sleeper.REAL,
                RetryPolicy.DEFAULT);
        users = new DirectoryUserSource(client, new PhoneNormalizer("DE"), UserSelection.DEFAULT,
                Clock.systemUTC());
        CursorKeeper keeper = new CursorKeeper();
        users.sync(Optional.empty(), keeper, p -> { });
        afterFirstRound = keeper.last;
    }

    @TearDown(Level.Trial)
    public void stop() {
        server.close();
    }

    @Setup(Level.Iteration)
    public void markCpu() {
        cpuAtStart = processCpuNanos();
    }

    /** Prints the CPU time of the iteration (client and stand-in together): on a loaded machine wall time lies. */
    @TearDown(Level.Iteration)
    public void printCpu() {
        System.out.printf("[process CPU %d ms]%n", (processCpuNanos() - cpuAtStart) / 1_000_000);
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean()).getProcessCpuTime();
    }

    /** Fetch and parse the whole first round (101 pages of up to 999 users), no storing. */
    @Benchmark
    public SourceReport firstSyncFetchAndParse() throws SyncException {
        return users.sync(Optional.empty(), new CursorKeeper(), p -> { });
    }

    /** The delta round after the first, fetched and parsed only (the floor of {@link #deltaRoundOnePercent}). */
    @Benchmark
    public SourceReport deltaRoundFetchAndParse() throws SyncException {
        return users.sync(Optional.of(afterFirstRound), new CursorKeeper(), p -> { });
    }

    /**
     * The delta round after the first (about 1% of 100,000 users changed, removed, hidden or added) committed into
     * an encrypted H2 store that holds the first round.
     */
    @Benchmark
    public SourceReport deltaRoundOnePercent(SeededStore seeded) throws SyncException {
        return users.sync(seeded.store.cursor(users.id()), seeded.store, p -> { });
    }

    /** The same first round committed page by page into a fresh encrypted H2 store. */
    @Benchmark
    public SourceReport firstSyncIntoStore(FreshStore fresh) throws SyncException {
        return users.sync(Optional.empty(), fresh.store, p -> { });
    }

    /** A new, empty encrypted store for each iteration, deleted afterwards. */
    @State(Scope.Thread)
    public static class FreshStore {
        private Path dir;
        private H2ContactStore store;

        @Setup(Level.Iteration)
        public void open() throws IOException, StoreException {
            dir = Files.createTempDirectory("bench-store");
            byte[] key = new byte[StoreOpener.KEY_BYTES];
            new SecureRandom().nextBytes(key);
            store = StoreOpener.open(dir, key).store();
        }

        @TearDown(Level.Iteration)
        public void close() throws IOException {
            store.close();
            delete(dir);
        }
    }

    /**
     * A copy of a store seeded with the first round, for each iteration: the first round is committed once per trial
     * into a template directory, which is copied (untimed) before each iteration.
     */
    @State(Scope.Benchmark)
    public static class SeededStore {
        private Path template;
        private byte[] key;
        private Path dir;
        private H2ContactStore store;

        @Setup(Level.Trial)
        public void seed(GraphSyncBenchmark bench) throws IOException, SyncException {
            template = Files.createTempDirectory("bench-seeded");
            key = new byte[StoreOpener.KEY_BYTES];
            new SecureRandom().nextBytes(key);
            try (H2ContactStore seeding = StoreOpener.open(template, key).store()) {
                bench.users.sync(Optional.empty(), seeding, p -> { });
            }
        }

        @Setup(Level.Iteration)
        public void copy() throws IOException, StoreException {
            dir = Files.createTempDirectory("bench-delta");
            Files.copy(template.resolve("contacts.mv.db"), dir.resolve("contacts.mv.db"));
            store = StoreOpener.open(dir, key).store();
        }

        @TearDown(Level.Iteration)
        public void close() throws IOException {
            store.close();
            delete(dir);
        }

        @TearDown(Level.Trial)
        public void dropTemplate() throws IOException {
            delete(template);
        }
    }

    static void delete(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
        }
    }

    /**
     * Runs the first-sync pair and the delta pair in one JMH run and prints the ratios the targets are stated in
     * (storing against fetching and parsing alone). Arguments are passed to JMH, for example {@code -f 1 -wi 1 -i 3}.
     */
    public static void main(String[] args) throws Exception {
        org.openjdk.jmh.runner.options.Options options = new org.openjdk.jmh.runner.options.OptionsBuilder()
                .parent(new org.openjdk.jmh.runner.options.CommandLineOptions(args))
                .include(GraphSyncBenchmark.class.getName() + "\\.(firstSync|deltaRound).*").build();
        java.util.Map<String, Double> scores = new java.util.HashMap<>();
        for (org.openjdk.jmh.results.RunResult result : new org.openjdk.jmh.runner.Runner(options).run()) {
            String method = result.getParams().getBenchmark();
            scores.put(method.substring(method.lastIndexOf('.') + 1), result.getPrimaryResult().getScore());
        }
        java.util.List<String> missing = java.util.stream.Stream.of("firstSyncIntoStore", "firstSyncFetchAndParse",
                "deltaRoundOnePercent", "deltaRoundFetchAndParse").filter(m -> !scores.containsKey(m)).toList();
        if (!missing.isEmpty()) {
            // JMH reports a failed benchmark (for example a forked VM that did not start) above and carries on.
            System.err.println("No score for " + String.join(", ", missing) + ": see JMH's output above; no ratios");
            System.exit(1);
        }
        System.out.printf(java.util.Locale.ROOT, "%nfirst sync into the store: %.0f ms, fetch and parse only: %.0f ms,"
                + " ratio %.2f (target <= 1.5)%n", scores.get("firstSyncIntoStore"),
                scores.get("firstSyncFetchAndParse"), scores.get("firstSyncIntoStore")
                        / scores.get("firstSyncFetchAndParse"));
        System.out.printf(java.util.Locale.ROOT, "delta round of 1%% into the store: %.0f ms (target <= 1000), "
                + "fetch and parse only: %.0f ms%n", scores.get("deltaRoundOnePercent"),
                scores.get("deltaRoundFetchAndParse"));
    }

    /** Keeps the last cursor and counts what it was given. */
    static final class CursorKeeper implements PageSink {
        private DeltaCursor last;
        private int upserts;

        @Override
        public PageResult accept(app.contactshield.graphsync.sync.ChangePage page) {
            last = page.cursor();
            upserts += page.upserts().size();
            return new PageResult(page.upserts().size(), 0, page.removedKeys().size() + page.hiddenKeys().size());
        }
    }
}
