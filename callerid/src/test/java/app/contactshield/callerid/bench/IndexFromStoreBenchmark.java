package app.contactshield.callerid.bench;

import app.contactshield.callerid.index.CallerIndex;
import app.contactshield.graphsync.model.ContactRecord;
import app.contactshield.graphsync.model.PhoneNumber;
import app.contactshield.graphsync.model.PhoneType;
import app.contactshield.graphsync.model.SourceId;
import app.contactshield.graphsync.store.H2ContactStore;
import app.contactshield.graphsync.store.StoreException;
import app.contactshield.graphsync.store.StoreOpener;
import app.contactshield.graphsync.sync.ChangePage;
import app.contactshield.graphsync.sync.DeltaCursor;
import app.contactshield.graphsync.sync.SyncException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Building the caller index from the real encrypted store ({@code forEachPhone} over H2), for a store of
 * {@code people} invented people written through the page path a sync uses. The store is built once into
 * {@code target/bench-store-<people>} and reused.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgs = {"-Xmx3g"})
@Warmup(iterations = 2)
@Measurement(iterations = 5)
public class IndexFromStoreBenchmark {
    private static final int PAGE = 1_000;
    private static final byte[] KEY = new byte[32];
    private static final SourceId SOURCE = SourceId.GRAPH_USERS;

    /** How many people the store holds. */
    @Param("100000")
    public int people;

    private H2ContactStore store;

    /** Builds the store once, then opens it. */
    @Setup(Level.Trial)
    public void openStore() throws IOException, SyncException {
        Path dataDir = Path.of("target", "bench-store-" + people);
        Path done = dataDir.resolve("complete.marker");
        if (!Files.exists(done)) {
            Files.createDirectories(dataDir);
            long started = System.nanoTime();
            try (H2ContactStore writing = StoreOpener.open(dataDir, KEY).store()) {
                for (int start = 0; start < people; start += PAGE) {
                    writing.accept(page(start, Math.min(people, start + PAGE)));
                }
            }
            Files.writeString(done, "built in " + (System.nanoTime() - started) / 1_000_000 + " ms");
        }
        store = StoreOpener.open(dataDir, KEY).store();
    }

    /** Closes the store. */
    @TearDown(Level.Trial)
    public void closeStore() {
        store.close();
    }

    /** One full build of the index from the store. */
    @Benchmark
    public CallerIndex build() throws StoreException {
        CallerIndex index = new CallerIndex(people);
        index.loadFrom(store);
        return index;
    }

    /** The store's part alone: streaming every number to a visitor that only counts (the floor). */
    @Benchmark
    public long streamOnly() throws StoreException {
        long[] count = new long[1];
        store.forEachPhone((person, e164, type, source) -> count[0] += e164.length());
        return count[0];
    }

    /** Streaming every number with the name, company and title of its record, to a visitor that only counts. */
    @Benchmark
    public long streamWithCards() throws StoreException {
        long[] count = new long[1];
        store.forEachPhoneCard((person, e164, type, source, name, company, title) -> count[0] += name.length());
        return count[0];
    }

    private ChangePage page(int from, int to) {
        List<ContactRecord> records = new ArrayList<>(to - from);
        for (int i = from; i < to; i++) {
            String mobile = "+49151" + (10_000_000 + i);
            List<PhoneNumber> phones = new ArrayList<>(2);
            phones.add(new PhoneNumber(PhoneType.MOBILE, mobile, mobile, null));
            if (i % 3 == 0) {
                String desk = "+4989" + (20_000_000 + i);
                phones.add(new PhoneNumber(PhoneType.BUSINESS, desk, desk, null));
            }
            records.add(new ContactRecord(SOURCE, "u" + i, "oid-" + i, null, "Person " + i, null, null, "Contoso",
                    null, null, null, List.of("person" + i + "@contoso.example"), phones, Instant.EPOCH));
        }
        boolean last = to >= people;
        return new ChangePage(SOURCE, records, List.of(), List.of(), new DeltaCursor("page-" + to, last), from == 0);
    }
}
