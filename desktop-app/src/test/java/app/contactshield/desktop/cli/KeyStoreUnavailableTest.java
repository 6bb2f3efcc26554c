package app.contactshield.desktop.cli;

import static org.assertj.core.api.Assertions.assertThat;

import app.contactshield.graphsync.keys.KeyRecord;
import app.contactshield.graphsync.keys.PassphraseKeyVault;
import app.contactshield.graphsync.keys.SecretServiceKeyVault;
import app.contactshield.graphsync.store.StoreFiles;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A store whose key is in the Secret Service, run where no keyring answers: the command says where the key is and
 * what to do, fails, and leaves the store and its key as they were, so the next run in the desktop session opens
 * the same contacts. The keyless runs are processes of their own without a D-Bus session.
 */
class KeyStoreUnavailableTest {
    @TempDir
    Path dataDir;

    @TempDir
    Path output;

    @BeforeEach
    void requireASecretService() {
        Optional<String> reason = SecretServiceKeyVault.unavailableReason(dataDir);
        Assumptions.assumeTrue(reason.isEmpty(), () -> "needs a Secret Service: " + reason.orElse(""));
    }

    @AfterEach
    void deleteTheKey() throws Exception {
        new SecretServiceKeyVault(dataDir).delete();
    }

    @Test
    void withoutTheKeyringAStoreKeptThereIsLeftUntouchedAndTheUserIsToldWhereItsKeyIs() throws Exception {
        assertThat(CliRun.run("sync", "--once", "--demo", "--data-dir", dataDir.toString()).status()).isZero();
        String before = digest(StoreFiles.databaseFile(dataDir));

        Run identify = withoutKeyring("identify", "089 7104726", "--data-dir", dataDir.toString());

        assertThat(identify.status()).isEqualTo(1);
        assertThat(identify.err()).contains("key is in a keyring that is not available", "Secret Service",
                "start your keyring or log in to the desktop session").doesNotContain("set aside", "lost");
        assertThat(digest(StoreFiles.databaseFile(dataDir))).isEqualTo(before);
        assertThat(dataDir.resolve(PassphraseKeyVault.FILE_NAME)).doesNotExist();
        try (Stream<Path> files = Files.list(dataDir)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.contains("unreadable"));
        }
        CliRun.Result again = CliRun.run((kind, reason) -> Optional.empty(), "identify", "089 7104726",
                "--data-dir", dataDir.toString());
        assertThat(again.status()).isZero();
        assertThat(again.err()).doesNotContain("set aside");
    }

    @Test
    void aFreshDataDirectoryWithoutAKeyringStillLocksWithAPassphrase() throws Exception {
        Run sync = withoutKeyring("sync", "--once", "--demo", "--data-dir", dataDir.toString());

        assertThat(sync.status()).as(sync.err()).isZero();
        assertThat(dataDir.resolve(PassphraseKeyVault.FILE_NAME)).exists();
        assertThat(KeyRecord.read(dataDir)).contains(new KeyRecord(KeyRecord.Holder.PASSPHRASE_FILE, false));
    }

    @Test
    void wipeWithoutTheKeyringNamesTheKeyItCouldNotDeleteAndFails() throws Exception {
        assertThat(CliRun.run("sync", "--once", "--demo", "--data-dir", dataDir.toString()).status()).isZero();

        Run wipe = withoutKeyring("wipe", "--data-dir", dataDir.toString());

        assertThat(wipe.status()).isEqualTo(1);
        assertThat(wipe.err()).contains("Not deleted: the store key", "Secret Service", "not available");
        assertThat(new SecretServiceKeyVault(dataDir).load()).isPresent();
    }

    @Test
    void wipeWithTheKeyringLeavesNoKeyFileBehind() throws Exception {
        assertThat(CliRun.run("sync", "--once", "--demo", "--data-dir", dataDir.toString()).status()).isZero();

        CliRun.Result wipe = CliRun.run("wipe", "--data-dir", dataDir.toString());

        assertThat(wipe.status()).isZero();
        assertThat(wipe.out()).contains("Deleted the store key in Secret Service");
        try (Stream<Path> files = Files.list(dataDir)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.startsWith("store-key"));
        }
    }

    private Run withoutKeyring(String... args) throws Exception {
        List<String> command = new java.util.ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin",
                "java").toString(), "-cp", System.getProperty("java.class.path"), "app.contactshield.desktop.Main"));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()))
                .redirectOutput(output.resolve("out.txt").toFile())
                .redirectError(output.resolve("err.txt").toFile());
        builder.environment().remove("DBUS_SESSION_BUS_ADDRESS");
        builder.environment().put(ConsoleSecretPrompt.PASSPHRASE_ENV, CliRun.PASSPHRASE);
        Process run = builder.start();
        assertThat(run.waitFor(90, TimeUnit.SECONDS)).isTrue();
        return new Run(run.exitValue(), Files.readString(output.resolve("err.txt"), StandardCharsets.UTF_8));
    }

    private static String digest(Path file) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }

    private record Run(int status, String err) {
    }
}
