package app.contactshield.desktop.cli;

import static app.contactshield.desktop.cli.CliRun.run;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code sync --every}: never under the minimum interval, and never together with {@code --once}. */
class SyncIntervalOptionTest {

    @TempDir
    Path dataDir;

    @ParameterizedTest
    @ValueSource(strings = {"0", "-3", "3", "4"})
    void anIntervalUnderFiveMinutesIsRefusedWithTheRule(String minutes) {
        CliRun.Result sync = run("sync", "--every", minutes, "--data-dir", dataDir.toString());

        assertThat(sync.status()).isEqualTo(2);
        assertThat(sync.err()).contains("--every " + minutes + " is too short", "at least 5 minutes");
    }

    @Test
    void everyTogetherWithOnceIsRefused() {
        CliRun.Result sync = run("sync", "--every", "5", "--once", "--demo", "--data-dir", dataDir.toString());

        assertThat(sync.status()).isEqualTo(2);
        assertThat(sync.err()).contains("--every and --once do not go together");
    }
}
