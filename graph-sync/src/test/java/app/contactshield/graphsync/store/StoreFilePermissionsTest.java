package app.contactshield.graphsync.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import app.contactshield.graphsync.testing.InventedPeople;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Nobody but the user may read the encrypted store's directory or files, whatever the process umask says. */
class StoreFilePermissionsTest {
    private static final byte[] KEY = new byte[32];

    @TempDir
    Path temp;

    @BeforeEach
    void posixOnly() {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"),
                "file modes exist on POSIX file systems only");
    }

    @Test
    void aNewStoreLivesInAnOwnerOnlyDirectoryInAnOwnerOnlyFile() throws Exception {
        Path dataDir = temp.resolve("fresh/data");

        try (H2ContactStore store = StoreOpener.open(dataDir, KEY).store()) {
            InventedPeople.fullRound(10, 5).forEach(page -> accept(store, page));
        }

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dataDir))).isEqualTo("rwx------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(StoreFiles.databaseFile(dataDir))))
                .isEqualTo("rw-------");
    }

    @Test
    void anExistingStoreThatOthersCouldReadIsTightenedOnOpenButItsFolderIsLeftAsItsOwnerSetIt() throws Exception {
        Path dataDir = temp.resolve("old");
        StoreOpener.open(dataDir, KEY).store().close();
        Files.setPosixFilePermissions(dataDir, PosixFilePermissions.fromString("rwxr-xr-x"));
        Files.setPosixFilePermissions(StoreFiles.databaseFile(dataDir), PosixFilePermissions.fromString("rw-r--r--"));

        StoreOpener.open(dataDir, KEY).store().close();

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dataDir))).isEqualTo("rwxr-xr-x");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(StoreFiles.databaseFile(dataDir))))
                .isEqualTo("rw-------");
    }

    @Test
    void aSharedFolderLikeTmpIsNeverLockedToTheStoresOwner() throws Exception {
        Path shared = Files.createDirectory(temp.resolve("fake-tmp"));
        Files.setPosixFilePermissions(shared, PosixFilePermissions.fromString("rwxrwxrwx"));

        StoreOpener.open(shared, KEY).store().close();

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(shared))).isEqualTo("rwxrwxrwx");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(StoreFiles.databaseFile(shared))))
                .isEqualTo("rw-------");
    }

    @Test
    void aStoreSetAsideAsUnreadableStaysOwnerOnly() throws Exception {
        Path dataDir = temp.resolve("moved");
        StoreOpener.open(dataDir, KEY).store().close();
        byte[] otherKey = new byte[32];
        otherKey[0] = 1;

        StoreOpener.Opened opened = StoreOpener.open(dataDir, otherKey);
        opened.store().close();

        Path movedTo = opened.recovery().orElseThrow().movedTo();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(movedTo))).isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(StoreFiles.databaseFile(dataDir))))
                .isEqualTo("rw-------");
    }

    private static void accept(H2ContactStore store, app.contactshield.graphsync.sync.ChangePage page) {
        try {
            store.accept(page);
        } catch (StoreException e) {
            throw new IllegalStateException(e);
        }
    }
}
