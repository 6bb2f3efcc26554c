package app.contactshield.installer;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PolicySchemaCheckTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static PolicySchemaCheck check;

    @BeforeAll
    static void loadSchema() throws IOException {
        try (InputStream in = PolicySchemaCheckTest.class.getResourceAsStream("sample.schema.json")) {
            check = new PolicySchemaCheck(MAPPER.readTree(in));
        }
    }

    @Test
    void acceptsADocumentThatFollowsEveryRule() throws IOException {
        JsonNode document = MAPPER.readTree("""
                {"name": "Ada", "region": "DE", "interval": 30, "flag": true, "mode": "dark",
                 "tags": ["a", "b"], "ranges": [{"company": "Beispiel AG", "prefix": "+49897104"}], "either": 3}
                """);

        List<String> problems = check.problems(document);

        assertThat(problems).isEmpty();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "{\"name\": \"Ada\", \"colour\": 1}                    | $.colour: unknown property",
        "{\"interval\": 30}                                    | $: the required property name is missing",
        "{\"name\": 7}                                         | $.name: number 7 is not of type \"string\"",
        "{\"name\": \"\"}                                      | is shorter than minLength 1",
        "{\"name\": \"Ada Beispiel-Lang\"}                     | longer than maxLength 10",
        "{\"name\": \"Ada\", \"region\": \"de\"}               | $.region: \"de\" does not match the pattern",
        "{\"name\": \"Ada\", \"interval\": 5}                  | $.interval: 5 is below the minimum 10",
        "{\"name\": \"Ada\", \"interval\": 7200}               | $.interval: 7200 is above the maximum 3600",
        "{\"name\": \"Ada\", \"interval\": 30.5}               | $.interval: number 30.5 is not of type",
        "{\"name\": \"Ada\", \"flag\": \"yes\"}                | $.flag: string \"yes\" is not of type \"boolean\"",
        "{\"name\": \"Ada\", \"mode\": \"blue\"}               | $.mode: \"blue\" is not one of",
        "{\"name\": \"Ada\", \"tags\": [\"a\", \"a\"]}         | $.tags: items repeat",
        "{\"name\": \"Ada\", \"tags\": [\"a\", 2]}             | $.tags[1]: number 2 is not of type",
        "{\"name\": \"Ada\", \"ranges\": [{\"company\": \"X\"}]} | $.ranges[0]: the required property prefix",
        "{\"name\": \"Ada\", \"ranges\": [{\"company\": \"X\", \"prefix\": \"089\"}]} | $.ranges[0].prefix",
        "{\"name\": \"Ada\", \"either\": true}                 | $.either: true matches 0 of oneOf",
    })
    void reportsEachBrokenRuleWithItsPath(String json, String expected) throws IOException {
        JsonNode document = MAPPER.readTree(json);

        List<String> problems = check.problems(document);

        assertThat(problems).anySatisfy(problem -> assertThat(problem).contains(expected));
    }

    @Test
    void listsTheTopLevelPropertyNames() {
        assertThat(check.topLevelProperties())
                .containsExactlyInAnyOrder("name", "region", "interval", "flag", "mode", "tags", "ranges", "either");
    }
}
