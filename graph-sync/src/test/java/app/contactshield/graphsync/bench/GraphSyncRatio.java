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
import app.contactshield.graphsync.store.H2ContactStore;
import app.contactshield.graphsync.store.StoreOpener;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The first sync of 100,000 directory users into a fresh encrypted store against fetching and parsing the same
 * pages alone, measured in pairs that alternate in one VM: whatever the machine and the compilers do meanwhile
 * weighs on both sides of each pair alike, which separate JMH forks (see {@link GraphSyncBenchmark}) cannot promise.
 * Arguments: warm-up pairs and measured pairs (default 6 and 10). Prints each pair, then the medians and the median
 * of the pairs' ratios.
 */
public final class GraphSyncRatio {

    private GraphSyncRatio() {
    }

    public static void main(String[] args) throws Exception {
        int warmups = args.length > 0 ? Integer.parseInt(args[0]) : 6;
        int pairs = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        try (LoopbackGraphServer server = new LoopbackGraphServer(new DemoTenant(GraphSyncBenchmark.PEOPLE,
                DemoTenant.STANDARD_SEED), 999)) {
            GraphClient client = new GraphClient(server.root(), new HttpGraphTransport(TestTls.clientContext(),
                    Duration.ofSeconds(10), Duration.ofSeconds(30)), f -> "bench-token", Sleeper.REAL,
                    RetryPolicy.DEFAULT);
            DirectoryUserSource users = new DirectoryUserSource(client, new PhoneNormalizer("DE"),
                    UserSelection.DEFAULT, Clock.systemUTC());
            List<long[]> measured = new ArrayList<>();
            for (int i = 0; i < warmups + pairs; i++) {
                long fetch = fetchAndParse(users);
                long store = intoFreshStore(users);
                boolean warmup = i < warmups;
                System.out.printf(Locale.ROOT, "%s %2d: fetch and parse %5d ms, into the store %5d ms, ratio %.2f%n",
                        warmup ? "warm-up" : "pair   ", i + 1, fetch, store, (double) store / fetch);
                if (!warmup) {
                    measured.add(new long[] {fetch, store});
                }
            }
            double[] ratios = measured.stream().mapToDouble(p -> (double) p[1] / p[0]).sorted().toArray();
            System.out.printf(Locale.ROOT, "%nmedians over %d pairs: fetch and parse %d ms, into the store %d ms; "
                    + "median ratio %.2f (target <= 1.5, total <= 15,000 ms)%n", pairs,
                    median(measured.stream().mapToLong(p -> p[0]).sorted().toArray()),
                    median(measured.stream().mapToLong(p -> p[1]).sorted().toArray()), ratios[ratios.length / 2]);
        }
    }

    private static long fetchAndParse(DirectoryUserSource users) throws Exception {
        long started = System.nanoTime();
        users.sync(Optional.empty(), new GraphSyncBenchmark.CursorKeeper(), p -> { });
        return (System.nanoTime() - started) / 1_000_000;
    }

    private static long intoFreshStore(DirectoryUserSource users) throws Exception {
        Path dir = Files.createTempDirectory("bench-ratio");
        byte[] key = new byte[StoreOpener.KEY_BYTES];
        new SecureRandom().nextBytes(key);
        try {
            try (H2ContactStore store = StoreOpener.open(dir, key).store()) {
                long started = System.nanoTime();
                users.sync(Optional.empty(), store, p -> { });
                return (System.nanoTime() - started) / 1_000_000;
            }
        } finally {
            GraphSyncBenchmark.delete(dir);
        }
    }

    private static long median(long[] sorted) {
        return sorted[sorted.length / 2];
    }
}
