package app.contactshield.desktop.cli;

import static app.contactshield.desktop.cli.CliRun.run;
import static org.assertj.core.api.Assertions.assertThat;

import app.contactshield.graphsync.keys.PassphraseKeyVault;
import app.contactshield.graphsync.policy.ManagedPolicy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A policy or settings file the reader cannot take in, or one full of mistakes, is reported in a few lines by every
 * command, which then does its job with the rest of the settings.
 */
class PolicyProblemsCliTest {
    private static final String TOO_DEEP = "{\"x\": " + "[".repeat(1001) + "]".repeat(1001) + "}";

    @TempDir
    Path dataDir;

    @TempDir
    Path policyDir;

    @BeforeEach
    void lockWithPassphrase() throws Exception {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        new PassphraseKeyVault(dataDir, CliRun.PASSPHRASE.toCharArray()).store(key);
    }

    @AfterEach
    void noPolicy() {
        System.clearProperty(ManagedPolicy.FILE_PROPERTY);
    }

    @Test
    void aPolicyNestedDeeperThanTheReaderAllowsIsReportedAndEveryCommandStillWorks() throws Exception {
        policy(TOO_DEEP);

        CliRun.Result doctor = run("doctor", "--data-dir", dataDir.toString());
        CliRun.Result sync = run("sync", "--once", "--demo", "--data-dir", dataDir.toString());
        CliRun.Result identify = run("identify", "089 7104201", "--data-dir", dataDir.toString());

        assertThat(doctor.status()).as(doctor.err()).isZero();
        assertThat(doctor.out()).containsPattern("Policy problem: +\\S*policy.json: \\(file\\): beyond what the JSON "
                + "reader accepts: Document nesting depth \\(1001\\) exceeds the maximum allowed \\(1000\\); the whole "
                + "file is ignored");
        assertThat(sync.status()).as(sync.err()).isZero();
        assertThat(sync.err()).contains("Policy problem: ", "nesting depth (1001)");
        assertThat(identify.status()).as(identify.err()).isZero();
        assertThat(identify.out()).contains("(+49897104201)", "Candidate:");
    }

    @ParameterizedTest
    @ValueSource(strings = {"nesting", "number"})
    void aSettingsFileBeyondTheReadersLimitsIsReportedAsTheUsersAndIgnored(String kind) throws Exception {
        Files.writeString(dataDir.resolve("settings.json"), kind.equals("nesting") ? TOO_DEEP
                : "{\"tenantId\": " + "9".repeat(1001) + "}");

        CliRun.Result doctor = run("doctor", "--data-dir", dataDir.toString());

        assertThat(doctor.status()).as(doctor.err()).isZero();
        assertThat(doctor.out()).containsPattern("Settings problem \\(settings.json\\): .*settings.json: \\(file\\): "
                + "beyond what the JSON reader accepts: .* exceeds the maximum allowed \\(1000\\)")
                .contains("Tenant:                not configured");
    }

    @Test
    void aFileOfThousandsOfUnknownKeysIsReportedInTwentyLinesAndACount() throws Exception {
        StringBuilder keys = new StringBuilder("{\"defaultRegion\": \"DE\"");
        for (int i = 0; i < 5_000; i++) {
            keys.append(", \"unknownKey").append(i).append("\": ").append(i);
        }
        policy(keys.append('}').toString());

        CliRun.Result doctor = run("doctor", "--data-dir", dataDir.toString());
        CliRun.Result sync = run("sync", "--once", "--demo", "--data-dir", dataDir.toString());

        assertThat(doctor.out().lines().filter(line -> line.startsWith("Policy problem:"))).hasSize(20);
        assertThat(doctor.out()).containsPattern("More problems: +… and 4,980 more problems in \\S*policy.json, not "
                + "listed\\n").doesNotContain("unknownKey20:");
        assertThat(sync.status()).as(sync.err()).isZero();
        assertThat(sync.err().lines().filter(line -> line.contains("unknownKey"))).hasSize(20);
        assertThat(sync.err()).contains("… and 4,980 more problems in ");
    }

    @Test
    void companyNumberRangesAndARetentionThatCannotBeUsedAreNamedInDoctor() throws Exception {
        policy("""
                {"companyNumberRanges": [{"prefix": "+", "company": "Plus"}, {"prefix": "", "company": "Empty"},
                                         {"prefix": "089", "company": "National"}],
                 "callHistoryRetentionDays": -5}
                """);

        CliRun.Result doctor = run("doctor", "--data-dir", dataDir.toString());

        assertThat(doctor.out()).contains(
                "callHistoryRetentionDays: -5 days is under the minimum of 1 day; 1 day is used",
                "companyNumberRanges[0]: prefix '+' for company 'Plus' is not an international prefix",
                "companyNumberRanges[1]: no prefix for company 'Empty'",
                "companyNumberRanges[2]: prefix '089' for company 'National' is not an international prefix");
        assertThat(doctor.out().lines().filter(line -> line.startsWith("Policy problem:"))).hasSize(4);
    }

    private void policy(String json) throws Exception {
        Path file = policyDir.resolve("policy.json");
        Files.writeString(file, json);
        System.setProperty(ManagedPolicy.FILE_PROPERTY, file.toString());
    }
}
