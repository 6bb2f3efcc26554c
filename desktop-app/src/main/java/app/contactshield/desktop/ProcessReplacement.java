package app.contactshield.desktop;

import com.sun.jna.Library;
import com.sun.jna.Native;
import com.sun.jna.Platform;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;

/**
 * Runs another program in place of this process, as the POSIX {@code execve} call does: the process keeps its id,
 * its standard streams and its place under the shell or desktop that started it, and the program's exit status
 * becomes the process's. Nothing of this VM stays behind: no second process waits beside the program. The JDK has
 * no such call, so it goes through the C library with JNA, as the Bluetooth socket code does; only on Linux and
 * macOS. The library is loaded by its file name (a search by the short name {@code c} would run {@code ldconfig}), on
 * a background thread from {@link #prepare()} on, while the caller works out the command line.
 */
final class ProcessReplacement {
    /** {@code fcntl} commands and flags, the same on Linux and macOS. */
    private static final int F_SETFD = 2;
    private static final int FD_CLOEXEC = 1;

    private final CompletableFuture<CLibrary> libc;

    /** The C library's calls used here. */
    interface CLibrary extends Library {
        int execve(String path, String[] argv, String[] envp);

        int fcntl(int fd, int cmd, Object... args);
    }

    private ProcessReplacement(CompletableFuture<CLibrary> libc) {
        this.libc = libc;
    }

    /** Whether a process can be replaced on the system named {@code osName} (Linux and macOS). */
    static boolean supported(String osName) {
        String os = osName.toLowerCase(Locale.ROOT);
        return os.startsWith("linux") || os.startsWith("mac");
    }

    /** Starts loading the C library on a background thread; empty where this system cannot replace a process. */
    static Optional<ProcessReplacement> prepare() {
        if (!supported(System.getProperty("os.name", ""))) {
            return Optional.empty();
        }
        CompletableFuture<CLibrary> libc = new CompletableFuture<>();
        Thread loader = new Thread(() -> {
            try {
                libc.complete(Native.load(Platform.C_LIBRARY_NAME, CLibrary.class));
            } catch (LinkageError | RuntimeException e) {
                libc.completeExceptionally(e);
            }
        }, "contactshield-libc-load");
        loader.setDaemon(true);
        loader.start();
        return Optional.of(new ProcessReplacement(libc));
    }

    /**
     * Replaces this process with {@code command} (the program's path first) and the environment {@code
     * environment}. The descriptors this VM opened (its jar, its modules) are closed on the way; standard input,
     * output and error stay. Returns only when the replacement failed, with the reason.
     */
    String replaceWith(List<String> command, Map<String, String> environment) {
        CLibrary c;
        try {
            c = libc.join();
        } catch (RuntimeException e) {
            return "the C library could not be loaded: " + e.getCause();
        }
        closeOnReplacement(c);
        List<String> env = new ArrayList<>(environment.size());
        environment.forEach((name, value) -> env.add(name + "=" + value));
        System.out.flush();
        System.err.flush();
        c.execve(command.get(0), command.toArray(String[]::new), env.toArray(String[]::new));
        return "execve failed with error " + Native.getLastError();
    }

    /** Marks every descriptor above standard error to be closed when the process is replaced. */
    private static void closeOnReplacement(CLibrary c) {
        for (int fd : openDescriptors()) {
            if (fd > 2) {
                c.fcntl(fd, F_SETFD, FD_CLOEXEC);
            }
        }
    }

    /** The descriptors open in this process (Linux and macOS list them as the entries of a directory). */
    static List<Integer> openDescriptors() {
        Path dir = Files.isDirectory(Path.of("/proc/self/fd")) ? Path.of("/proc/self/fd") : Path.of("/dev/fd");
        List<Integer> fds = new ArrayList<>();
        try (Stream<Path> entries = Files.list(dir)) {
            entries.map(entry -> entry.getFileName().toString()).filter(name -> name.matches("\\d+"))
                    .forEach(name -> fds.add(Integer.parseInt(name)));
        } catch (IOException | RuntimeException e) {
            return List.of();
        }
        return fds;
    }
}
