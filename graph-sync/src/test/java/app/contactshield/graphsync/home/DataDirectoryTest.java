package app.contactshield.graphsync.home;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DataDirectoryTest {
    @TempDir
    Path temp;

    @Test
    void explicitOptionWinsOverTheEnvironment() {
        DataDirectory dir = DataDirectory.resolve(Optional.of(temp.resolve("opt")),
                Map.of(DataDirectory.ENV, "/elsewhere"), "Linux", "/home/ada");

        assertThat(dir.path()).isEqualTo(temp.resolve("opt"));
        assertThat(dir.origin()).isEqualTo(DataDirectory.Origin.OPTION);
    }

    @Test
    void environmentWinsOverThePlatformDefault() {
        DataDirectory dir = DataDirectory.resolve(Optional.empty(), Map.of(DataDirectory.ENV, "/srv/cs"), "Linux",
                "/home/ada");

        assertThat(dir.path()).isEqualTo(Path.of("/srv/cs"));
        assertThat(dir.origin()).isEqualTo(DataDirectory.Origin.ENVIRONMENT);
    }

    @ParameterizedTest(name = "{0} with XDG_DATA_HOME={1} and LOCALAPPDATA={2}: {3}")
    @CsvSource({
        "Linux, '', '', /home/ada/.local/share/contact-shield",
        "Linux, /data/xdg, '', /data/xdg/contact-shield",
        "Linux, relative/xdg, '', /home/ada/.local/share/contact-shield",
        "Mac OS X, '', '', /home/ada/Library/Application Support/Contact Shield",
        "Windows 11, '', /c/Users/ada/AppData/Local, /c/Users/ada/AppData/Local/ContactShield"})
    void platformDefaultFollowsTheOperatingSystem(String os, String xdg, String localAppData, String expected) {
        Map<String, String> env = Map.of("XDG_DATA_HOME", xdg, "LOCALAPPDATA", localAppData);

        DataDirectory dir = DataDirectory.resolve(Optional.empty(), env, os, "/home/ada");

        assertThat(dir.path()).isEqualTo(Path.of(expected));
    }

    @Test
    void createdDirectoryIsReadableByItsOwnerOnly() throws Exception {
        DataDirectory dir = DataDirectory.resolve(Optional.of(temp.resolve("a/b")), Map.of(), "Linux", "/x");

        Path created = dir.create();

        assertThat(created).isDirectory();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(created))).isEqualTo("rwx------");
    }
}
