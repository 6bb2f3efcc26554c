package app.contactshield.desktop;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * A mark beside the class data archive ({@code <archive>.<pid>.start}) for each start that maps it, made by the
 * jar's first VM before the app's VM starts and deleted by the app's VM as soon as its {@code main} runs
 * ({@value #PROPERTY} names it). A mark whose process is gone means that a VM died while it mapped the archive,
 * before the app ran: damage that the seal's samples missed, or a VM that cannot map this archive. The next start
 * then drops the archive, so that at most one start crashes on it. The process id stays the same when the app's VM
 * takes the first VM's place; where it is a child, the first VM waits for it and lives as long.
 *
 * <p>What the jar's first VM runs here uses the {@code java.io} classes it has loaded already and builds its strings
 * without {@code +}: the NIO channels' classes and each new shape of string concatenation cost a start a millisecond
 * or more of processor time.
 */
final class ArchiveStartMarks {
    /** Set in the app's VM to the mark of its start, which it deletes once it runs. */
    static final String PROPERTY = "contactshield.classdata.start";
    private static final String SUFFIX = ".start";

    private ArchiveStartMarks() {
    }

    /** Marks a start of this process that maps {@code archive}, and returns the mark. */
    static Path mark(Path archive) throws IOException {
        Path mark = archive.resolveSibling(new StringBuilder().append(archive.getFileName()).append('.')
                .append(ProcessHandle.current().pid()).append(SUFFIX).toString());
        mark.toFile().createNewFile();
        return mark;
    }

    /** Whether a start that mapped {@code archive} ended before its app ran (its process is gone, its mark is not). */
    static boolean anEarlierStartDied(Path archive) {
        String prefix = archive.getFileName().toString().concat(".");
        String[] names = archive.getParent().toFile().list();
        if (names == null) {
            return false;
        }
        for (String name : names) {
            OptionalLong pid = pidOf(name, prefix);
            if (pid.isPresent() && !alive(pid.getAsLong())) {
                return true;
            }
        }
        return false;
    }

    /** Deletes the marks of {@code archive}, of starts gone or running. */
    static void deleteAll(Path archive) throws IOException {
        String prefix = archive.getFileName() + ".";
        try (DirectoryStream<Path> files = Files.newDirectoryStream(archive.getParent())) {
            for (Path file : files) {
                if (pidOf(file.getFileName().toString(), prefix).isPresent()) {
                    Files.deleteIfExists(file);
                }
            }
        }
    }

    /**
     * In the app's VM, deletes the mark of its start ({@value #PROPERTY}): the VM mapped the archive and runs. Returns
     * the archive the start mapped, if it marked one.
     */
    static Optional<Path> startedFine() {
        String mark = System.getProperty(PROPERTY);
        if (mark == null || mark.isBlank()) {
            return Optional.empty();
        }
        Path file = Path.of(mark);
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // A mark left behind only costs the archive: once this process is gone, the next start makes a new one.
        }
        return archiveOf(file);
    }

    /** Deletes the mark a command line gives its VM, when that VM could not be started. */
    static void abandon(List<String> command) {
        String option = "-D" + PROPERTY + "=";
        for (String argument : command) {
            if (argument.startsWith(option)) {
                try {
                    Files.deleteIfExists(Path.of(argument.substring(option.length())));
                } catch (IOException | RuntimeException e) {
                    // A mark left behind only costs the archive: the start after this process makes a new one.
                }
            }
        }
    }

    /** The archive a mark belongs to. */
    static Optional<Path> archiveOf(Path mark) {
        String name = mark.getFileName().toString();
        if (!name.endsWith(SUFFIX)) {
            return Optional.empty();
        }
        String withoutSuffix = name.substring(0, name.length() - SUFFIX.length());
        int dot = withoutSuffix.lastIndexOf('.');
        return dot <= 0 ? Optional.empty() : Optional.of(mark.resolveSibling(withoutSuffix.substring(0, dot)));
    }

    private static OptionalLong pidOf(String name, String prefix) {
        if (!name.startsWith(prefix) || !name.endsWith(SUFFIX)) {
            return OptionalLong.empty();
        }
        String pid = name.substring(prefix.length(), name.length() - SUFFIX.length());
        if (pid.isEmpty() || pid.length() > 18) {
            return OptionalLong.empty();
        }
        for (int i = 0; i < pid.length(); i++) {
            if (pid.charAt(i) < '0' || pid.charAt(i) > '9') {
                return OptionalLong.empty();
            }
        }
        return OptionalLong.of(Long.parseLong(pid));
    }

    /** Whether the process runs; written without lambdas, as the jar's first VM runs it on its way to the app's. */
    private static boolean alive(long pid) {
        Optional<ProcessHandle> process = ProcessHandle.of(pid);
        return process.isPresent() && process.get().isAlive();
    }
}
