package app.contactshield.graphsync.bench;

import app.contactshield.graphsync.store.H2ContactStore;
import app.contactshield.graphsync.store.StoreException;
import app.contactshield.graphsync.store.StoreOpener;
import app.contactshield.graphsync.sync.ChangePage;
import app.contactshield.graphsync.testing.InventedPeople;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The store's share of a first sync of 100,000 directory users: 100 pages of 999 records (and one short page),
 * each committed with its cursor, into a fresh encrypted store. The pages are built before timing.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgs = {"-Xmx2g"})
@Warmup(iterations = 2)
@Measurement(iterations = 3)
public class StoreWriteBenchmark {
    private static final int PEOPLE = 100_000;
    private static final int PAGE = 999;

    private List<ChangePage> pages;
    private Path root;
    private Path dataDir;
    private H2ContactStore store;
    private int round;
    private long cpuAtStart;

    /** Builds the pages once. */
    @Setup(Level.Trial)
    public void pages() throws IOException {
        pages = InventedPeople.fullRound(PEOPLE, PAGE);
        root = Files.createDirectories(Path.of("target", "bench-write"));
    }

    /** Opens a fresh store before each timed run. */
    @Setup(Level.Iteration)
    public void openFresh() throws IOException, StoreException {
        dataDir = Files.createDirectories(root.resolve("run-" + System.nanoTime() + "-" + round++));
        store = StoreOpener.open(dataDir, new byte[32]).store();
        cpuAtStart = processCpuNanos();
    }

    /** Applies every page. */
    @Benchmark
    public int applyFirstSync() throws StoreException {
        int added = 0;
        for (ChangePage page : pages) {
            added += store.accept(page).added();
        }
        return added;
    }

    /** Closes and deletes the store. */
    @TearDown(Level.Iteration)
    public void closeAndDelete() throws IOException {
        long cpu = processCpuNanos() - cpuAtStart;
        store.close();
        System.out.printf("%nprocess CPU time for the run (all threads): %d ms%n", cpu / 1_000_000);
        System.out.printf("%nstore for %d people: %d bytes on disk after close (%d bytes per person)%n", PEOPLE,
                Files.size(dataDir.resolve("contacts.mv.db")), Files.size(dataDir.resolve("contacts.mv.db")) / PEOPLE);
        try (Stream<Path> files = Files.walk(dataDir)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean()).getProcessCpuTime();
    }
}
