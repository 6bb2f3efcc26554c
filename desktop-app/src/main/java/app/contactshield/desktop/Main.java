package app.contactshield.desktop;

import app.contactshield.desktop.cli.DataDirOption;
import app.contactshield.desktop.cli.DoctorCommand;
import app.contactshield.desktop.cli.IdentifyCommand;
import app.contactshield.desktop.cli.SignInCommand;
import app.contactshield.desktop.cli.SignOutCommand;
import app.contactshield.desktop.cli.SyncCommand;
import app.contactshield.desktop.cli.WipeCommand;
import app.contactshield.desktop.instance.InstanceSocket;
import app.contactshield.desktop.instance.RunningInstance;
import app.contactshield.desktop.instance.SecondStarts;
import app.contactshield.desktop.ui.DesktopApplication;
import app.contactshield.desktop.ui.shell.LaunchOptions;
import app.contactshield.desktop.ui.shell.MachineShell;
import app.contactshield.graphsync.keys.KeyVaults;
import app.contactshield.graphsync.home.DataDirectory;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * The entry point of {@code contact-shield.jar}: without a subcommand it starts the desktop app; with one it runs
 * headless ({@code sync}, {@code signin}, {@code signout}, {@code doctor}, {@code wipe}, {@code identify}).
 */
@Command(name = "contact-shield", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Business contacts in one encrypted store, caller ID for your paired phone.",
        exitCodeListHeading = "%nExit codes (every command):%n",
        exitCodeList = {"0:done", "1:failed; stderr says what and why", "2:wrong usage; stderr says what to change"},
        subcommands = {SyncCommand.class, SignInCommand.class, SignOutCommand.class, DoctorCommand.class,
                WipeCommand.class, IdentifyCommand.class, CommandLine.HelpCommand.class})
public final class Main implements Callable<Integer> {

    @Parameters(arity = "0..1", paramLabel = "LINK",
            description = "A tel: or callto: link to dial (as the OS hands it over when the user clicks one).")
    private String link;

    @Mixin
    private DataDirOption dataDir;

    private final String[] args;
    private final DesktopApplication.Shells shells;

    private Main(String[] args, DesktopApplication.Shells shells) {
        this.args = args.clone();
        this.shells = shells;
    }

    /** Runs the command line (the desktop app in a lean child VM where {@link LeanLaunch} says so) and exits. */
    public static void main(String[] args) {
        System.exit(start(MachineShell::create, args));
    }

    /**
     * Runs the command line as {@link #main} does, with the desktop app's shell made by {@code shells} (this machine's
     * sign-in and Graph in the app; stand-ins in the start-up benchmark), and returns its exit status.
     */
    public static int start(DesktopApplication.Shells shells, String... args) {
        OptionalInt handedOver = handOverToRunningInstance(args);
        if (handedOver.isPresent()) {
            return handedOver.getAsInt();
        }
        OptionalInt child = LeanLaunch.relaunchIfNeeded(args);
        if (child.isPresent()) {
            return child.getAsInt();
        }
        ArchiveStartMarks.startedFine();
        // Its first use of the VM's management beans and of the log takes 100-200 ms: not on the way to the window.
        Thread heap = new Thread(HeapFootprint::keepSmall, "contactshield-heap-settings");
        heap.setDaemon(true);
        heap.start();
        return run(null, shells, args);
    }

