package app.contactshield.desktop;

import app.contactshield.graphsync.home.DataDirectory;
import app.contactshield.graphsync.store.StoreFiles;
import com.sun.management.HotSpotDiagnosticMXBean;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * Started as {@code java -jar contact-shield.jar} without memory flags, the VM chooses G1 and lets the heap grow to
 * a quarter of the machine's memory: a desktop app with 300,000 people then stays near 1 GB resident, most of it
 * heap it grew into while building its indexes and G1's bookkeeping for that heap. The flags that avoid it (a
 * compact collector, a heap that grows only as far as the live data needs) can only be given when a VM starts, and a
 * jar's manifest cannot give them. So the desktop app, started from its jar with no such flag, starts itself once
 * more in a VM with {@link #childFlags(long) those flags}. On Linux and macOS that VM takes the first one's place in
 * the same process ({@link ProcessReplacement}), so that no first VM stays resident beside the app; elsewhere, or
 * when that fails, it is a child process that the first VM waits for, exiting with its status.
 *
 * <p>No relaunch happens for a subcommand ({@code sync}, {@code identify}, ...), when the command line already names
 * a collector or a heap size (the installer's launcher passes these flags itself) or attaches a debugger or an agent,
 * when the app runs from a class path rather than its jar, when the child VM cannot be started (the app then runs in
 * the first VM), or when the environment variable {@value #OFF_ENV} is set. The child gets the parent's own VM
 * options after these flags, so a user's {@code -D} settings still apply. Runs on the main thread before anything else.
 */
public final class LeanLaunch {
    /** Set in the child VM, so that it never relaunches again. */
    static final String LAUNCHED = "contactshield.launched";
    /** Set (to anything) to run the app in the VM it was started in. */
    static final String OFF_ENV = "CONTACT_SHIELD_NO_RELAUNCH";
    private static final long MB = 1L << 20;
    /** Heap the app needs beyond its store, and the cap: the indexes grow with the store, not beyond. */
    private static final long BASE_HEAP = 256 * MB;
    private static final long MAX_HEAP = 4_096 * MB;
    private static final Set<String> SIZING_FLAGS = Set.of("-Xmx", "-XX:MaxHeapSize", "-XX:MaxRAM",
            "-XX:MaxRAMPercentage", "-XX:+UseG1GC", "-XX:+UseSerialGC", "-XX:+UseParallelGC", "-XX:+UseZGC",
            "-XX:+UseShenandoahGC", "-XX:+UseEpsilonGC");
    private static final String TRIM_OPTION = "TrimNativeHeapInterval";
    private static final int TRIM_MILLIS = 10_000;
    private static final Set<String> TOOL_FLAGS = Set.of("-agentlib:", "-agentpath:", "-javaagent:", "-Xrunjdwp");

    private LeanLaunch() {
    }

    /**
     * Runs the app in a lean VM when it should (see the class comment): in place of this process, from which it
     * then never returns, or else in a child process, returning the child's exit status; empty when the app is to
     * run in this VM.
     */
    public static OptionalInt relaunchIfNeeded(String[] args) {
        if (System.getProperty(LAUNCHED) != null || System.getenv(OFF_ENV) != null) {
            return OptionalInt.empty();
        }
        Optional<Path> jar = ownJar(System.getProperty("java.class.path"), System.getProperty("sun.java.command"));
        if (jar.isEmpty() || !startsDesktop(args) || !namesADataDir(args)) {
            return OptionalInt.empty();
        }
        Optional<ProcessReplacement> replacement = ProcessReplacement.prepare();
        List<String> vmOptions = ManagementFactory.getRuntimeMXBean().getInputArguments();
        if (choosesMemory(vmOptions)) {
            return OptionalInt.empty();
        }
        List<String> command = new ArrayList<>();
        String java = javaCommand();
        command.add(java);
        command.addAll(childOptions(jar.get(), java, storeBytes(dataDirOption(args))));
        command.addAll(vmOptions);
        command.add("-D" + LAUNCHED + "=true");
        command.add("-jar");
        command.add(jar.get().toString());
        command.addAll(List.of(args));
        if (replacement.isPresent()) {
            Map<String, String> environment = new HashMap<>(System.getenv());
            for (Map.Entry<String, String> variable : childEnvironment().entrySet()) {
                environment.putIfAbsent(variable.getKey(), variable.getValue());
            }
            String failure = replacement.get().replaceWith(command, environment);
            org.slf4j.LoggerFactory.getLogger(LeanLaunch.class)
                    .warn("The lean VM could not take this process's place ({}); starting it beside", failure);
        }
        try {
            ProcessBuilder builder = new ProcessBuilder(command).inheritIO();
            childEnvironment().forEach(builder.environment()::putIfAbsent);
            Process child = builder.start();
            Runtime.getRuntime().addShutdownHook(new Thread(child::destroy, "contactshield-child-stop"));
            return OptionalInt.of(child.waitFor());
        } catch (IOException e) {
            ArchiveStartMarks.abandon(command);
            org.slf4j.LoggerFactory.getLogger(LeanLaunch.class)
                    .warn("A lean VM could not be started ({}); running in this one", e.getMessage());
            return OptionalInt.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return OptionalInt.of(130);
        }
    }

    /**
     * The child VM's flags for a store file of {@code storeBytes}: the serial collector (one thread, a few MB of
     * bookkeeping; the app's heap is small), a young generation of 16 MB (a young generation, once touched, stays
     * resident; by default it is a third of the heap, so 130 MB with 300,000 people; a keystroke's garbage fits in
     * 16 MB as well as in 32, and the search over 300,000 people answers as fast), a small initial heap whose free
     * room {@link HeapFootprint} sets while the app runs (wide while the indexes are built, narrow after) and that
     * shrinks to that room in one collection rather than over four, a ceiling of 256 MB plus twice the store file
     * (room for a rebuilt index beside the one in use) that bounds a runaway, not what the app keeps, and the
     * toolkit's software renderer, which draws the app's lists and forms in a few MB where an OpenGL driver keeps
     * 50 MB or more (the user's own {@code -Dprism.order} comes later on the command line and wins). Where the VM
     * knows it (17.0.9 and later), it also hands the native heap's free memory back to the system every
     * {@value #TRIM_MILLIS} ms: the toolkit and the compilers free tens of MB that malloc would otherwise keep.
     */
    public static List<String> childFlags(long storeBytes) {
        long heap = Math.min(MAX_HEAP, BASE_HEAP + 2 * Math.max(0, storeBytes));
        List<String> flags = new ArrayList<>(List.of("-XX:+UseSerialGC", "-Xms64m", "-Xmn16m",
                "-Xmx" + (heap / MB) + "m", "-XX:-ShrinkHeapInSteps", "-Dprism.order=sw"));
        if (knowsVmOption(TRIM_OPTION)) {
            flags.add("-XX:" + TRIM_OPTION + "=" + TRIM_MILLIS);
        }
        return List.copyOf(flags);
    }

    /**
     * All the options the child VM gets before the user's own: {@link #childFlags(long)} and those of the jar's
     * class data archive ({@link ClassDataArchive}: the archive where there is one, else the request to make it once
     * the app has started). The benchmarks start their VMs with these too.
     *
     * @param jar        the app's jar
     * @param java       the child's {@code java} command
     * @param storeBytes the size of the store file
     */
    public static List<String> childOptions(Path jar, String java, long storeBytes) {
        List<String> options = new ArrayList<>(childFlags(storeBytes));
        ClassDataArchive.of(jar, ClassDataArchive.cacheDirectory(), java)
                .ifPresent(archive -> options.addAll(archive.vmOptions()));
        return List.copyOf(options);
    }

    /** Whether this VM (the child runs the same one) has the option, so that the child does not refuse to start. */
    static boolean knowsVmOption(String name) {
        try {
            ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class).getVMOption(name);
            return true;
        } catch (IllegalArgumentException | LinkageError e) {
            return false;
        }
    }

    /**
     * What the child VM's environment gets unless already set: at most two malloc arenas, so that the native memory
     * of the toolkit's and the store's threads is not spread over one arena per thread.
     */
    public static Map<String, String> childEnvironment() {
        return Map.of("MALLOC_ARENA_MAX", "2");
    }

    /** The size of the store file in the data directory {@code option} (or the default one) names, 0 if none. */
    public static long storeBytes(Optional<Path> option) {
        try {
            Path file = StoreFiles.databaseFile(DataDirectory.resolve(option).path());
            return Files.isRegularFile(file) ? Files.size(file) : 0;
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    /** The jar this VM was started with {@code -jar}, if so. */
    static Optional<Path> ownJar(String classPath, String javaCommand) {
        if (classPath == null || javaCommand == null || classPath.contains(java.io.File.pathSeparator)
                || !classPath.toLowerCase(Locale.ROOT).endsWith(".jar") || !javaCommand.startsWith(classPath)) {
            return Optional.empty();
        }
        Path jar = Path.of(classPath).toAbsolutePath();
        return Files.isRegularFile(jar) ? Optional.of(jar) : Optional.empty();
    }

    /**
     * Whether the VM options already choose a collector or a heap size, or attach a debugger or an agent to this VM
     * (a second VM could not bind the same debug port, and the tool would watch the wrong one).
     */
    static boolean choosesMemory(List<String> vmOptions) {
        for (String option : vmOptions) {
            for (String flag : SIZING_FLAGS) {
                if (option.startsWith(flag)) {
                    return true;
                }
            }
            for (String flag : TOOL_FLAGS) {
                if (option.startsWith(flag)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether the arguments start the desktop app (no subcommand, no help): only a data directory and a link. */
    static boolean startsDesktop(String[] args) {
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.equals("--data-dir") && i + 1 < args.length) {
                i++;
            } else if (!arg.startsWith("--data-dir=") && !arg.toLowerCase(Locale.ROOT).matches("(tel|callto):.+")) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether the data directory the arguments or the environment give can be a path here. When it cannot (a name
     * the locale's file-name encoding cannot hold), the app stays in this VM, whose command line says why: a lean VM
     * would get the name with its characters replaced, and open another folder.
     */
    static boolean namesADataDir(String[] args) {
        try {
            DataDirectory.resolve(dataDirOption(args));
            return true;
        } catch (InvalidPathException e) {
            return false;
        }
    }

    /** The folder {@code --data-dir} names on a command line of the desktop app, if it names one. */
    static Optional<Path> dataDirOption(String[] args) {
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--data-dir") && i + 1 < args.length) {
                return Optional.of(Path.of(args[i + 1]));
            }
            if (args[i].startsWith("--data-dir=")) {
                return Optional.of(Path.of(args[i].substring("--data-dir=".length())));
            }
        }
        return Optional.empty();
    }

    /** The {@code java} command of this VM, which the child runs too. */
    public static String javaCommand() {
        return ProcessHandle.current().info().command()
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    }
}
