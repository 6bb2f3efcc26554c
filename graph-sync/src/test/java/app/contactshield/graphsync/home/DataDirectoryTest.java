package app.contactshield.graphsync.home;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataDirectoryTest {

    @Test
    void theOptionWinsOverTheEnvironment() {
        DataDirectory dir = DataDirectory.resolve(Optional.of(Path.of("/tmp/a")),
                Map.of(DataDirectory.ENV, "/tmp/b"), "Linux", "/home/ada");

        assertThat(dir.path()).isEqualTo(Path.of("/tmp/a"));
    }

    @Test
    void theEnvironmentVariableWinsOverThePlatformDefault() {
        DataDirectory dir = DataDirectory.resolve(Optional.empty(), Map.of(DataDirectory.ENV, "/tmp/b"),
                "Linux", "/home/ada");

        assertThat(dir.path()).isEqualTo(Path.of("/tmp/b"));
    }

    @Test
    void eachPlatformHasItsPerUserApplicationDataFolder() {
        assertThat(DataDirectory.resolve(Optional.empty(), Map.of(), "Linux", "/home/ada").path())
                .isEqualTo(Path.of("/home/ada/.local/share/contact-shield"));
        assertThat(DataDirectory.resolve(Optional.empty(), Map.of("XDG_DATA_HOME", "/data"), "Linux", "/h").path())
                .isEqualTo(Path.of("/data/contact-shield"));
        assertThat(DataDirectory.resolve(Optional.empty(), Map.of(), "Mac OS X", "/Users/ada").path())
                .isEqualTo(Path.of("/Users/ada/Library/Application Support/Contact Shield"));
        assertThat(DataDirectory.resolve(Optional.empty(), Map.of("LOCALAPPDATA", "/w/Local"), "Windows 11", "/w")
                .path()).isEqualTo(Path.of("/w/Local/ContactShield"));
    }

    @Test
    void theFolderIsCreatedForItsOwnerOnly(@TempDir Path temp) throws Exception {
        DataDirectory dir = new DataDirectory(temp.resolve("nested/home")).ensureExists();

        assertThat(Files.getPosixFilePermissions(dir.path()))
                .isEqualTo(PosixFilePermissions.fromString("rwx------"));
    }

    @Test
    void anExistingFolderKeepsItsPermissionsAndSaysWhenOthersMayUseIt(@TempDir Path temp) throws Exception {
        Path shared = Files.createDirectory(temp.resolve("shared"));
        Files.setPosixFilePermissions(shared, PosixFilePermissions.fromString("rwxrwxrwx"));
        Path readOnly = Files.createDirectory(temp.resolve("read-only"));
        Files.setPosixFilePermissions(readOnly, PosixFilePermissions.fromString("r-x------"));

        DataDirectory sharedDir = new DataDirectory(shared).ensureExists();
        DataDirectory readOnlyDir = new DataDirectory(readOnly).ensureExists();

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(shared))).isEqualTo("rwxrwxrwx");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(readOnly))).isEqualTo("r-x------");
        assertThat(sharedDir.openToOthers()).contains("rwxrwxrwx");
        assertThat(readOnlyDir.openToOthers()).isEmpty();
    }

    @Test
    void aFileWhereTheFolderOrAParentShouldBeIsNamed(@TempDir Path temp) throws Exception {
        Path file = Files.writeString(temp.resolve("notes.txt"), "not a folder");

        assertThat(new DataDirectory(file).fileInTheWay()).contains(file);
        assertThat(new DataDirectory(file.resolve("contact-shield")).fileInTheWay()).contains(file);
        assertThat(new DataDirectory(temp.resolve("not/yet/made")).fileInTheWay()).isEmpty();
        assertThat(new DataDirectory(temp).fileInTheWay()).isEmpty();
    }

    @Test
    void aFolderThatCanBeCreatedIsCreatedAndNeedsNoWord(@TempDir Path temp) {
        DataDirectory dir = new DataDirectory(temp.resolve("home/.local/share/contact-shield"));

        assertThat(dir.whyNotCreated()).isEmpty();
        assertThat(dir.path()).isDirectory();
    }

    @Test
    void aFolderTheSystemWillNotCreateIsNamedWithTheReason() {
        assumeTrue(Files.isDirectory(Path.of("/proc/self")), "a /proc file system, where no folder can be made");
        DataDirectory dir = new DataDirectory(Path.of("/proc/no-home/.local/share/contact-shield"));

        Optional<String> why = dir.whyNotCreated();

        assertThat(why).hasValueSatisfying(reason -> assertThat(reason).startsWith("/proc/no-home: "));
        assertThat(dir.path()).doesNotExist();
    }
}
