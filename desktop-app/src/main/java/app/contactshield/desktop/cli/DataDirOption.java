package app.contactshield.desktop.cli;

import app.contactshield.graphsync.home.DataDirectory;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * The {@code --data-dir} option every command takes. It may stand before the subcommand
 * ({@code contact-shield --data-dir DIR wipe}) or after it ({@code contact-shield wipe --data-dir DIR}); given in
 * both places with different folders, the command refuses to run rather than guess which store is meant.
 */
public final class DataDirOption {
    private static final String NAME = "--data-dir";

    private Path dataDir;

    @Spec(Spec.Target.MIXEE)
    private CommandSpec mixee;

    /**
     * Takes the folder the user named. An empty value is refused: it would silently mean the current folder, where
     * settings and a store would land among unrelated files.
     *
     * @throws CommandLine.ParameterException when the value is empty or blank, or cannot name a file here (exit
     *                                        code 2)
     */
    @Option(names = NAME, paramLabel = "DIR",
            description = "Data directory (default: $" + DataDirectory.ENV + ", else the per-user app-data folder).")
    void dataDir(String folder) {
        if (folder.isBlank()) {
            throw new CommandLine.ParameterException(mixee.commandLine(), NAME + " was given an empty folder name: "
                    + "name a folder, or leave the option out to use $" + DataDirectory.ENV
                    + " or the per-user app-data folder.");
        }
        try {
            dataDir = Path.of(folder);
        } catch (InvalidPathException e) {
            throw new UnnameableFolder(mixee.commandLine(), e, NAME);
        }
    }

    /**
     * The data directory this command uses.
     *
     * @throws CommandLine.ParameterException when the option names two different folders
     * @throws CommandLine.ExecutionException when a file stands where the folder should be ({@code Main} prints its
     *                                        message and exits with 1)
     */
    public DataDirectory resolve() {
        DataDirectory dir = resolveUnchecked();
        Optional<Path> file = dir.fileInTheWay();
        if (file.isPresent()) {
            throw new CommandLine.ExecutionException(mixee.commandLine(), file.get() + " is a file, not a folder; "
                    + "choose another " + NAME + " (or " + DataDirectory.ENV + ").");
        }
        return dir;
    }

    /**
     * The data directory this run uses, even when it cannot hold a store: the desktop app shows that problem in a
     * window of its own.
     *
     * @throws CommandLine.ParameterException when the option names two different folders, or the folder the
     *                                        environment names cannot be a path here
     */
    public DataDirectory resolveUnchecked() {
        Optional<Path> before = fromParent();
        if (dataDir != null && before.isPresent()
                && !Objects.equals(dataDir.toAbsolutePath().normalize(), before.get().toAbsolutePath().normalize())) {
            throw new CommandLine.ParameterException(mixee.commandLine(), NAME + " names two folders ('"
                    + before.get() + "' before the command, '" + dataDir + "' after it): give it once.");
        }
        try {
            return DataDirectory.resolve(Optional.ofNullable(dataDir).or(() -> before));
        } catch (InvalidPathException e) {
            String env = System.getenv(DataDirectory.ENV);
            String source = env != null && !env.isBlank() ? "$" + DataDirectory.ENV : "the per-user app-data folder";
            throw new UnnameableFolder(mixee == null ? null : mixee.commandLine(), e, source);
        }
    }

    /**
     * A folder name that cannot be a path on this system, mostly one with characters the file-name encoding of the
     * current locale cannot hold (an {@code ä} under {@code LC_ALL=C}). Wrong usage (exit code 2), said in one line:
     * the usage text would not help.
     */
    public static final class UnnameableFolder extends CommandLine.ParameterException {
        private static final long serialVersionUID = 1L;

        UnnameableFolder(CommandLine commandLine, InvalidPathException cause, String source) {
            super(commandLine, message(cause, source), cause, null, cause.getInput());
        }

        private static String message(InvalidPathException cause, String source) {
            String encoding = System.getProperty("sun.jnu.encoding", "");
            if (cause.getReason() != null && cause.getReason().contains("unmappable characters")) {
                return "The data folder '" + cause.getInput() + "' (from " + source + ") cannot be named in this "
                        + "system's file-name encoding (" + encoding + "): start Contact Shield in a UTF-8 locale "
                        + "(for example LC_ALL=C.UTF-8), or choose a folder whose name has only ASCII characters.";
            }
            return "The data folder '" + cause.getInput() + "' (from " + source + ") cannot be a folder name here: "
                    + cause.getReason() + ".";
        }
    }

    private Optional<Path> fromParent() {
        CommandSpec parent = mixee == null ? null : mixee.parent();
        OptionSpec option = parent == null ? null : parent.findOption(NAME);
        Object value = option == null ? null : option.getValue();
        return value == null ? Optional.empty() : Optional.of(Path.of(value.toString()));
    }
}
