package app.contactshield.desktop.cli;

import static app.contactshield.desktop.cli.CliRun.run;
import static org.assertj.core.api.Assertions.assertThat;

import app.contactshield.graphsync.keys.PassphraseKeyVault;
import app.contactshield.graphsync.store.StoreFiles;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code identify} and {@code doctor} only read: they make no folder, store, key or lock file, set nothing aside,
 * and say what is missing or wrong and which command fixes it.
 */
class ReadOnlyCommandsTest {
    @TempDir
    Path temp;

    @Test
    void identifyWithoutAStoreMakesNothingAndSaysToSyncFirst() {
        Path dataDir = temp.resolve("none").resolve("a").resolve("b");

        CliRun.Result identify = run("identify", "0897104201", "--data-dir", dataDir.toString());

        assertThat(identify.status()).isEqualTo(1);
        assertThat(identify.err()).contains("no contact store", "contact-shield sync", dataDir.toString());
        assertThat(identify.out()).doesNotContain("Unknown number");
        assertThat(temp.resolve("none")).doesNotExist();
    }

    @Test
    void identifyInAnEmptyFolderLeavesItEmpty() throws Exception {
        CliRun.Result identify = run("identify", "0897104201", "--data-dir", temp.toString());

        assertThat(identify.status()).isEqualTo(1);
        assertThat(identify.err()).contains("no contact store");
        assertThat(fileNames(temp)).isEmpty();
    }

    @Test
    void doctorOnAFolderThatDoesNotExistReportsWithoutCreatingIt() {
        Path dataDir = temp.resolve("none").resolve("contact-shield");

        CliRun.Result doctor = run("doctor", "--data-dir", dataDir.toString());

        assertThat(doctor.status()).as(doctor.err()).isZero();
        assertThat(doctor.out()).contains("not created yet");
        assertThat(temp.resolve("none")).doesNotExist();
    }

    @Test
    void identifyReportsADamagedStoreWithWhatTheNextSyncDoesAndSetsNothingAside() throws Exception {
        Path dataDir = demoStore();
        Path file = StoreFiles.databaseFile(dataDir);
        try (RandomAccessFile raw = new RandomAccessFile(file.toFile(), "rw")) {
            raw.setLength(100_000);
        }
        byte[] damaged = Files.readAllBytes(file);
        List<String> before = fileNames(dataDir);

        CliRun.Result identify = run("identify", "089 7104726", "--data-dir", dataDir.toString());

        assertThat(identify.status()).isEqualTo(1);
        assertThat(identify.err()).contains("damaged", "the next sync or app start sets it aside");
        assertThat(identify.out()).doesNotContain("Unknown number");
        assertThat(Files.readAllBytes(file)).isEqualTo(damaged);
        assertThat(fileNames(dataDir)).isEqualTo(before);
    }

    @Test
    void aFolderWhereTheStoreFileBelongsIsNamedByDoctorAndSyncAndLeftAlone() throws Exception {
        Path dataDir = Files.createDirectory(temp.resolve("data"));
        Path file = Files.createDirectory(StoreFiles.databaseFile(dataDir));

        CliRun.Result doctor = run("doctor", "--data-dir", dataDir.toString());
        CliRun.Result sync = run("sync", "--once", "--demo", "--data-dir", dataDir.toString());
        CliRun.Result identify = run("identify", "089 7104726", "--data-dir", dataDir.toString());

        assertThat(doctor.status()).isEqualTo(1);
        assertThat(doctor.out()).doesNotContain("none yet");
        assertThat(doctor.err()).contains(file + " is a folder where the contact store file belongs", "move it away");
        assertThat(sync.status()).isEqualTo(1);
        assertThat(sync.err()).contains(file + " is a folder").doesNotContain("H2 error");
        assertThat(identify.status()).isEqualTo(1);
        assertThat(identify.err()).contains(file + " is a folder");
        assertThat(file).isDirectory();
    }

    private Path demoStore() throws Exception {
        Path dataDir = Files.createDirectory(temp.resolve("store"));
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        new PassphraseKeyVault(dataDir, CliRun.PASSPHRASE.toCharArray()).store(key);
        assertThat(run("sync", "--once", "--demo", "--data-dir", dataDir.toString()).status()).isZero();
        return dataDir;
    }

    private static List<String> fileNames(Path folder) throws Exception {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
