package app.contactshield.graphsync.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A policy or settings file that goes beyond what the reader accepts is reported and ignored, never fatal. */
class ManagedPolicyTest {

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "nesting      | Document nesting depth (1001) exceeds the maximum allowed (1000)",
        "number       | Number value length (1001) exceeds the maximum allowed (1000)",
        "text         | String value length (20000001) exceeds the maximum allowed (20000000)",
    })
    void aFileBeyondTheReadersLimitsIsReportedWithTheValueAndTheLimitAndIgnored(String kind, String limit)
            throws Exception {
        Path policy = write("policy.json", beyondLimit(kind));
        Path user = write("settings.json", beyondLimit(kind));

        EffectiveSettings settings = new EffectiveSettings(ManagedPolicy.readJsonFile(policy),
                ManagedPolicy.readJsonFile(user), user);

        assertThat(settings.problems()).extracting(PolicyProblem::toString).containsExactly(
                policy + ": (file): beyond what the JSON reader accepts: " + limit + "; the whole file is ignored",
                user + ": (file): beyond what the JSON reader accepts: " + limit + "; the whole file is ignored");
        assertThat(settings.problems()).extracting(settings::problemLabel)
                .containsExactly("Policy problem", "Settings problem (settings.json)");
        assertThat(settings.tenantId()).isEmpty();
        assertThat(settings.syncIntervalMinutes()).isEqualTo(EffectiveSettings.DEFAULT_SYNC_INTERVAL_MINUTES);
    }

    @Test
    void theMachinesPolicyFileBeyondTheLimitsIsReadAsAnEmptyPolicy() throws Exception {
        Path policy = write("policy.json", beyondLimit("nesting"));
        String before = System.getProperty(ManagedPolicy.FILE_PROPERTY);
        System.setProperty(ManagedPolicy.FILE_PROPERTY, policy.toString());
        try {
            EffectiveSettings settings = EffectiveSettings.load(dir);

            assertThat(settings.problems()).singleElement().satisfies(problem -> {
                assertThat(problem.origin()).isEqualTo(policy.toString());
                assertThat(problem.problem()).contains("nesting depth (1001)", "the whole file is ignored");
            });
        } finally {
            if (before == null) {
                System.clearProperty(ManagedPolicy.FILE_PROPERTY);
            } else {
                System.setProperty(ManagedPolicy.FILE_PROPERTY, before);
            }
        }
    }

    @Test
    void aSettingsFileBeyondTheLimitsIsNeverOverwrittenAndSavingSaysWhy() throws Exception {
        String deep = beyondLimit("nesting");
        Path user = write("settings.json", deep);
        EffectiveSettings settings = new EffectiveSettings(SettingsLayer.empty("policy"),
                ManagedPolicy.readJsonFile(user), user);

        assertThatThrownBy(() -> settings.withUserText(PolicyKey.THEME, "dark")).isInstanceOf(IOException.class)
                .hasMessageContaining("nesting depth (1001) exceeds the maximum allowed (1000)")
                .hasMessageContaining("left as it is");
        assertThat(Files.readString(user)).isEqualTo(deep);
    }

    @Test
    void aBrokenFileStillSaysWhereItBreaks() throws Exception {
        Path policy = write("policy.json", "{\n  \"tenantId\": \"a\",\n  oops\n}");

        assertThat(ManagedPolicy.readJsonFile(policy).problems()).extracting(PolicyProblem::problem)
                .containsExactly("not valid JSON at line 3, column 3; the whole file is ignored");
    }

    @Test
    void aPropertyListNestedBeyondTheLimitIsReportedAndIgnored() throws Exception {
        Path plist = write("app.contactshield.desktop.plist", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<plist version=\"1.0\"><dict><key>tenantId</key><string>contoso.example</string>"
                + "<key>allowedPhones</key>" + "<array>".repeat(100_000) + "</array>".repeat(100_000)
                + "</dict></plist>");

        SettingsLayer layer = ManagedPolicy.readPlist(plist);

        assertThat(layer.problems()).extracting(PolicyProblem::problem)
                .containsExactly("nested deeper than 1000 levels, which no setting needs; the whole file is ignored");
        assertThat(layer.get(PolicyKey.TENANT_ID)).isEmpty();
    }

    @Test
    void aPropertyListIntegerOfAnyLengthOrNoneIsReportedByKeyAndTheRestIsRead() throws Exception {
        Path plist = write("app.contactshield.desktop.plist", """
                <?xml version="1.0" encoding="UTF-8"?>
                <plist version="1.0"><dict>
                  <key>tenantId</key><string>contoso.example</string>
                  <key>presenceIntervalSeconds</key><integer>99999999999999999999999</integer>
                  <key>syncIntervalMinutes</key><integer>soon</integer>
                </dict></plist>
                """);

        SettingsLayer layer = ManagedPolicy.readPlist(plist);

        assertThat(layer.problems()).extracting(PolicyProblem::key, PolicyProblem::problem).containsExactly(
                tuple("presenceIntervalSeconds", "expected a whole number, found a number, ignored"),
                tuple("syncIntervalMinutes", "expected a whole number, found text, ignored"));
        assertThat(layer.get(PolicyKey.TENANT_ID)).isPresent();
    }

    private static String beyondLimit(String kind) {
        return switch (kind) {
            case "nesting" -> "{\"tenantId\": \"contoso.example\", \"x\": " + "[".repeat(1001) + "]".repeat(1001)
                    + "}";
            case "number" -> "{\"tenantId\": \"contoso.example\", \"x\": " + "1".repeat(1001) + "}";
            case "text" -> "{\"tenantId\": \"contoso.example\", \"x\": \"" + "a".repeat(20_000_001) + "\"}";
            default -> throw new IllegalArgumentException(kind);
        };
    }

    private Path write(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, text);
        return file;
    }
}
