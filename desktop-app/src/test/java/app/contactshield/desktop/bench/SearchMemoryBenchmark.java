package app.contactshield.desktop.bench;

import app.contactshield.desktop.HeapFootprint;
import app.contactshield.desktop.ui.Messages;
import app.contactshield.desktop.ui.main.SearchViewModel;
import app.contactshield.desktop.ui.presence.StaticPresenceFeed;
import app.contactshield.desktop.ui.settings.UserSettings;
import app.contactshield.graphsync.model.ContactRecord;
import app.contactshield.graphsync.model.PersonKey;
import app.contactshield.graphsync.model.SourceId;
import app.contactshield.graphsync.store.H2ContactStore;
import app.contactshield.graphsync.store.StoreException;
import app.contactshield.graphsync.store.StoreOpener;
import app.contactshield.graphsync.sync.ChangePage;
import app.contactshield.graphsync.sync.DeltaCursor;
import java.io.File;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * Resident memory of the search side with 300,000 people: puts 300,000 invented people into an encrypted H2 store
 * (once, reused by later runs), then, in a fresh JVM per set of JVM flags, opens the store, starts the search model
 * the way the app does (the index built from the store), types the search benchmark's script, reads one person for
 * the detail pane, forces a GC and reports heap used and the process's resident set ({@code VmRSS}, and its peak
 * {@code VmHWM}, from {@code /proc/self/status}). Each child JVM runs with no flags (as {@code java -jar} does) and
 * with {@code -Xmx512m} (a plain heap ceiling), or with the flags given as arguments. Not a timed test; run it
 * with {@code exec:java} as the README's Benchmarks section shows.
 */
public final class SearchMemoryBenchmark {
    private static final int PEOPLE = 300_000;
    private static final int PAGE = 1_000;
    private static final byte[] KEY = new byte[32];
    private static final String CHILD = "--measure";
    private static final Path DATA_DIR = Path.of("target", "bench-store-search-300k");
    private static final String[] SCRIPT = {"m", "mu", "mül", "müller", "müller j", "schaefer", "ada bei",
        "089 7104", "+4989712345", "contoso log", "sales eng", "weiß", "oeztuerk", "0151 12", "12345", "teamleiter v",
        ""};

    private SearchMemoryBenchmark() {
    }

    /**
     * Without arguments measures with no JVM flags and with {@code -Xmx512m}; {@code a|b c} measures with the JVM
     * flag sets {@code a} and {@code b c} (sets separated by {@code |}).
     */
    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].equals(CHILD)) {
            measure();
            return;
        }
        buildStoreOnce();
        List<List<String>> flagSets = args.length == 0 ? List.of(List.of(), List.of("-Xmx512m"))
                : Arrays.stream(String.join(" ", args).split("\\|"))
                        .map(set -> Arrays.stream(set.trim().split("\\s+")).filter(f -> !f.isEmpty()).toList())
                        .toList();
        for (List<String> flags : flagSets) {
            List<String> command = new ArrayList<>();
            command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
            command.addAll(flags);
            command.addAll(List.of("-cp", classPath(), SearchMemoryBenchmark.class.getName(), CHILD));
            System.out.printf("%n== JVM flags: %s%n", flags.isEmpty() ? "(none)" : String.join(" ", flags));
            int exit = new ProcessBuilder(command).inheritIO().start().waitFor();
            System.out.printf("exit code %d%n", exit);
        }
    }

    private static void measure() throws StoreException {
        System.out.printf("heap settings tuned as the app's Main does: %s%n", HeapFootprint.keepSmall());
        ProcessMemory.report("JVM started");
        long started = System.nanoTime();
        try (H2ContactStore store = StoreOpener.open(DATA_DIR, KEY).store()) {
            SearchViewModel model = new SearchViewModel(store, new StaticPresenceFeed(), UserSettings.inMemory(),
                    Runnable::run, Runnable::run, Messages.forLocale(Locale.ENGLISH), Clock.systemUTC());
            model.start();
            System.out.printf("index of %d people built from the store in %d ms%n", model.index().size(),
                    (System.nanoTime() - started) / 1_000_000);
            ProcessMemory.report("index built");
            int rows = 0;
            for (int round = 0; round < 20; round++) {
                for (String keystroke : SCRIPT) {
                    model.queryProperty().set(keystroke);
                    rows += model.rows().size();
                }
            }
            PersonKey first = model.rows().get(0).hit().entry().key();
            System.out.printf("%d rows shown over %d keystrokes; detail of the first row loaded: %b%n", rows,
                    20 * SCRIPT.length, store.person(first).isPresent());
            ProcessMemory.report("after typing (no forced GC)");
            reportLater("idle 40 s, no forced GC", 40);
            reportLater("idle 130 s, no forced GC", 90);
            System.gc();
            System.gc();
            ProcessMemory.report("after a forced GC");
            reportLater("3 s later", 3);
        }
    }

    /** Reports again after a pause: the VM hands freed heap back to the OS on a background thread. */
    private static void reportLater(String when, int seconds) {
        ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
        try {
            timer.schedule(() -> ProcessMemory.report(when), seconds, TimeUnit.SECONDS).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException e) {
            throw new IllegalStateException("The report failed", e);
        } finally {
            timer.shutdownNow();
        }
    }

    private static void buildStoreOnce() throws IOException, StoreException {
        Path done = DATA_DIR.resolve("complete.marker");
        if (Files.exists(done)) {
            return;
        }
        Files.createDirectories(DATA_DIR);
        long started = System.nanoTime();
        Map<SourceId, List<ContactRecord>> bySource = SyntheticDirectory.records(PEOPLE, 42).stream()
                .collect(Collectors.groupingBy(ContactRecord::source, LinkedHashMap::new, Collectors.toList()));
        try (H2ContactStore store = StoreOpener.open(DATA_DIR, KEY).store()) {
            for (Map.Entry<SourceId, List<ContactRecord>> source : bySource.entrySet()) {
                List<ContactRecord> records = source.getValue();
                for (int start = 0; start < records.size(); start += PAGE) {
                    boolean last = start + PAGE >= records.size();
                    store.accept(new ChangePage(source.getKey(), records.subList(start, Math.min(records.size(),
                            start + PAGE)), List.of(), List.of(), new DeltaCursor("page-" + start, last),
                            start == 0));
                }
            }
        }
        Files.writeString(done, "built in " + (System.nanoTime() - started) / 1_000_000 + " ms");
        System.out.printf("store of %d people %s%n", PEOPLE, Files.readString(done));
    }

    /** The class path of this run: the exec plugin's class loader, else the JVM's. */
    private static String classPath() {
        if (Thread.currentThread().getContextClassLoader() instanceof URLClassLoader loader) {
            List<String> entries = new ArrayList<>();
            for (URL url : loader.getURLs()) {
                entries.add(new File(url.getPath()).getPath());
            }
            return String.join(File.pathSeparator, entries);
        }
        return System.getProperty("java.class.path");
    }
}
