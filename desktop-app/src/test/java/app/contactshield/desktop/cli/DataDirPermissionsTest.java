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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The app never changes the permissions of a folder it is pointed at: it may hold other people's files (a shared
 * {@code /tmp}), or its owner may have chosen them. It creates its own folder owner-only, and doctor warns about a
 * folder others can use.
 */
class DataDirPermissionsTest {

    @TempDir
    Path temp;

    @AfterEach
    void ownerOnlyAgain() throws Exception {
        try (var folders = Files.walk(temp)) {
            for (Path folder : folders.filter(Files::isDirectory).toList()) {
                Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwx------"));
            }
        }
    }

    @Test
    void aSharedFolderKeepsItsPermissionsAndOnlyTheStoreFilesAreOwnerOnly() throws Exception {
        Path shared = Files.createDirectory(temp.resolve("fake-tmp"));
        Files.setPosixFilePermissions(shared, PosixFilePermissions.fromString("rwxrwxrwx"));
        lockWithPassphrase(shared);

        CliRun.Result sync = run("sync", "--once", "--demo", "--data-dir", shared.toString());

        assertThat(sync.status()).as(sync.err()).isZero();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(shared))).isEqualTo("rwxrwxrwx");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(StoreFiles.databaseFile(shared))))
                .isEqualTo("rw-------");
    }

    @Test
    void doctorWarnsAboutAFolderOthersCanReadOrWriteAndLeavesItAlone() throws Exception {
        Path shared = Files.createDirectory(temp.resolve("shared"));
        Files.setPosixFilePermissions(shared, PosixFilePermissions.fromString("rwxrwxr-x"));

        CliRun.Result doctor = run("doctor", "--data-dir", shared.toString());

        assertThat(doctor.status()).isZero();
        assertThat(doctor.out()).containsPattern("Warning:\\s+other users may read or write in the data directory "
                + "\\(rwxrwxr-x\\).*chmod 700 " + shared);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(shared))).isEqualTo("rwxrwxr-x");
    }

    @Test
    void doctorHasNoWarningForAnOwnerOnlyFolder() throws Exception {
        Path own = Files.createDirectory(temp.resolve("own"));
        Files.setPosixFilePermissions(own, PosixFilePermissions.fromString("rwx------"));

        CliRun.Result doctor = run("doctor", "--data-dir", own.toString());

        assertThat(doctor.out()).doesNotContain("Warning:");
    }

    @Test
    void aFolderItsOwnerMadeReadOnlyIsNotMadeWritable() throws Exception {
        Path readOnly = Files.createDirectory(temp.resolve("read-only"));
        lockWithPassphrase(readOnly);
        assertThat(run("sync", "--once", "--demo", "--data-dir", readOnly.toString()).status()).isZero();
        Files.setPosixFilePermissions(readOnly, PosixFilePermissions.fromString("r-x------"));

        run("identify", "+49 89 7104 201", "--data-dir", readOnly.toString());
        run("doctor", "--data-dir", readOnly.toString());

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(readOnly))).isEqualTo("r-x------");
    }

    @Test
    void aFolderTheAppCreatesIsItsOwnersOnly() throws Exception {
        Path fresh = temp.resolve("new/contact-shield");

        CliRun.Result sync = run("sync", "--once", "--demo", "--data-dir", fresh.toString());

        assertThat(sync.status()).as(sync.err()).isZero();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(fresh))).isEqualTo("rwx------");
    }

    private static void lockWithPassphrase(Path dataDir) throws Exception {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        new PassphraseKeyVault(dataDir, CliRun.PASSPHRASE.toCharArray()).store(key);
    }
}
