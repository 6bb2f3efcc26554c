package app.contactshield.desktop.cli;

import static org.assertj.core.api.Assertions.assertThat;

import app.contactshield.graphsync.keys.PassphraseKeyVault;
import app.contactshield.graphsync.store.StoreOpener;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Without a keyring and without a terminal to ask on, the store stays locked and the user reads one message that
 * names the fallback (a passphrase-wrapped key) and the variable that answers for unattended runs, never an internal
 * identifier. The first test runs the jar's entry point in a process of its own with no D-Bus session, as a newcomer
 * on a headless server would.
 */
class NoKeyringTest {

    @TempDir
    Path dataDir;

    @Test
    void withoutAKeyringOrATerminalOneMessageNamesTheFallbackAndTheVariable(@TempDir Path output) throws Exception {
        ProcessBuilder sync = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-cp", System.getProperty("java.class.path"), "app.contactshield.desktop.Main",
                "sync", "--once", "--demo", "--data-dir", dataDir.toString()))
                .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()))
                .redirectOutput(output.resolve("out.txt").toFile())
                .redirectError(output.resolve("err.txt").toFile());
        sync.environment().remove("DBUS_SESSION_BUS_ADDRESS");
        sync.environment().remove(ConsoleSecretPrompt.PASSPHRASE_ENV);
        Process run = sync.start();

        assertThat(run.waitFor(90, TimeUnit.SECONDS)).isTrue();
        List<String> err = Files.readAllLines(output.resolve("err.txt"),
                StandardCharsets.UTF_8).stream().filter(line -> !line.isBlank()).toList();
        assertThat(run.exitValue()).isEqualTo(1);
        assertThat(err).hasSize(1);
        assertThat(err.get(0)).contains("no keyring is available", "passphrase-wrapped key",
                ConsoleSecretPrompt.PASSPHRASE_ENV, "DBUS_SESSION_BUS_ADDRESS is not set")
                .doesNotContainIgnoringCase("new_passphrase");
        assertThat(dataDir.resolve(PassphraseKeyVault.FILE_NAME)).doesNotExist();
    }

    @Test
    void aPassphraseThatIsNotGivenIsNamedOnceWithTheVariableThatGivesIt() throws Exception {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        new PassphraseKeyVault(dataDir, CliRun.PASSPHRASE.toCharArray()).store(key);
        StoreOpener.open(dataDir, key).store().close();

        CliRun.Result identify = CliRun.run((kind, reason) -> Optional.empty(), "identify", "+49 89 7104 201",
                "--data-dir", dataDir.toString());

        assertThat(identify.status()).isEqualTo(1);
        assertThat(identify.err().lines().filter(line -> !line.isBlank())).hasSize(1);
        assertThat(identify.err()).contains("locked with a passphrase and none was given",
                ConsoleSecretPrompt.PASSPHRASE_ENV).doesNotContainIgnoringCase("new_passphrase")
                .containsOnlyOnce("passphrase and none");
    }
}
