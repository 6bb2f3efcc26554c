package app.contactshield.desktop;

import com.sun.jna.Library;
import com.sun.jna.Native;
import com.sun.jna.Platform;
import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

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
        Thread loader = new Thread(new Loader(libc), "contactshield-libc-load");
        loader.setDaemon(true);
        loader.start();
        return Optional.of(new ProcessReplacement(libc));
    }

    /**
     * Loads the C library. A class rather than a lambda, as is everything on the way to the replacement: the VM
     * would spend tens of milliseconds setting up its first lambdas, which the replaced VM never uses.
     */
    private static final class Loader implements Runnable {
        private final CompletableFuture<CLibrary> libc;

        Loader(CompletableFuture<CLibrary> libc) {
            this.libc = libc;
        }

        @Override
        public void run() {
            try {
                skipLinkerCacheScan();
                libc.complete(Native.load(Platform.C_LIBRARY_NAME, CLibrary.class));
            } catch (LinkageError | RuntimeException e) {
                libc.completeExceptionally(e);
            }
        }
    }

    /**
     * On Linux, JNA otherwise runs {@code ldconfig -p} (a process of its own, tens of milliseconds) to learn where
     * libraries lie: it is told instead the folder of the C library (glibc's {@code libc.so.6}) this process has
     * loaded, and the usual ones. Left as it is when the user set it, or when no such library shows in the process's
     * memory map.
     */
    private static void skipLinkerCacheScan() {
        String property = "jna.platform.library.path";
        if (!Platform.isLinux() || System.getProperty(property) != null) {
            return;
        }
        try (BufferedReader maps = Files.newBufferedReader(Path.of("/proc/self/maps"), StandardCharsets.UTF_8)) {
            for (String line = maps.readLine(); line != null; line = maps.readLine()) {
                int path = line.indexOf('/');
                if (path >= 0 && line.endsWith("/libc.so.6")) {
                    String folder = Path.of(line.substring(path)).getParent().toString();
                    System.setProperty(property, folder + File.pathSeparator + "/usr/lib64" + File.pathSeparator
                            + "/lib64" + File.pathSeparator + "/usr/lib" + File.pathSeparator + "/lib");
                    return;
                }
            }
        } catch (IOException | RuntimeException e) {
            return;
        }
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
        for (Map.Entry<String, String> variable : environment.entrySet()) {
            env.add(variable.getKey() + "=" + variable.getValue());
        }
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
        File proc = new File("/proc/self/fd");
        String[] names = (proc.isDirectory() ? proc : new File("/dev/fd")).list();
        List<Integer> fds = new ArrayList<>();
        for (String name : names == null ? new String[0] : names) {
            try {
                fds.add(Integer.parseInt(name));
            } catch (NumberFormatException e) {
                continue;
            }
        }
        return fds;
    }
}
