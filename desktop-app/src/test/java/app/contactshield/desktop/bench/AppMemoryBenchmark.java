package app.contactshield.desktop.bench;

import app.contactshield.desktop.HeapFootprint;
import app.contactshield.desktop.LeanLaunch;
import app.contactshield.desktop.ui.AppContext;
import app.contactshield.desktop.ui.shell.AppShell;
import app.contactshield.graphsync.home.DataDirectory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.scene.control.ListView;
import javafx.stage.Stage;

/**
 * Resident memory of the whole app with its window and 300,000 people: in a fresh JVM per set of JVM flags, starts
 * the real app shell as {@link ColdStartBenchmark} does (settings from the data directory, a silent sign-in, the
 * encrypted store opened through the key vault, the main window, the search index, caller ID), waits until everyone
 * is indexed, types a script of searches, opens the first result's detail, idles past the app's idle collection and
 * prints heap used and the process's {@code VmRSS} and peak {@code VmHWM} ({@code /proc/self/status}) at each step.
 * The store is written once under {@code target/bench-coldstart-300000} ({@code …-passphrase} where no key store
 * answers, as {@link ColdStartBenchmark} does). Without arguments it measures with the
 * flags of the lean VM that {@code java -jar contact-shield.jar} runs for this store ({@link LeanLaunch}) and
 * with the installer launcher's options; {@code a|b c} measures the flag sets {@code a} and {@code b c} (an empty
 * set, as in {@code "|-Xmx512m"}, is a VM with no flags at all). Run it under a display with the module's test class
 * path, as the README's Benchmarks section shows:
 *
 * <pre>
 * java -cp "$CP" app.contactshield.desktop.bench.AppMemoryBenchmark
 * </pre>
 */
public final class AppMemoryBenchmark {
    private static final int PEOPLE = 300_000;
    private static final String CHILD = "--measure";
    /** What the installer's launcher passes (installer/pom.xml, {@code jpackage.java.options}). */
    private static final String LAUNCHER_OPTIONS = "-XX:+UseSerialGC -Xms64m -Xmn16m -Xmx2g "
            + "-XX:-ShrinkHeapInSteps -Dprism.order=sw -XX:+IgnoreUnrecognizedVMOptions "
            + "-XX:TrimNativeHeapInterval=10000";
    private static final String[] SCRIPT = {"m", "mü", "mül", "müller", "müller 12", "schäfer", "ada bei",
        "0151 100", "+4915110012345", "contoso", "sales acc", "weiß", "oeztuerk", "krämer 29", ""};
    private static final int IDLE_SECONDS = 40;

    private AppMemoryBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].equals(CHILD)) {
            try {
                measure();
            } catch (Exception | Error e) {
                e.printStackTrace();
                System.exit(1);
            }
            System.exit(0);
        }
        DataDirectory dir = ColdStartBenchmark.storeDirectory(PEOPLE);
        if (!Files.exists(dir.resolveFile("complete.marker"))) {
            ColdStartBenchmark.build(dir, PEOPLE);
        }
        String asJar = String.join(" ", LeanLaunch.childFlags(LeanLaunch.storeBytes(Optional.of(dir.path()))));
        String sets = args.length == 0 ? asJar + "|" + LAUNCHER_OPTIONS : String.join(" ", args);
        for (String set : sets.split("\\|", -1)) {
            List<String> flags = Arrays.stream(set.trim().split("\\s+")).filter(f -> !f.isEmpty()).toList();
            List<String> command = new ArrayList<>();
            command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
            command.addAll(flags);
            command.addAll(List.of("-cp", System.getProperty("java.class.path"), AppMemoryBenchmark.class.getName(),
                    CHILD));
            System.out.printf("%n== JVM flags: %s%s%n", flags.isEmpty() ? "(none)" : String.join(" ", flags),
                    set.equals(asJar) ? " (the lean VM of java -jar, with " + LeanLaunch.childEnvironment() + ")"
                    : "");
            ProcessBuilder child = new ProcessBuilder(command).inheritIO();
            if (set.equals(asJar)) {
                LeanLaunch.childEnvironment().forEach(child.environment()::putIfAbsent);
            }
            System.out.printf("exit code %d%n", child.start().waitFor());
        }
    }

    private static void measure() throws Exception {
        HeapFootprint.keepSmall();
        ProcessMemory.report("JVM started");
        CountDownLatch toolkit = new CountDownLatch(1);
        Platform.startup(toolkit::countDown);
        toolkit.await();
        AppShell shell = ColdStartBenchmark.shell(ColdStartBenchmark.storeDirectory(PEOPLE));
        long started = System.nanoTime();
        Stage[] stage = new Stage[1];
        Platform.runLater(() -> {
            stage[0] = new Stage();
            shell.start(stage[0]);
        });
        AppContext context = awaitFx(() -> shell.context() != null && shell.context().search().isComplete()
                && shell.context().search().index().size() == PEOPLE ? shell.context() : null);
        System.out.printf("main window with %,d people indexed after %d ms%n", PEOPLE,
                (System.nanoTime() - started) / 1_000_000);
        ProcessMemory.report("everyone indexed");
        int rows = 0;
        for (String keystroke : SCRIPT) {
            rows += awaitFx(() -> {
                context.search().queryProperty().set(keystroke);
                return context.search().rows().size();
            });
        }
        awaitFx(() -> context.search().queryProperty().get().isEmpty() ? context : null);
        awaitFx(() -> {
            if (context.search().rows().isEmpty()) {
                return null;
            }
            ListView<?> list = (ListView<?>) stage[0].getScene().lookup("#resultList");
            list.getSelectionModel().select(0);
            return list;
        });
        String shown = awaitFx(() -> context.detail().nameProperty().get().isEmpty() ? null
                : context.detail().nameProperty().get());
        System.out.printf("%d rows over %d keystrokes; a detail shows: %b%n", rows, SCRIPT.length, !shown.isEmpty());
        ProcessMemory.report("after typing and a detail");
        LockSupport.parkNanos(TimeUnit.SECONDS.toNanos(IDLE_SECONDS));
        ProcessMemory.report("idle " + IDLE_SECONDS + " s");
        Platform.runLater(shell::close);
    }

    /** Runs {@code step} on the JavaFX thread until it answers non-null; returns the answer. */
    private static <T> T awaitFx(Supplier<T> step) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
        while (System.nanoTime() < deadline) {
            CompletableFuture<T> answer = new CompletableFuture<>();
            Platform.runLater(() -> {
                try {
                    answer.complete(step.get());
                } catch (RuntimeException e) {
                    answer.complete(null);
                }
            });
            T value = answer.get(1, TimeUnit.MINUTES);
            if (value != null) {
                return value;
            }
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(20));
        }
        throw new IllegalStateException("The app did not get there within 3 minutes");
    }
}
