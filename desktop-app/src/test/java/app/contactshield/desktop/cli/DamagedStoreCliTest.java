package app.contactshield.desktop.cli;

import static app.contactshield.desktop.cli.CliRun.run;
import static org.assertj.core.api.Assertions.assertThat;

import app.contactshield.graphsync.keys.PassphraseKeyVault;
import app.contactshield.graphsync.store.StoreFiles;
import java.io.RandomAccessFile;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A damaged store as the commands meet it: doctor reports it and changes nothing, the next sync keeps it aside under
 * a dated name, says so in one line and rebuilds; a store in use by another process is named as such.
 */
class DamagedStoreCliTest {
    @TempDir
    Path dataDir;

    private Path file;

    @BeforeEach
    void demoStore() throws Exception {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        new PassphraseKeyVault(dataDir, CliRun.PASSPHRASE.toCharArray()).store(key);
        assertThat(run("sync", "--once", "--demo", "--data-dir", dataDir.toString()).status()).isZero();
        file = StoreFiles.databaseFile(dataDir);
    }

    @Test
    void aTruncatedStoreIsReportedByDoctorUnchangedAndSetAsideAndRebuiltByTheNextSync() throws Exception {
        try (RandomAccessFile raw = new RandomAccessFile(file.toFile(), "rw")) {
            raw.setLength(100_000);
        }
        byte[] truncated = Files.readAllBytes(file);

        CliRun.Result doctor = run("doctor", "--data-dir", dataDir.toString());
        CliRun.Result sync = run("sync", "--once", "--demo", "--data-dir", dataDir.toString());
        CliRun.Result after = run("doctor", "--data-dir", dataDir.toString());

        assertThat(doctor.status()).isEqualTo(1);
        assertThat(doctor.err()).contains("damaged", "cut short", "the next sync or app start sets it aside")
                .doesNotContain("Flyway", "repair");
        assertThat(sync.status()).as(sync.err()).isZero();
        assertThat(sync.err().lines().filter(line -> line.contains("set aside"))).singleElement().asString()
                .contains("contacts-unreadable-", "favourites, notes and call history", "next sync");
        try (Stream<Path> files = Files.list(dataDir)) {
            Path aside = files.filter(p -> p.getFileName().toString().startsWith("contacts-unreadable-"))
                    .findFirst().orElseThrow();
            assertThat(Files.readAllBytes(aside)).isEqualTo(truncated);
        }
        assertThat(after.status()).isZero();
        assertThat(after.out()).containsPattern("Store data:\\s+the demo directory");
    }

    @Test
    void pagesThatNoLongerDecodeAreSetAsideByASyncWithAdviceAndTheStoreIsRebuilt() throws Exception {
        try (RandomAccessFile raw = new RandomAccessFile(file.toFile(), "rw")) {
            byte[] noise = new byte[(int) raw.length() - 3 * 4096];
            new Random(7).nextBytes(noise);
            raw.seek(3 * 4096);
            raw.write(noise);
        }

        CliRun.Result first = run("sync", "--once", "--demo", "--data-dir", dataDir.toString());
        CliRun.Result last = first.status() == 0 ? first : run("sync", "--once", "--demo", "--data-dir",
                dataDir.toString());

        if (first.status() != 0) {
            assertThat(first.out() + first.err()).contains("damaged", "The next sync or app start sets it aside");
        }
        assertThat(last.status()).as(last.err()).isZero();
        assertThat(last.err()).contains("set aside as", "contacts-unreadable-", "favourites, notes and call history");
    }

    @Test
    void aStoreInUseByAnotherProcessIsNamedAsSuchAndLeftWhereItIs() throws Exception {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE);
                FileLock lock = channel.lock()) {

            CliRun.Result identify = run("identify", "089 7104726", "--data-dir", dataDir.toString());

            assertThat(identify.status()).isEqualTo(1);
            assertThat(identify.err()).contains("in use by another Contact Shield process", "close it or wait")
                    .doesNotContain("set aside");
        }
        try (Stream<Path> files = Files.list(dataDir)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.contains("unreadable"));
        }
    }
}
