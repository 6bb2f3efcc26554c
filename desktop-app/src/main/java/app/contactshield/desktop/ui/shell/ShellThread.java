package app.contactshield.desktop.ui.shell;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** The shell's one daemon thread, named {@code contactshield-shell}: it opens stores and builds contexts. */
final class ShellThread {
    static final ExecutorService EXECUTOR = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "contactshield-shell");
        thread.setDaemon(true);
        return thread;
    });

    private ShellThread() {
    }
}
