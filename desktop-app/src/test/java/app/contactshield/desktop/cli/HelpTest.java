package app.contactshield.desktop.cli;

import static app.contactshield.desktop.cli.CliRun.run;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every command's help lists its exit codes, the same three for all: done, failed, wrong usage. */
class HelpTest {

    @ParameterizedTest
    @ValueSource(strings = {"sync", "signin", "signout", "doctor", "wipe", "identify"})
    void eachCommandsHelpListsItsExitCodes(String command) {
        CliRun.Result help = run(command, "--help");

        assertThat(help.status()).isZero();
        assertThat(help.out()).contains("Exit codes:").containsPattern("\\n\\s+0\\s+\\S")
                .containsPattern("\\n\\s+1\\s+\\S").containsPattern("\\n\\s+2\\s+wrong usage");
    }

    @Test
    void theTopLevelHelpListsTheCodesEveryCommandUses() {
        CliRun.Result help = run("--help");

        assertThat(help.out()).contains("Exit codes (every command):", "wrong usage");
    }
}
