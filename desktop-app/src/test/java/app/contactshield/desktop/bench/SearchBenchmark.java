package app.contactshield.desktop.bench;

import app.contactshield.desktop.search.SearchEntry;
import app.contactshield.desktop.search.SearchHit;
import app.contactshield.desktop.search.SearchIndex;
import app.contactshield.desktop.ui.Messages;
import app.contactshield.desktop.ui.main.ResultRow;
import app.contactshield.desktop.ui.main.SearchViewModel;
import app.contactshield.desktop.ui.presence.StaticPresenceFeed;
import app.contactshield.desktop.ui.sample.InMemoryContactStore;
import app.contactshield.desktop.ui.settings.UserSettings;
import app.contactshield.graphsync.model.Person;
import java.io.IOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
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
 * Keystroke to updated result list over 300,000 people: each invocation takes the next keystroke of a typing script
 * (names with and without umlauts, companies, titles, numbers in several formats), sets it as the search model's
 * query, which queries the index and replaces the list model's rows. The Lucene benchmark answers the same
 * keystrokes from an in-memory Lucene index of the same fields and fills an equal list model.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 3)
@Measurement(iterations = 3, time = 5)
@Fork(value = 1, jvmArgs = {"-Xmx3g"})
public class SearchBenchmark {
    private static final int PEOPLE = 300_000;
    private static final String[] SCRIPT = {
        "m", "mu", "mül", "müll", "mülle", "müller", "müller j", "müller jü",
        "s", "sc", "sch", "schä", "schäf", "schaef", "schaefer",
        "a", "ad", "ada", "ada b", "ada be", "ada bei",
        "0", "08", "089", "089 7", "089 71", "089 710", "089 7104", "089 71042",
        "+", "+4", "+49", "+498", "+4989", "+49897", "+498971", "+4989712345",
        "c", "co", "con", "cont", "contoso", "contoso log",
        "sales", "sales e", "sales eng", "weiss", "weiß", "öz", "oez", "oeztuerk",
        "0151 1", "0151 12", "123", "1234", "12345", "geschäfts", "teamleiter v", "xyzzy",
    };

    private SearchViewModel model;
    private LuceneComparison lucene;
    private SearchIndex index;
    private List<Person> people;
    private final ObservableList<ResultRow> luceneRows = FXCollections.observableArrayList();
    private int next;

    @Setup(Level.Trial)
    public void build() throws IOException {
        people = SyntheticDirectory.people(PEOPLE, 42);
        long started = System.nanoTime();
        index = SearchIndex.build(people, new HashSet<>(people.subList(0, 40).stream().map(Person::key).toList()));
        long indexMillis = (System.nanoTime() - started) / 1_000_000;
        started = System.nanoTime();
        lucene = new LuceneComparison(people);
        long luceneMillis = (System.nanoTime() - started) / 1_000_000;
        System.out.printf("%nBuilt the index of %d people in %d ms; Lucene in %d ms%n", index.size(), indexMillis,
                luceneMillis);
        model = new SearchViewModel(InMemoryContactStore.of(List.of()), new StaticPresenceFeed(),
                UserSettings.inMemory(), Runnable::run, Runnable::run, Messages.forLocale(Locale.ENGLISH),
                Clock.systemUTC());
        model.useIndex(index);
    }

    @TearDown(Level.Trial)
    public void close() throws IOException {
        lucene.close();
    }

    private String nextKeystroke() {
        String text = SCRIPT[next];
        next = (next + 1) % SCRIPT.length;
        return text;
    }

    /** Keystroke to updated list model through the app's own index and search model. */
    @Benchmark
    public int contactShieldIndex() {
        model.queryProperty().set(nextKeystroke());
        return model.rows().size();
    }

    /** The same keystrokes answered by Lucene, filling an equal list model. */
    @Benchmark
    public int luceneIndex() throws IOException {
        List<Integer> ids = lucene.query(nextKeystroke(), SearchViewModel.LIMIT);
        List<ResultRow> rows = new ArrayList<>(ids.size());
        for (int id : ids) {
            SearchEntry entry = index.entry(people.get(id).key()).orElseThrow();
            rows.add(new ResultRow(new SearchHit(entry, false), null, false, ""));
        }
        luceneRows.setAll(rows);
        return luceneRows.size();
    }
}
