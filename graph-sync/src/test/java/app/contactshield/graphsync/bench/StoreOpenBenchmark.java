package app.contactshield.graphsync.bench;

import app.contactshield.graphsync.demo.DemoGraphTransport;
import app.contactshield.graphsync.demo.DemoMode;
import app.contactshield.graphsync.demo.DemoPages;
import app.contactshield.graphsync.demo.DemoTenant;
import app.contactshield.graphsync.model.PersonKey;
import app.contactshield.graphsync.phone.PhoneNormalizer;
import app.contactshield.graphsync.store.H2ContactStore;
import app.contactshield.graphsync.store.StoreException;
import app.contactshield.graphsync.store.StoreOpener;
import app.contactshield.graphsync.sync.ContactSource;
import app.contactshield.graphsync.sync.SyncEngine;
import app.contactshield.graphsync.sync.SyncException;
import app.contactshield.graphsync.sync.SyncRun;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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
import org.openjdk.jmh.annotations.Timeout;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Opening an encrypted store that holds 1,000,000 people, until it answers {@code person(key)}. The store is built
 * once into {@code target/bench-store-1m-demo} from the demo generator's tenant of 1,000,000 people (directory users,
 * organisational and Outlook contacts, with their duplicates) through the Graph path, and reused by later runs. The
 * build takes many minutes, hence the long iteration timeout (the first iteration includes it).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgs = {"-Xmx3g"})
@Warmup(iterations = 2)
@Measurement(iterations = 5)
@Timeout(time = 60, timeUnit = TimeUnit.MINUTES)
public class StoreOpenBenchmark {
    private static final int PEOPLE = 1_000_000;
    private static final int PAGE = 999;
    private static final byte[] KEY = new byte[32];

    private Path dataDir;
    private H2ContactStore opened;
    private PersonKey probe;

    /**
     * Builds the store once from the demo generator's tenant of 1,000,000 people, through the Graph parser and sync
     * path of {@code sync --demo}; reuses it when the marker of a complete build exists. Prints the size on disk.
     */
    @Setup(Level.Trial)
    public void buildOnce() throws IOException, SyncException {
        dataDir = Path.of("target", "bench-store-1m-demo");
        Path done = dataDir.resolve("complete.marker");
        if (!Files.exists(done)) {
            Files.createDirectories(dataDir);
            long started = System.nanoTime();
            try (H2ContactStore store = StoreOpener.open(dataDir, KEY).store()) {
                List<ContactSource> sources = DemoMode.sources(new DemoGraphTransport(new DemoPages(
                        DemoTenant.scaled(PEOPLE), PAGE)), new PhoneNormalizer("DE"));
                SyncRun run = new SyncEngine(store, sources, SyncEngine.Renewal.NONE).runOnce(p -> { });
                if (!run.succeeded()) {
                    throw new IllegalStateException("The demo sync failed: " + run.failures().keySet());
                }
                PersonKey[] probe = new PersonKey[1];
                store.forEachPhone((person, e164, type, source) -> probe[0] = probe[0] == null ? person : probe[0]);
                Files.writeString(dataDir.resolve("probe.key"), probe[0].value());
            }
            Files.writeString(done, "built in " + (System.nanoTime() - started) / 1_000_000 + " ms");
        }
        probe = new PersonKey(Files.readString(dataDir.resolve("probe.key")));
        long bytes = Files.size(dataDir.resolve("contacts.mv.db"));
        System.out.printf("%nstore of %d people (demo generator, all three Graph sources): %d bytes on disk, %d bytes"
                + " per person (%s)%n", PEOPLE, bytes, bytes / PEOPLE, Files.readString(done));
    }

    /** Opens the store and reads one person, as the app does before showing its window. */
    @Benchmark
    public Object open() throws StoreException {
        opened = StoreOpener.open(dataDir, KEY).store();
        return opened.person(probe).orElseThrow();
    }

    /** Closes the store opened by the timed run. */
    @TearDown(Level.Invocation)
    public void close() {
        if (opened != null) {
            opened.close();
            opened = null;
        }
    }
}
