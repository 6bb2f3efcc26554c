package app.contactshield.desktop.cli;

import static app.contactshield.desktop.cli.CliRun.run;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A data directory the commands cannot use is refused with the reason, never treated as empty or created. */
class UnusableDataDirTest {

    @TempDir
    Path temp;

    @ParameterizedTest
    @ValueSource(strings = {"doctor", "identify +49897104201", "sync --once --demo", "wipe", "signout", "signin"})
    void aFileGivenAsTheDataDirectoryIsNamedAndTheCommandFails(String command) throws Exception {
        Path file = Files.writeString(temp.resolve("contacts.csv"), "not a folder");
        List<String> args = new ArrayList<>(List.of(command.split(" ")));
        args.addAll(List.of("--data-dir", file.toString()));

        CliRun.Result result = run(args.toArray(String[]::new));

        assertThat(result.status()).isEqualTo(1);
        assertThat(result.err()).contains(file + " is a file, not a folder; choose another --data-dir");
        assertThat(result.out()).doesNotContain("not created yet", "Nothing to delete");
        assertThat(Files.readString(file)).isEqualTo("not a folder");
    }
}
