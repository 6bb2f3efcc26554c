package app.contactshield.desktop.cli;

import static app.contactshield.desktop.cli.CliRun.run;
import static org.assertj.core.api.Assertions.assertThat;

import app.contactshield.graphsync.keys.PassphraseKeyVault;
import app.contactshield.graphsync.keys.SecretServiceKeyVault;
import app.contactshield.graphsync.store.StoreFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The key of an existing store is gone, or is looked for under another name of the same folder: the user is told
 * that the key is missing and what that means, never that the store is damaged, and a folder reached through a
 * symbolic link opens with its own key. The keyring cases run against the session's Secret Service and skip where
 * there is none.
 */
class MissingKeyTest {
    @TempDir
    Path dataDir;

    @TempDir
    Path elsewhere;

    @AfterEach
    void deleteTheKey() throws Exception {
        if (SecretServiceKeyVault.unavailableReason(dataDir).isEmpty()) {
            new SecretServiceKeyVault(dataDir).delete();
        }
    }

    @Test
    void theSameFolderThroughASymbolicLinkOpensTheSameStoreWithItsKey() throws Exception {
        requireASecretService();
        Path link = Files.createSymbolicLink(elsewhere.resolve("link"), dataDir);
        assertThat(run("sync", "--once", "--demo", "--data-dir", dataDir.toString()).status()).isZero();

        CliRun.Result throughTheLink = run("sync", "--once", "--demo", "--data-dir", link.toString());
        CliRun.Result again = run("sync", "--once", "--demo", "--data-dir", dataDir.toString());

        assertThat(throughTheLink.status()).as(throughTheLink.err()).isZero();
        assertThat(again.status()).as(again.err()).isZero();
        assertThat(throughTheLink.err() + again.err()).doesNotContain("set aside", "damaged");
        assertThat(unreadableFiles()).isZero();
    }

    @Test
    void aKeyGoneFromTheKeyringIsReportedAsMissingByDoctorAndIdentifyAndSyncSetsTheStoreAsideSayingSo()
            throws Exception {
        requireASecretService();
        assertThat(run("sync", "--once", "--demo", "--data-dir", dataDir.toString()).status()).isZero();
        new SecretServiceKeyVault(dataDir).delete();

        CliRun.Result doctor = run("doctor", "--data-dir", dataDir.toString());
        CliRun.Result identify = run("identify", "089 7104726", "--data-dir", dataDir.toString());
        int unreadableBeforeSync = unreadableFiles();
        CliRun.Result sync = run("sync", "--once", "--demo", "--data-dir", dataDir.toString());

        assertThat(doctor.status()).isEqualTo(1);
        assertThat(doctor.out()).containsPattern("Key store:\\s+key missing");
        assertThat(doctor.err()).contains("key of the contact store is missing", "Secret Service",
                "favourites, notes and call history", "next sync").doesNotContain("damaged");
        assertThat(identify.status()).isEqualTo(1);
        assertThat(identify.err()).contains("key of the contact store is missing").doesNotContain("damaged");
        assertThat(unreadableBeforeSync).isZero();
        assertThat(sync.status()).as(sync.err()).isZero();
        assertThat(sync.err()).contains("key of the contact store is missing", "set aside unchanged",
                "next sync downloads your contacts again").doesNotContain("damaged");
        assertThat(unreadableFiles()).isEqualTo(1);
    }

    @Test
    void aPassphraseWrappedKeyFileThatIsGoneIsReportedAsMissing() throws Exception {
        byte[] key = new byte[32];
        new java.security.SecureRandom().nextBytes(key);
        new PassphraseKeyVault(dataDir, CliRun.PASSPHRASE.toCharArray()).store(key);
        assertThat(run("sync", "--once", "--demo", "--data-dir", dataDir.toString()).status()).isZero();
        Files.delete(dataDir.resolve(PassphraseKeyVault.FILE_NAME));

        CliRun.Result doctor = run("doctor", "--data-dir", dataDir.toString());
        CliRun.Result sync = run("sync", "--once", "--demo", "--data-dir", dataDir.toString());

        assertThat(doctor.status()).isEqualTo(1);
        assertThat(doctor.err()).contains("key of the contact store is missing",
                dataDir.resolve(PassphraseKeyVault.FILE_NAME) + " is gone").doesNotContain("damaged");
        assertThat(sync.status()).as(sync.err()).isZero();
        assertThat(sync.err()).contains("key of the contact store is missing", PassphraseKeyVault.FILE_NAME
                + " is gone", "set aside unchanged").doesNotContain("damaged");
    }

    @Test
    void wipeSaysTheKeyringKeyWasDeletedAndNamesTheFileThatWasNot() throws Exception {
        requireASecretService();
        assertThat(run("sync", "--once", "--demo", "--data-dir", dataDir.toString()).status()).isZero();
        Path marker = dataDir.resolve("store-key.keyring");
        Files.delete(marker);
        Files.createDirectories(marker.resolve("kept"));

        CliRun.Result wipe = run("wipe", "--data-dir", dataDir.toString());

        assertThat(wipe.status()).isEqualTo(1);
        assertThat(wipe.out()).contains("Deleted the store key in Secret Service", "Deleted the store file "
                + StoreFiles.databaseFile(dataDir));
        assertThat(wipe.err()).contains("Not deleted: the file " + marker).doesNotContain("Not deleted: the store key");
        assertThat(new SecretServiceKeyVault(dataDir).load()).isEmpty();
    }

    private void requireASecretService() {
        Optional<String> reason = SecretServiceKeyVault.unavailableReason(dataDir);
        Assumptions.assumeTrue(reason.isEmpty(), () -> "needs a Secret Service: " + reason.orElse(""));
    }

    private int unreadableFiles() throws Exception {
        try (Stream<Path> files = Files.list(dataDir)) {
            return (int) files.filter(p -> p.getFileName().toString().contains("unreadable")).count();
        }
    }
}
