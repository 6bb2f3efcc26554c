package app.contactshield.graphsync.policy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class PolicySchemaTest {

    @Test
    void schemaPropertiesAreExactlyTheKeysTheParserKnows() throws Exception {
        JsonNode schema;
        try (InputStream in = PolicySchemaTest.class.getResourceAsStream("policy.schema.json")) {
            schema = new ObjectMapper().readTree(in);
        }
        List<String> properties = new ArrayList<>();
        schema.path("properties").fieldNames().forEachRemaining(properties::add);

        List<String> keys = Arrays.stream(PolicyKey.values()).map(PolicyKey::jsonName).toList();

        assertThat(properties).containsExactlyInAnyOrderElementsOf(keys);
        assertThat(schema.path("additionalProperties").asBoolean(true)).isFalse();
    }
}
