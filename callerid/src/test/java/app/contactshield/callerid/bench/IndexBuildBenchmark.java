package app.contactshield.callerid.bench;

import app.contactshield.callerid.index.CallerIndex;
import app.contactshield.graphsync.store.ContactStore;
import app.contactshield.graphsync.store.StoreException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.ThreadMXBean;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Building the caller index from the number stream of 1,000,000 people (as {@code forEachPhone} delivers it), and the
 * index's memory: once as a computed table size (array lengths times element sizes) and once as a heap delta after
 * full collections, printed at setup. {@code build} adds one number at a time (the live-update path); {@code load}
 * is the bulk load the app uses at start-up.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgs = {"-Xms3g", "-Xmx3g"})
@Warmup(iterations = 2)
@Measurement(iterations = 5)
public class IndexBuildBenchmark {
    private static final int PEOPLE = 1_000_000;

    private SyntheticDirectory directory;
    private ContactStore store;

    /** Generates the directory and reports the index's memory once. */
    @Setup
    public void generateAndMeasure() {
        directory = new SyntheticDirectory(PEOPLE, 42);
        store = directory.asStore();
        long before = usedHeapAfterGc();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long cpuStart = threads.getCurrentThreadCpuTime();
        long wallStart = System.nanoTime();
        CallerIndex index = build();
        long wall = System.nanoTime() - wallStart;
        long cpu = threads.getCurrentThreadCpuTime() - cpuStart;
        long after = usedHeapAfterGc();
        System.out.printf("%nfirst build: %d ms wall, %d ms on the CPU (the rest is waiting for a core)%n",
                wall / 1_000_000, cpu / 1_000_000);
        System.out.printf("%nindex: %d numbers, %d entries, %d people%n", index.numberCount(), index.entryCount(),
                index.personCount());
        System.out.printf("computed arrays: %d bytes = %.1f bytes per number%n", index.arrayBytes(),
                index.arrayBytesPerNumber());
        System.out.printf("bulk-loaded index: %s%n", load().memorySummary());
        System.out.printf("heap delta (index with its person-key map, keys shared with the generator): %d bytes = "
                + "%.1f bytes per number%n", after - before, (after - before) / (double) index.numberCount());
    }

    /** One full build from an empty index sized by a hint of one million. */
    @Benchmark
    public CallerIndex build() {
        CallerIndex index = new CallerIndex(PEOPLE);
        directory.forEachPhone(index::add);
        return index;
    }

    /** One full bulk load ({@link CallerIndex#loadFrom}) from the same stream, each number with a card. */
    @Benchmark
    public CallerIndex load() {
        CallerIndex index = new CallerIndex(PEOPLE);
        try {
            index.loadFrom(store);
        } catch (StoreException e) {
            throw new IllegalStateException(e);
        }
        return index;
    }

    private static long usedHeapAfterGc() {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return memory.getHeapMemoryUsage().getUsed();
    }
}
