package app.contactshield.graphsync.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import app.contactshield.graphsync.model.SourceId;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EffectiveSettingsTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void unknownKeysAndWrongTypesAreReportedByNameAndIgnored() throws Exception {
        Path file = write("policy.json", """
                {"tenantId": "contoso.example", "presenceInterval": 20, "includeGuests": "yes",
                 "enabledSources": ["graph.users", 7], "defaultRegion": "de"}
                """);

        EffectiveSettings settings = new EffectiveSettings(ManagedPolicy.readJsonFile(file),
                SettingsLayer.empty("user"), dir.resolve("settings.json"));

        assertThat(settings.problems()).extracting(PolicyProblem::key)
                .containsExactlyInAnyOrder("presenceInterval", "includeGuests", "enabledSources");
        assertThat(settings.problems()).allSatisfy(p -> assertThat(p.origin()).isEqualTo(file.toString()));
        assertThat(settings.tenantId()).contains("contoso.example");
        assertThat(settings.includeGuests()).isFalse();
        assertThat(settings.enabledSources()).extracting(SourceId::value)
                .containsExactly("graph.users", "graph.orgContacts", "graph.outlook");
        assertThat(settings.defaultRegion()).isEqualTo("DE");
    }

    @Test
    void aRegionPhoneNumbersCannotBeReadInIsReportedByNameAndIgnored() throws Exception {
        Path policy = write("policy.json", "{\"defaultRegion\": \"XX\"}");
        Path user = write("settings.json", "{\"defaultRegion\": \"AT\"}");

        EffectiveSettings settings = new EffectiveSettings(ManagedPolicy.readJsonFile(policy),
                ManagedPolicy.readJsonFile(user), user);

        assertThat(settings.problems()).singleElement().satisfies(p -> {
            assertThat(p.key()).isEqualTo("defaultRegion");
            assertThat(p.origin()).isEqualTo(policy.toString());
            assertThat(p.problem()).contains("'XX' is not a region", "ISO 3166", "ignored");
        });
        assertThat(settings.isLocked(PolicyKey.DEFAULT_REGION)).isFalse();
        assertThat(settings.defaultRegion()).isEqualTo("AT");
        assertThatThrownBy(() -> settings.withUserText(PolicyKey.DEFAULT_REGION, "XX"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'XX' is not a region");
    }

    @Test
    void anUnknownThemeOrLanguageIsReportedWithTheAllowedValuesAndIgnored() throws Exception {
        Path user = write("settings.json", "{\"theme\": \"purple\", \"language\": \"fr\"}");

        EffectiveSettings settings = new EffectiveSettings(SettingsLayer.empty("policy"),
                ManagedPolicy.readJsonFile(user), user);

        assertThat(settings.problems()).extracting(PolicyProblem::toString).containsExactlyInAnyOrder(
                user + ": theme: 'purple' is not one of system, light, dark, ignored",
                user + ": language: 'fr' is not one of system, en, de, ignored");
        assertThat(settings.theme()).isEqualTo("system");
        assertThat(settings.language()).isEqualTo("system");
    }

    @Test
    void wrongTypesAreNamedInTheWordsOfTheDocumentationNotTheParsers() throws Exception {
        Path user = write("settings.json", "{\"tenantId\": [\"a\"], \"includeGuests\": \"yes\", "
                + "\"syncIntervalMinutes\": null, \"enabledSources\": {}}");
        Path list = write("list.json", "[1, 2]");
        Path empty = write("empty.json", "");

        EffectiveSettings settings = new EffectiveSettings(SettingsLayer.empty("policy"),
                ManagedPolicy.readJsonFile(user), user);

        assertThat(settings.problems()).extracting(PolicyProblem::problem).containsExactlyInAnyOrder(
                "expected a string, found a list with other items, ignored",
                "expected true or false, found text, ignored",
                "expected a whole number, found null, ignored",
                "expected an array of strings, found an object with other items, ignored");
        assertThat(ManagedPolicy.readJsonFile(list).problems()).extracting(PolicyProblem::problem)
                .containsExactly("expected a JSON object, found a list");
        assertThat(ManagedPolicy.readJsonFile(empty).problems()).extracting(PolicyProblem::problem)
                .allSatisfy(problem -> assertThat(problem).doesNotContain("MISSING", "ARRAY", "missing"));
    }

    @Test
    void everyProblemOfAUserFilterRuleIsReported() throws Exception {
        Path user = write("settings.json", "{\"userFilters\": [{\"field\": \"dept\", \"op\": \"like\"}]}");

        EffectiveSettings settings = new EffectiveSettings(SettingsLayer.empty("policy"),
                ManagedPolicy.readJsonFile(user), user);

        assertThat(settings.userFilterPolicy().problems()).extracting(PolicyProblem::problem).satisfiesExactly(
                field -> assertThat(field).startsWith("unknown field 'dept'"),
                op -> assertThat(op).startsWith("unknown op 'like'"),
                value -> assertThat(value).startsWith("no value or values"));
        assertThat(settings.userFilterPolicy().usable()).isFalse();
    }

    @Test
    void problemsAreLabelledByWhoseSettingsTheyAreIn() throws Exception {
        Path policy = write("policy.json", "{\"bogus\": 1}");
        Path user = write("settings.json", "{\"theme\": \"purple\"}");

        EffectiveSettings settings = new EffectiveSettings(ManagedPolicy.readJsonFile(policy),
                ManagedPolicy.readJsonFile(user), user);

        assertThat(settings.problems()).extracting(settings::problemLabel)
                .containsExactlyInAnyOrder("Policy problem", "Settings problem (settings.json)");
    }

    @Test
    void theSchemaAdministratorsReadListsExactlyTheSourcesTheAppAccepts() throws Exception {
        JsonNode schema;
        try (var in = EffectiveSettings.class.getResourceAsStream("policy.schema.json")) {
            schema = JSON.readTree(in);
        }

        String sources = schema.at("/properties/enabledSources/description").asText();

        assertThat(sources).doesNotContain("dataverse", "file:");
        EffectiveSettings.KNOWN_SOURCES.forEach(source -> assertThat(sources).contains(source.value()));
    }

    @Test
    void aPolicyFileThatIsNotJsonIsReportedWithItsPositionAndIgnoredWhole() throws Exception {
        Path file = write("policy.json", "{\n  \"tenantId\": \"x\",\n  oops\n}");

        SettingsLayer layer = ManagedPolicy.readJsonFile(file);

        assertThat(layer.problems()).singleElement().satisfies(p -> assertThat(p.problem()).contains("line 3"));
        assertThat(layer.sets(PolicyKey.TENANT_ID)).isFalse();
    }

    @Test
    void thePolicyWinsAndLocksWhatItSets() throws Exception {
        Path policy = write("policy.json", "{\"defaultRegion\": \"AT\"}");
        Path user = write("settings.json", "{\"defaultRegion\": \"GB\", \"theme\": \"dark\"}");

        EffectiveSettings settings = new EffectiveSettings(ManagedPolicy.readJsonFile(policy),
                ManagedPolicy.readJsonFile(user), user);

        assertThat(settings.defaultRegion()).isEqualTo("AT");
        assertThat(settings.isLocked(PolicyKey.DEFAULT_REGION)).isTrue();
        assertThat(settings.theme()).isEqualTo("dark");
        assertThat(settings.isLocked(PolicyKey.THEME)).isFalse();
        assertThatThrownBy(() -> settings.withUserText(PolicyKey.DEFAULT_REGION, "FR"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("set by the organisation");
    }

    @Test
    void savingOneUserValueKeepsEveryOtherLineOfTheFileEvenThoseThisVersionIgnores() throws Exception {
        Path user = write("settings.json", "{\"tenantId\": 5, \"bogus\": true, \"theme\": \"dark\"}");
        EffectiveSettings settings = new EffectiveSettings(SettingsLayer.empty("policy"),
                ManagedPolicy.readJsonFile(user), user);

        settings.withUserText(PolicyKey.DEFAULT_REGION, "DE");

        JsonNode saved = JSON.readTree(user.toFile());
        assertThat(saved.get("defaultRegion").asText()).isEqualTo("DE");
        assertThat(saved.get("tenantId").asInt()).isEqualTo(5);
        assertThat(saved.get("bogus").asBoolean()).isTrue();
        assertThat(saved.get("theme").asText()).isEqualTo("dark");
    }

    @Test
    void aSettingsFileThatIsNotJsonIsNeverOverwritten() throws Exception {
        String broken = "{ \"tenantId\": 5, \"bogus\": true";
        Path user = write("settings.json", broken);
        EffectiveSettings settings = new EffectiveSettings(SettingsLayer.empty("policy"),
                ManagedPolicy.readJsonFile(user), user);

        assertThatThrownBy(() -> settings.withUserText(PolicyKey.DEFAULT_REGION, "DE"))
                .isInstanceOf(java.io.IOException.class).hasMessageContaining("is not valid JSON")
                .hasMessageContaining("left as it is");
        assertThat(Files.readString(user)).isEqualTo(broken);
    }

    @Test
    void aUserValueIsSavedAndReadBack() throws Exception {
        Path user = dir.resolve("settings.json");
        EffectiveSettings settings = new EffectiveSettings(SettingsLayer.empty("policy"),
                SettingsLayer.empty(user.toString()), user);

        settings.withUserText(PolicyKey.LANGUAGE, "de");

        assertThat(ManagedPolicy.readJsonFile(user).get(PolicyKey.LANGUAGE)).hasValueSatisfying(
                v -> assertThat(v.asText()).isEqualTo("de"));
    }

    @Test
    void aPresenceIntervalUnderTenSecondsIsRaisedToTenAndReported() throws Exception {
        Path policy = write("policy.json", "{\"presenceIntervalSeconds\": 3}");

        EffectiveSettings settings = new EffectiveSettings(ManagedPolicy.readJsonFile(policy),
                SettingsLayer.empty("user"), dir.resolve("settings.json"));

        assertThat(settings.presenceIntervalSeconds()).isEqualTo(10);
        assertThat(settings.problems()).singleElement()
                .satisfies(p -> assertThat(p.problem()).contains("under the minimum of 10 s"));
    }

    @Test
    void theSyncIntervalIsFifteenMinutesUnlessSetAndThePolicyLocksIt() throws Exception {
        Path user = write("settings.json", "{\"syncIntervalMinutes\": 30}");
        Path policy = write("policy.json", "{\"syncIntervalMinutes\": 60}");

        EffectiveSettings unset = new EffectiveSettings(SettingsLayer.empty("policy"), SettingsLayer.empty("user"),
                user);
        EffectiveSettings chosen = new EffectiveSettings(SettingsLayer.empty("policy"),
                ManagedPolicy.readJsonFile(user), user);
        EffectiveSettings fixed = new EffectiveSettings(ManagedPolicy.readJsonFile(policy),
                ManagedPolicy.readJsonFile(user), user);

        assertThat(unset.syncIntervalMinutes()).isEqualTo(15);
        assertThat(chosen.syncIntervalMinutes()).isEqualTo(30);
        assertThat(chosen.isLocked(PolicyKey.SYNC_INTERVAL_MINUTES)).isFalse();
        assertThat(fixed.syncIntervalMinutes()).isEqualTo(60);
        assertThat(fixed.isLocked(PolicyKey.SYNC_INTERVAL_MINUTES)).isTrue();
    }

    @Test
    void aSyncIntervalUnderFiveMinutesIsRaisedToFiveAndReportedByName() throws Exception {
        Path policy = write("policy.json", "{\"syncIntervalMinutes\": 1}");

        EffectiveSettings settings = new EffectiveSettings(ManagedPolicy.readJsonFile(policy),
                SettingsLayer.empty("user"), dir.resolve("settings.json"));

        assertThat(settings.syncIntervalMinutes()).isEqualTo(5);
        assertThat(settings.problems()).singleElement().satisfies(p -> {
            assertThat(p.key()).isEqualTo("syncIntervalMinutes");
            assertThat(p.problem()).contains("under the minimum of 5 min");
        });
    }

    @Test
    void aSyncIntervalThatIsNotANumberIsReportedByNameAndIgnored() throws Exception {
        Path user = write("settings.json", "{\"syncIntervalMinutes\": \"often\"}");

        EffectiveSettings settings = new EffectiveSettings(SettingsLayer.empty("policy"),
                ManagedPolicy.readJsonFile(user), user);

        assertThat(settings.syncIntervalMinutes()).isEqualTo(15);
        assertThat(settings.problems()).singleElement().satisfies(p -> {
            assertThat(p.key()).isEqualTo("syncIntervalMinutes");
            assertThat(p.problem()).contains("expected a whole number");
        });
    }

    @Test
    void structuredValuesAreRead() throws Exception {
        Path policy = write("policy.json", """
                {"userFilters": [{"field": "department", "op": "anyOf", "values": ["Sales", "Support"]},
                                 {"field": "shoeSize", "op": "equals", "value": "44"}],
                 "companyNumberRanges": [{"prefix": "+49897104", "company": "Contoso"}],
                 "allowedPhones": [{"address": "AA:BB:*", "name": "Contoso-*"}]}
                """);

        EffectiveSettings settings = new EffectiveSettings(ManagedPolicy.readJsonFile(policy),
                SettingsLayer.empty("user"), dir.resolve("settings.json"));

        assertThat(settings.userFilters()).containsExactly(
                new UserFilterRule("department", "anyOf", java.util.List.of("Sales", "Support")));
        assertThat(settings.companyNumberRanges()).containsExactly(
                new NumberRange("+49897104", "Contoso", "switchboard range"));
        assertThat(settings.allowedPhones()).containsExactly(new AllowedPhone("AA:BB:*", "Contoso-*"));
    }

    @Test
    void companyNumberRangesThatCannotNameCallersAreReportedByPlaceWithTheValueAndLeftOut() throws Exception {
        Path policy = write("policy.json", """
                {"companyNumberRanges": [
                  {"prefix": "+", "company": "Plus"},
                  {"prefix": "", "company": "Empty"},
                  {"prefix": "089", "company": "National"},
                  {"prefix": "+0 89", "company": "Zero"},
                  {"company": "Missing"},
                  {"prefix": "+49 30"},
                  {"prefix": "+49 (89) 7104", "company": "Contoso", "label": "head office"}]}
                """);

        EffectiveSettings settings = new EffectiveSettings(ManagedPolicy.readJsonFile(policy),
                SettingsLayer.empty("user"), dir.resolve("settings.json"));

        assertThat(settings.problems()).extracting(PolicyProblem::key, PolicyProblem::problem).containsExactly(
                tuple("companyNumberRanges[0]", "prefix '+' for company 'Plus' is not an international prefix: "
                        + "give '+', the country code and the first digits, 1 to 17 digits in all, such as "
                        + "+49897104, ignored"),
                tuple("companyNumberRanges[1]", "no prefix for company 'Empty'; give '+', the country code and the "
                        + "first digits, such as +49897104, ignored"),
                tuple("companyNumberRanges[2]", "prefix '089' for company 'National' is not an international "
                        + "prefix: give '+', the country code and the first digits, 1 to 17 digits in all, such as "
                        + "+49897104, ignored"),
                tuple("companyNumberRanges[3]", "prefix '+0 89' for company 'Zero' is not an international prefix: "
                        + "give '+', the country code and the first digits, 1 to 17 digits in all, such as "
                        + "+49897104, ignored"),
                tuple("companyNumberRanges[4]", "no prefix for company 'Missing'; give '+', the country code and "
                        + "the first digits, such as +49897104, ignored"),
                tuple("companyNumberRanges[5]", "no company for prefix '+49 30'; a range names the company of "
                        + "callers no person matches, ignored"));
        assertThat(settings.problems()).allSatisfy(p -> assertThat(p.origin()).isEqualTo(policy.toString()));
        assertThat(settings.companyNumberRanges()).containsExactly(
                new NumberRange("+49 (89) 7104", "Contoso", "head office"));
    }

    @Test
    void aCallHistoryRetentionUnderOneDayIsReportedWithTheDaysInForce() throws Exception {
        Path user = write("settings.json", "{\"callHistoryRetentionDays\": -5}");

        EffectiveSettings settings = new EffectiveSettings(SettingsLayer.empty("policy"),
                ManagedPolicy.readJsonFile(user), user);

        assertThat(settings.callHistoryRetentionDays()).isEqualTo(1);
        assertThat(settings.problems()).extracting(PolicyProblem::toString).containsExactly(
                user + ": callHistoryRetentionDays: -5 days is under the minimum of 1 day; 1 day is used");
    }

    @Test
    void aReportListsTheFirstTwentyProblemsAndCountsTheRestWithWhereTheyAre() throws Exception {
        StringBuilder keys = new StringBuilder("{\"theme\": \"dark\"");
        for (int i = 0; i < 100_000; i++) {
            keys.append(", \"unknown").append(i).append("\": 1");
        }
        Path policy = write("policy.json", keys.append('}').toString());
        Path user = write("settings.json", "{\"language\": \"fr\"}");

        EffectiveSettings settings = new EffectiveSettings(ManagedPolicy.readJsonFile(policy),
                ManagedPolicy.readJsonFile(user), user);
        ProblemReport report = settings.problemReport();

        assertThat(settings.problems()).hasSize(100_001);
        assertThat(report.shown()).hasSize(20).extracting(PolicyProblem::key).startsWith("unknown0", "unknown1")
                .endsWith("unknown19");
        assertThat(report.moreLine()).contains("… and 99,981 more problems in " + policy + " and " + user
                + ", not listed");
        assertThat(settings.problemLines()).hasSize(21).first().isEqualTo("Policy problem: " + policy
                + ": unknown0: unknown key, ignored");
        assertThat(settings.theme()).isEqualTo("dark");
    }

    @Test
    void aReportOfTwentyProblemsOrFewerListsThemAll() throws Exception {
        Path user = write("settings.json", "{\"a\": 1, \"b\": 2}");

        EffectiveSettings settings = new EffectiveSettings(SettingsLayer.empty("policy"),
                ManagedPolicy.readJsonFile(user), user);

        assertThat(settings.problemReport().shown()).hasSize(2);
        assertThat(settings.problemReport().moreLine()).isEmpty();
        assertThat(settings.problemLines()).containsExactly(
                "Settings problem (settings.json): " + user + ": a: unknown key, ignored",
                "Settings problem (settings.json): " + user + ": b: unknown key, ignored");
    }

    @Test
    void keysAndValuesAreRepeatedShortAndWithoutCharactersThatSteerATerminal() throws Exception {
        String longKey = "k".repeat(50_000);
        Path user = write("settings.json", "{\"" + longKey + "\": 1, \"the\\u001B[2Jme\": 1, "
                + "\"theme\": \"" + "p".repeat(1_000_000) + "\", \"language\": \"e\\u001B]0;owned\\u0007n\"}");

        EffectiveSettings settings = new EffectiveSettings(SettingsLayer.empty("policy"),
                ManagedPolicy.readJsonFile(user), user);

        assertThat(settings.problems()).extracting(PolicyProblem::key)
                .containsExactly("k".repeat(80) + "…", "the\\u001B[2Jme", "theme", "language");
        assertThat(settings.problems()).extracting(PolicyProblem::problem).element(2).asString()
                .startsWith("'" + "p".repeat(80) + "…' is not one of system, light, dark");
        assertThat(settings.problems()).extracting(PolicyProblem::problem).element(3).asString()
                .startsWith("'e\\u001B]0;owned\\u0007n' is not one of system, en, de");
        assertThat(settings.problemLines()).allSatisfy(line -> assertThat(line).hasSizeLessThan(400)
                .doesNotContain("\u001B", "\u0007"));
    }

    @Test
    void registryValuesBecomeTheSamePolicy() {
        SettingsLayer layer = SettingsLayer.fromJson(ManagedPolicy.registryToJson(Map.of("includeGuests", 1,
                "enabledSources", new String[] {"graph.users"},
                "companyNumberRanges", "[{\"prefix\":\"+4930\",\"company\":\"B\"}]")), "registry");

        assertThat(layer.problems()).isEmpty();
        assertThat(layer.get(PolicyKey.INCLUDE_GUESTS)).hasValueSatisfying(v -> assertThat(v.asBoolean()).isTrue());
        assertThat(layer.get(PolicyKey.COMPANY_NUMBER_RANGES)).hasValueSatisfying(v -> assertThat(v).hasSize(1));
    }

    @Test
    void aMacConfigurationPlistIsRead() throws Exception {
        Path plist = write("app.contactshield.desktop.plist", """
                <?xml version="1.0" encoding="UTF-8"?>
                <plist version="1.0"><dict>
                  <key>tenantId</key><string>contoso.example</string>
                  <key>requirePin</key><true/>
                  <key>presenceIntervalSeconds</key><integer>45</integer>
                  <key>enabledSources</key><array><string>graph.users</string></array>
                </dict></plist>
                """);

        SettingsLayer layer = ManagedPolicy.readPlist(plist);

        assertThat(layer.problems()).isEmpty();
        assertThat(layer.get(PolicyKey.PRESENCE_INTERVAL_SECONDS)).hasValueSatisfying(
                v -> assertThat(v.asInt()).isEqualTo(45));
        assertThat(layer.get(PolicyKey.REQUIRE_PIN)).hasValueSatisfying(v -> assertThat(v.asBoolean()).isTrue());
    }

    @Test
    void theSchemaDescribesExactlyTheKeysTheParserKnowsWithTheirTypes() throws Exception {
        JsonNode schema = JSON.readTree(getClass().getResourceAsStream(
                "/app/contactshield/graphsync/policy/policy.schema.json"));
        Set<String> names = new HashSet<>();
        Iterator<Map.Entry<String, JsonNode>> properties = schema.get("properties").fields();

        while (properties.hasNext()) {
            Map.Entry<String, JsonNode> property = properties.next();
            names.add(property.getKey());
            PolicyKey key = PolicyKey.byJsonName(property.getKey()).orElseThrow();
            assertThat(property.getValue().get("type").asText()).as(property.getKey()).isEqualTo(switch (key.type()) {
                case STRING -> "string";
                case BOOLEAN -> "boolean";
                case INTEGER -> "integer";
                case STRING_LIST, OBJECT_LIST -> "array";
            });
        }

        assertThat(names).containsExactlyInAnyOrderElementsOf(PolicyKey.jsonNames());
        assertThat(schema.get("additionalProperties").asBoolean()).isFalse();
    }

    private Path write(String name, String text) throws Exception {
        Path file = dir.resolve(name);
        Files.writeString(file, text);
        return file;
    }
}
