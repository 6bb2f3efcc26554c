package app.contactshield.desktop.cli;

import static app.contactshield.desktop.cli.CliRun.run;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** An empty {@code --data-dir} is a mistake, not a request to write settings into the current folder. */
class EmptyDataDirTest {
    private static final Path CURRENT_FOLDER = Path.of("").toAbsolutePath();

    static Stream<Arguments> emptyFolderNames() {
        return Stream.of(
                Arguments.of((Object) new String[] {"sync", "--once", "--demo", "--data-dir="}),
                Arguments.of((Object) new String[] {"sync", "--once", "--demo", "--data-dir", " "}),
                Arguments.of((Object) new String[] {"--data-dir=", "doctor"}),
                Arguments.of((Object) new String[] {"identify", "110", "--data-dir", ""}));
    }

    @ParameterizedTest
    @MethodSource("emptyFolderNames")
    void anEmptyDataDirIsRefusedAsWrongUsageAndNothingIsWritten(String[] args) {
        boolean settingsBefore = Files.exists(CURRENT_FOLDER.resolve("settings.json"));

        CliRun.Result result = run(args);

        assertThat(result.status()).as(result.err()).isEqualTo(2);
        assertThat(result.err()).contains("--data-dir was given an empty folder name");
        assertThat(Files.exists(CURRENT_FOLDER.resolve("settings.json"))).isEqualTo(settingsBefore);
        assertThat(CURRENT_FOLDER.resolve("contacts.mv.db")).doesNotExist();
    }
}