    /**
     * A start of the desktop app on a data directory where the app already runs hands its link (or none) over to that
     * instance and ends here, before a lean VM, the log or the toolkit starts: the exit status, or empty when no
     * instance runs there (or the command line is not a desktop start, which the command line then handles).
     */
    static OptionalInt handOverToRunningInstance(String[] args) {
        // A data directory that cannot be a path here is refused by the command line, in one line.
        if (!LeanLaunch.startsDesktop(args) || !LeanLaunch.namesADataDir(args)) {
            return OptionalInt.empty();
        }
        List<String> links = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--data-dir")) {
                i++;
            } else if (!args[i].startsWith("--data-dir=")) {
                links.add(args[i]);
            }
        }
        Optional<Path> option = LeanLaunch.dataDirOption(args);
        if (links.size() > 1 || option.filter(path -> path.toString().isBlank()).isPresent()) {
            return OptionalInt.empty();
        }
        DataDirectory dir = DataDirectory.resolve(option);
        if (dir.fileInTheWay().isPresent()) {
            return OptionalInt.empty();
        }
        Optional<String> link = links.stream().findFirst();
        RunningInstance.Answer answer = RunningInstance.handOver(dir, link);
        if (answer == RunningInstance.Answer.NONE_RUNS) {
            return OptionalInt.empty();
        }
        return OptionalInt.of(told(answer, dir, link.isPresent(), new PrintWriter(System.out, true),
                new PrintWriter(System.err, true)));
    }

    /** Tells the user what the instance already running on {@code dir} did with this start; the exit status. */
    private static int told(RunningInstance.Answer answer, DataDirectory dir, boolean link, PrintWriter out,
            PrintWriter err) {
        if (answer == RunningInstance.Answer.TOOK_IT) {
            out.println("Contact Shield already runs on this data directory: its window came to the front"
                    + (link ? " and searches the link's number." : "."));
            out.flush();
            return 0;
        }
        err.println("Contact Shield already runs on " + dir + " but did not answer: end that instance, or try again.");
        err.flush();
        return 1;
    }

    /** Runs the command line and returns its exit status. */
    public static int run(String... args) {
        return run(null, args);
    }

    /**
     * Runs the command line with a given way of asking for a passphrase or PIN (tests, embedding).
     *
     * @param prompt asks for secrets; {@code null} asks on the terminal
     */
    public static int run(KeyVaults.SecretPrompt prompt, String... args) {
        return run(prompt, MachineShell::create, args);
    }

    private static int run(KeyVaults.SecretPrompt prompt, DesktopApplication.Shells shells, String... args) {
        CommandLine.IFactory defaults = CommandLine.defaultFactory();
        CommandLine.IFactory factory = new CommandLine.IFactory() {
            @Override
            public <K> K create(Class<K> type) throws Exception {
                if (prompt != null) {
                    try {
                        return type.getConstructor(KeyVaults.SecretPrompt.class).newInstance(prompt);
                    } catch (NoSuchMethodException e) {
                        return defaults.create(type);
                    }
                }
                return defaults.create(type);
            }
        };
        CommandLine commandLine = new CommandLine(new Main(args, shells), factory);
        CommandLine.IParameterExceptionHandler usage = commandLine.getParameterExceptionHandler();
        return commandLine.setCaseInsensitiveEnumValuesAllowed(true).setExecutionExceptionHandler(Main::refused)
                .setParameterExceptionHandler((e, given) -> wrongUsage(usage, e, given)).execute(args);
    }

    /** Wrong usage exits with 2; a data folder that cannot be named says so in one line, without the usage text. */
    private static int wrongUsage(CommandLine.IParameterExceptionHandler usage, CommandLine.ParameterException e,
            String[] args) throws Exception {
        if (e instanceof DataDirOption.UnnameableFolder) {
            e.getCommandLine().getErr().println(e.getMessage());
            e.getCommandLine().getErr().flush();
            return 2;
        }
        return usage.handleParseException(e, args);
    }

    @Spec
    private CommandSpec spec;

    /** A command that refused to run says why in its own words and exits with 1; anything else is a bug. */
    private static int refused(Exception e, CommandLine command, CommandLine.ParseResult parsed) throws Exception {
        if (e instanceof CommandLine.ExecutionException) {
            command.getErr().println(e.getMessage());
            command.getErr().flush();
            return 1;
        }
        throw e;
    }

    @Override
    public Integer call() {
        if (link != null && !link.toLowerCase(Locale.ROOT).matches("(tel|callto):.+")) {
            spec.commandLine().getErr().println("Unknown command or link '" + link
                    + "': give a subcommand (sync, signin, signout, doctor, wipe, identify) or a tel: or callto: "
                    + "link.");
            spec.commandLine().usage(spec.commandLine().getErr());
            return 2;
        }
        Optional<String> noDisplay = noDisplay(System.getenv(), System.getProperty("os.name", ""));
        if (noDisplay.isPresent()) {
            spec.commandLine().getErr().println(noDisplay.get());
            return 1;
        }
        DataDirectory dir = dataDir.resolveUnchecked();
        InstanceSocket socket = null;
        if (dir.fileInTheWay().isEmpty() && dir.whyNotCreated().isEmpty()) {
            InstanceSocket.Claim claim = InstanceSocket.claim(dir, Optional.ofNullable(link));
            if (claim instanceof InstanceSocket.Running running) {
                return told(running.answer(), dir, link != null, spec.commandLine().getOut(),
                        spec.commandLine().getErr());
            }
            if (claim instanceof InstanceSocket.Owned owned) {
                socket = owned.socket();
            } else if (claim instanceof InstanceSocket.Unguarded unguarded) {
                org.slf4j.LoggerFactory.getLogger(Main.class).warn("The app does not listen for later starts on its "
                        + "data directory ({}); a later start there opens a second window", unguarded.reason());
            }
        }
        try {
            DesktopApplication.launchApp(LaunchOptions.of(dir, link), shells,
                    socket == null ? SecondStarts.NONE : socket, new String[0]);
        } finally {
            if (socket != null) {
                socket.close();
            }
        }
        return dir.fileInTheWay().isPresent() || dir.whyNotCreated().isPresent() ? 1 : 0;
    }

    /**
     * Why the desktop app cannot open a window here: on Linux and other X11/Wayland systems, neither {@code DISPLAY}
     * nor {@code WAYLAND_DISPLAY} names a graphical session. Empty where a window can be opened.
     */
    static Optional<String> noDisplay(Map<String, String> env, String osName) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows") || os.startsWith("mac")) {
            return Optional.empty();
        }
        boolean display = !env.getOrDefault("DISPLAY", "").isBlank()
                || !env.getOrDefault("WAYLAND_DISPLAY", "").isBlank();
        return display ? Optional.empty() : Optional.of("No display: the desktop app needs a graphical session; the "
                + "subcommands (sync, doctor, identify, …) run without one; see --help.");
    }

    /** The version from the jar's manifest. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String version = Main.class.getPackage().getImplementationVersion();
            return new String[] {"Contact Shield " + (version == null ? "(development build)" : version)};
        }
    }
}
