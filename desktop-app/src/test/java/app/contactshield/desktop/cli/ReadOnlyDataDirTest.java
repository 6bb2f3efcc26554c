package app.contactshield.desktop.cli;

import static app.contactshield.desktop.cli.CliRun.run;
import static org.assertj.core.api.Assertions.assertThat;

import app.contactshield.graphsync.keys.PassphraseKeyVault;
import app.contactshield.graphsync.store.StoreFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Folders the user cannot write: the commands say which file and why, and never claim what did not happen. The file
 * system's permissions do not bind root, so these tests skip when run as root.
 */
class ReadOnlyDataDirTest {

    @TempDir
    Path temp;

    @AfterEach
    void writableAgain() throws Exception {
        Files.setPosixFilePermissions(temp, PosixFilePermissions.fromString("rwx------"));
    }

    @Test
    void wipeInAReadOnlyFolderNamesEachFileItCouldNotDeleteAndWhyAndFails() throws Exception {
        Path dataDir = demoStore(temp);
        Files.setPosixFilePermissions(dataDir, PosixFilePermissions.fromString("r-x------"));
        assumeFileSystemPermissionsBind(dataDir);

        CliRun.Result wipe = run("wipe", "--data-dir", dataDir.toString());

        Files.setPosixFilePermissions(dataDir, PosixFilePermissions.fromString("rwx------"));
        assertThat(wipe.status()).isEqualTo(1);
        assertThat(wipe.err()).contains("Not deleted: the store file " + StoreFiles.databaseFile(dataDir)
                + ": permission denied, as its folder " + dataDir + " is read-only");
        assertThat(wipe.err()).contains("Not deleted: the store key " + dataDir.resolve(PassphraseKeyVault.FILE_NAME)
                + ": permission denied");
        assertThat(wipe.out()).doesNotContain("Deleted the store file", "Deleted the store key");
        assertThat(StoreFiles.databaseFile(dataDir)).exists();
    }

    @Test
    void syncInAFolderThatCannotBeCreatedSaysWhyAndWhatToDo() throws Exception {
        Path readOnly = Files.createDirectory(temp.resolve("read-only"));
        Files.setPosixFilePermissions(readOnly, PosixFilePermissions.fromString("r-x------"));
        assumeFileSystemPermissionsBind(readOnly);

        CliRun.Result sync = run("sync", "--once", "--demo", "--data-dir",
                readOnly.resolve("contact-shield").toString());

        Files.setPosixFilePermissions(readOnly, PosixFilePermissions.fromString("rwx------"));
        assertThat(sync.status()).isEqualTo(1);
        assertThat(sync.err()).contains("permission denied, as its folder " + readOnly + " is read-only",
                "need it writable", "--data-dir");
    }

    @Test
    void doctorAndIdentifyReadAStoreInAReadOnlyFolderAndASyncSaysTheFolderIsReadOnly() throws Exception {
        Path dataDir = demoStore(temp);
        Files.setPosixFilePermissions(dataDir, PosixFilePermissions.fromString("r-x------"));
        Files.setPosixFilePermissions(StoreFiles.databaseFile(dataDir), PosixFilePermissions.fromString("r--------"));
        assumeFileSystemPermissionsBind(dataDir);

        CliRun.Result doctor = run("doctor", "--data-dir", dataDir.toString());
        CliRun.Result identify = run("identify", "089 7104726", "--data-dir", dataDir.toString());
        CliRun.Result sync = run("sync", "--once", "--demo", "--data-dir", dataDir.toString());

        Files.setPosixFilePermissions(dataDir, PosixFilePermissions.fromString("rwx------"));
        assertThat(doctor.status()).as(doctor.err()).isZero();
        assertThat(identify.status()).as(identify.err()).isZero();
        assertThat(identify.out()).contains("Result:");
        assertThat(sync.status()).isEqualTo(1);
        assertThat(sync.err()).contains("read-only", dataDir.toString()).doesNotContain("keyring");
    }

    private static Path demoStore(Path parent) throws Exception {
        Path dataDir = Files.createDirectory(parent.resolve("data"));
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        new PassphraseKeyVault(dataDir, CliRun.PASSPHRASE.toCharArray()).store(key);
        assertThat(run("sync", "--once", "--demo", "--data-dir", dataDir.toString()).status()).isZero();
        return dataDir;
    }

    private static void assumeFileSystemPermissionsBind(Path readOnly) {
        Assumptions.assumeFalse(Files.isWritable(readOnly),
                "runs only where file permissions bind the test (not as root): " + readOnly + " is still writable");
    }
}
