package app.contactshield.graphsync.policy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PolicyParserTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void fullPolicyIsReadIntoTypedValues() throws Exception {
        String policy = """
                {"tenantId": "contoso-example.test", "clientId": "11111111-2222-4333-8444-555555555555",
                 "enabledSources": ["graph.users", "file:partner.csv"],
                 "userFilters": [{"field": "department", "op": "anyOf", "values": ["Vertrieb", "Einkauf"]},
                                 {"field": "company", "op": "equals", "value": "Contoso Beispiel GmbH"}],
                 "includeGuests": true, "defaultRegion": "de", "sourcePrecedence": ["graph.outlook"],
                 "presenceIntervalSeconds": 60,
                 "allowedPhones": [{"address": "AA:BB:*", "name": "Firmenhandy*"}],
                 "anonymousDialPrefix": "#31#", "callHistoryRetentionDays": 30, "requirePin": true,
                 "companyNumberRanges": [{"prefix": "+49 8971 04", "company": "Contoso", "label": "Zentrale"}],
                 "theme": "dark", "language": "de", "vacationModeAllowed": false}
                """;

        PolicyParser.Parsed parsed = PolicyParser.parse(JSON.readTree(policy), "policy.json");
        Policy typed = Policy.of(parsed.values());

        assertThat(parsed.problems()).isEmpty();
        assertThat(typed.enabledSources()).containsExactly("graph.users", "file:partner.csv");
        assertThat(typed.userFilters()).containsExactly(
                new UserFilter("department", "anyOf", List.of("Vertrieb", "Einkauf")),
                new UserFilter("company", "equals", List.of("Contoso Beispiel GmbH")));
        assertThat(typed.defaultRegion()).isEqualTo("DE");
        assertThat(typed.companyNumberRanges()).containsExactly(
                new CompanyNumberRange("+49897104", "Contoso", "Zentrale"));
        assertThat(typed.requirePin()).isTrue();
        assertThat(typed.presenceIntervalSeconds()).isEqualTo(60);
        assertThat(typed.precedence().order()).extracting(s -> s.value()).containsExactly("graph.outlook");
    }

    @Test
    void unknownKeysAndWrongTypesAreReportedByNameAndTheRestStillApplies() throws Exception {
        String policy = """
                {"tenantId": 42, "includeGuests": "yes", "colour": "blue", "defaultRegion": "XX",
                 "enabledSources": ["graph.users", "ldap"], "clientId": "abc",
                 "userFilters": [{"field": "mobilePhone", "op": "equals", "value": "1"}, "oops"]}
                """;

        PolicyParser.Parsed parsed = PolicyParser.parse(JSON.readTree(policy), "policy.json");

        assertThat(parsed.problems()).extracting(PolicyProblem::key).containsExactlyInAnyOrder("tenantId",
                "includeGuests", "colour", "defaultRegion", "enabledSources", "userFilters[0]", "userFilters[1]");
        assertThat(parsed.problems()).allSatisfy(p -> assertThat(p.origin()).isEqualTo("policy.json"));
        assertThat(parsed.values()).containsEntry(PolicyKey.CLIENT_ID, "abc")
                .containsEntry(PolicyKey.ENABLED_SOURCES, List.of("graph.users"))
                .doesNotContainKeys(PolicyKey.TENANT_ID, PolicyKey.INCLUDE_GUESTS, PolicyKey.DEFAULT_REGION);
    }

    @ParameterizedTest(name = "presence interval {0} becomes {1}")
    @CsvSource({"5, 10, true", "10, 10, false", "45, 45, false"})
    void presenceIntervalIsNeverBelowTenSeconds(int given, int used, boolean reported) throws Exception {
        JsonNode node = JSON.readTree("{\"presenceIntervalSeconds\": " + given + "}");

        PolicyParser.Parsed parsed = PolicyParser.parse(node, "policy.json");

        assertThat(Policy.of(parsed.values()).presenceIntervalSeconds()).isEqualTo(used);
        assertThat(parsed.problems()).hasSize(reported ? 1 : 0);
    }

    @Test
    void defaultsApplyWhenNothingIsSet() {
        Policy defaults = Policy.defaults();

        assertThat(defaults.includeGuests()).isFalse();
        assertThat(defaults.includeDisabledAccounts()).isFalse();
        assertThat(defaults.presenceIntervalSeconds()).isEqualTo(30);
        assertThat(defaults.callHistoryRetentionDays()).isEqualTo(90);
        assertThat(defaults.sourcePrecedence()).containsExactly("graph.users", "graph.orgContacts", "graph.outlook");
    }

    @Test
    void brokenPolicyFileIsReportedNotFatal() throws Exception {
        Path file = dir.resolve("policy.json");
        Files.writeString(file, "{\"tenantId\": ");

        PolicyParser.Parsed parsed = ManagedPolicy.readJsonFile(file);

        assertThat(parsed.values()).isEmpty();
        assertThat(parsed.problems()).singleElement().asString().contains("not readable as JSON");
    }

    @Test
    void policyFileIsFoundThroughTheSystemProperty() throws Exception {
        Path file = dir.resolve("managed.json");
        Files.writeString(file, "{\"defaultRegion\": \"AT\"}");
        String before = System.getProperty(ManagedPolicy.FILE_PROPERTY);
        System.setProperty(ManagedPolicy.FILE_PROPERTY, file.toString());
        try {
            PolicyParser.Parsed parsed = ManagedPolicy.read();

            assertThat(parsed.values()).containsEntry(PolicyKey.DEFAULT_REGION, "AT");
        } finally {
            if (before == null) {
                System.clearProperty(ManagedPolicy.FILE_PROPERTY);
            } else {
                System.setProperty(ManagedPolicy.FILE_PROPERTY, before);
            }
        }
    }

    @Test
    void registryValuesAreConvertedToTheTypesTheParserReads() {
        Map<String, Object> registry = Map.of("includeGuests", 1, "presenceIntervalSeconds", 20,
                "enabledSources", new String[] {"graph.users", "dataverse"},
                "companyNumberRanges", "[{\"prefix\": \"+4989\", \"company\": \"Contoso\"}]", "tenantId", "t");

        PolicyParser.Parsed parsed = PolicyParser.parse(ManagedPolicy.registryToJson(registry), "HKLM");

        assertThat(parsed.problems()).isEmpty();
        Policy policy = Policy.of(parsed.values());
        assertThat(policy.includeGuests()).isTrue();
        assertThat(policy.presenceIntervalSeconds()).isEqualTo(20);
        assertThat(policy.enabledSources()).containsExactly("graph.users", "dataverse");
        assertThat(policy.companyNumberRanges()).hasSize(1);
    }
}
