package app.contactshield.desktop.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Three first syncs into a new folder at once, each a process of its own (locked with a passphrase, without a
 * keyring): one makes the store, each other one either says the store is in use or syncs after it, and no store is
 * judged damaged or set aside while another process is still making it.
 */
class ConcurrentFirstSyncTest {
    private static final int PROCESSES = 3;

    @TempDir
    Path temp;

    @Test
    void concurrentFirstSyncsNeverSetAStoreAsideAndTheOthersSayItIsInUse() throws Exception {
        Path dataDir = temp.resolve("new");
        List<Process> syncs = new ArrayList<>();
        for (int i = 0; i < PROCESSES; i++) {
            syncs.add(start(i, "sync", "--once", "--demo", "--data-dir", dataDir.toString()));
        }

        List<String> errors = new ArrayList<>();
        int succeeded = 0;
        for (int i = 0; i < PROCESSES; i++) {
            assertThat(syncs.get(i).waitFor(180, TimeUnit.SECONDS)).isTrue();
            String err = Files.readString(temp.resolve("err" + i + ".txt"), StandardCharsets.UTF_8);
            errors.add(err);
            if (syncs.get(i).exitValue() == 0) {
                succeeded++;
            } else {
                assertThat(err).contains("in use by another Contact Shield process");
            }
        }

        assertThat(succeeded).as(String.join("\n", errors)).isPositive();
        assertThat(String.join("\n", errors)).doesNotContain("damaged", "set aside");
        try (Stream<Path> files = Files.list(dataDir)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.contains("unreadable"));
        }
        CliRun.Result doctor = CliRun.run("doctor", "--data-dir", dataDir.toString());
        assertThat(doctor.status()).as(doctor.err()).isZero();
    }

    private Process start(int i, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-cp", System.getProperty("java.class.path"), "app.contactshield.desktop.Main"));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()))
                .redirectOutput(temp.resolve("out" + i + ".txt").toFile())
                .redirectError(temp.resolve("err" + i + ".txt").toFile());
        builder.environment().remove("DBUS_SESSION_BUS_ADDRESS");
        builder.environment().put(ConsoleSecretPrompt.PASSPHRASE_ENV, CliRun.PASSPHRASE);
        return builder.start();
    }
}
