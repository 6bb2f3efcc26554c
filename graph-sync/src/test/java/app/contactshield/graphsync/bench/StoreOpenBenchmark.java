package app.contactshield.graphsync.bench;

import app.contactshield.graphsync.store.H2ContactStore;
import app.contactshield.graphsync.store.StoreException;
import app.contactshield.graphsync.store.StoreOpener;
import app.contactshield.graphsync.sync.ChangePage;
import app.contactshield.graphsync.testing.InventedPeople;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
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
 * Opening an encrypted store that holds 1,000,000 people, until it answers {@code person(key)}. The store is built
 * once into {@code target/bench-store-1m} (through the same page path a sync uses) and reused by later runs.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgs = {"-Xmx3g"})
@Warmup(iterations = 2)
@Measurement(iterations = 5)
public class StoreOpenBenchmark {
    private static final int PEOPLE = 1_000_000;
    private static final int PAGE = 1_000;
    private static final byte[] KEY = new byte[32];

    private Path dataDir;
    private H2ContactStore opened;

    /** Builds the store once; reuses it when the marker of a complete build exists. */
    @Setup(Level.Trial)
    public void buildOnce() throws IOException, StoreException {
        dataDir = Path.of("target", "bench-store-1m");
        Path done = dataDir.resolve("complete.marker");
        if (!Files.exists(done)) {
            Files.createDirectories(dataDir);
            long started = System.nanoTime();
            try (H2ContactStore store = StoreOpener.open(dataDir, KEY).store()) {
                for (int start = 0; start < PEOPLE; start += PAGE * 10) {
                    for (ChangePage page : InventedPeople.fullRound(PAGE * 10, PAGE)) {
                        store.accept(shift(page, start, start + PAGE * 10 >= PEOPLE));
                    }
                }
            }
            Files.writeString(done, "built in " + (System.nanoTime() - started) / 1_000_000 + " ms");
        }
        long bytes = Files.size(dataDir.resolve("contacts.mv.db"));
        System.out.printf("%nstore of %d people: %d bytes on disk, %d bytes per person (%s)%n", PEOPLE, bytes,
                bytes / PEOPLE, Files.readString(done));
    }

    /** Opens the store and reads one person, as the app does before showing its window. */
    @Benchmark
    public Object open() throws StoreException {
        opened = StoreOpener.open(dataDir, KEY).store();
        return opened.person(app.contactshield.graphsync.model.PersonKey.of(InventedPeople.directoryUser(4242)));
    }

    /** Closes the store opened by the timed run. */
    @TearDown(Level.Invocation)
    public void close() {
        if (opened != null) {
            opened.close();
            opened = null;
        }
    }

    private static ChangePage shift(ChangePage page, int offset, boolean lastBlock) {
        java.util.List<app.contactshield.graphsync.model.ContactRecord> shifted = page.upserts().stream()
                .map(r -> InventedPeople.directoryUser(offset + Integer.parseInt(r.sourceKey().substring(2))))
                .toList();
        boolean complete = lastBlock && page.cursor().roundComplete();
        return new ChangePage(page.source(), shifted, page.removedKeys(), page.hiddenKeys(),
                new app.contactshield.graphsync.sync.DeltaCursor(page.cursor().value() + "@" + offset, complete),
                offset == 0 && page.fullSyncStart());
    }
}
