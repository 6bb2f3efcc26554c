package app.contactshield.graphsync.policy;

import static org.assertj.core.api.Assertions.assertThat;

import app.contactshield.graphsync.model.SourceId;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A restricting filter that cannot be applied is reported by name and fails closed; selection changes are seen. */
class UserFilterPolicyTest {
    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "a typo in the field|{\"field\": \"departmnet\", \"op\": \"equals\", \"value\": \"Sales\"}|departmnet",
        "a typo in the op|{\"field\": \"department\", \"op\": \"equal\", \"value\": \"Sales\"}|equal",
        "no value|{\"field\": \"company\", \"op\": \"equals\"}|no value",
        "a blank value|{\"field\": \"company\", \"op\": \"contains\", \"value\": \" \"}|blank value"})
    void aRuleThatCannotBeAppliedIsReportedByNameAndStopsTheUserSync(String why, String rule, String named)
            throws Exception {
        EffectiveSettings settings = policy("{\"userFilters\": [{\"field\": \"company\", \"op\": \"equals\", "
                + "\"value\": \"Contoso\"}, " + rule + "]}");

        UserFilterPolicy filters = settings.userFilterPolicy();

        assertThat(filters.usable()).as(why).isFalse();
        assertThat(filters.problems()).singleElement().satisfies(p -> {
            assertThat(p.key()).isEqualTo("userFilters[1]");
            assertThat(p.problem()).contains(named, "directory users are not synced");
        });
        assertThat(settings.problems()).extracting(PolicyProblem::key).containsExactly("userFilters[1]");
    }

    @Test
    void userFiltersOfTheWrongTypeFailClosedInsteadOfSyncingEveryone() throws Exception {
        EffectiveSettings settings = policy("{\"userFilters\": {\"field\": \"company\", \"op\": \"equals\", "
                + "\"value\": \"Contoso\"}}");

        UserFilterPolicy filters = settings.userFilterPolicy();

        assertThat(filters.usable()).isFalse();
        assertThat(filters.rules()).isEmpty();
        assertThat(settings.problems()).singleElement().satisfies(p -> {
            assertThat(p.key()).isEqualTo("userFilters");
            assertThat(p.problem()).contains("expected an array of objects", "directory users are not synced");
        });
    }

    @Test
    void validFiltersAreUsable() throws Exception {
        EffectiveSettings settings = policy("{\"userFilters\": [{\"field\": \"department\", \"op\": \"anyOf\", "
                + "\"values\": [\"Sales\", \"Support\"]}]}");

        assertThat(settings.userFilterPolicy().usable()).isTrue();
        assertThat(settings.problems()).isEmpty();
    }

    @Test
    void unknownSourceNamesAreReportedAndLeftOut() throws Exception {
        EffectiveSettings settings = policy("{\"enabledSources\": [\"graph.users\", \"graph.outlok\"]}");

        assertThat(settings.enabledSources()).containsExactly(SourceId.GRAPH_USERS);
        assertThat(settings.problems()).singleElement().satisfies(p -> {
            assertThat(p.key()).isEqualTo("enabledSources");
            assertThat(p.problem()).contains("'graph.outlok'", "graph.outlook");
        });
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "a filter is added|{\"userFilters\": [{\"field\": \"company\", \"op\": \"equals\", \"value\": \"Contoso\"}]}",
        "guests are included|{\"includeGuests\": true}",
        "disabled accounts are included|{\"includeDisabledAccounts\": true}",
        "the region changes|{\"defaultRegion\": \"AT\"}"})
    void theUserSelectionFingerprintChangesWhen(String why, String change) throws Exception {
        EffectiveSettings before = policy("{\"defaultRegion\": \"DE\"}");
        String merged = change.startsWith("{\"defaultRegion\"") ? change
                : "{\"defaultRegion\": \"DE\", " + change.substring(1);

        EffectiveSettings after = policy(merged);

        assertThat(after.selectionFingerprint(SourceId.GRAPH_USERS)).as(why)
                .isNotEqualTo(before.selectionFingerprint(SourceId.GRAPH_USERS));
        assertThat(after.selectionFingerprint(SourceId.GRAPH_USERS))
                .isEqualTo(policy(merged).selectionFingerprint(SourceId.GRAPH_USERS));
    }

    @Test
    void aUserFilterChangeLeavesTheOtherSourcesAlone() throws Exception {
        EffectiveSettings before = policy("{\"defaultRegion\": \"DE\"}");

        EffectiveSettings after = policy("{\"defaultRegion\": \"DE\", \"includeGuests\": true}");

        assertThat(after.selectionFingerprint(SourceId.GRAPH_OUTLOOK))
                .isEqualTo(before.selectionFingerprint(SourceId.GRAPH_OUTLOOK));
    }

    private EffectiveSettings policy(String json) throws Exception {
        Path file = Files.writeString(dir.resolve("policy.json"), json);
        return new EffectiveSettings(ManagedPolicy.readJsonFile(file), SettingsLayer.empty("user"),
                dir.resolve("settings.json"));
    }
}
