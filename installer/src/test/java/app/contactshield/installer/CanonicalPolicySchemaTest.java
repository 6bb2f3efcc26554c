package app.contactshield.installer;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.xml.sax.SAXException;

/**
 * The templates against the canonical policy schema that graph-sync's policy reader owns. Skipped, with a message,
 * where that schema is not in the tree.
 */
class CanonicalPolicySchemaTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private Path schemaFile;
    private PolicySchemaCheck schema;

    @BeforeEach
    void readCanonicalSchema() throws IOException {
        schemaFile = InstallerFiles.canonicalSchema();
        Assumptions.assumeTrue(Files.isRegularFile(schemaFile),
                "canonical policy schema absent at " + schemaFile.toAbsolutePath().normalize() + ": skipped");
        schema = new PolicySchemaCheck(MAPPER.readTree(schemaFile.toFile()));
    }

    @Test
    void buildAssemblesTheCanonicalSchemaUnchanged() throws IOException {
        Path assembled = InstallerFiles.assembledPolicy().resolve("linux/policy.schema.json");

        assertThat(assembled).exists();
        assertThat(Files.mismatch(assembled, schemaFile)).as("first differing byte").isEqualTo(-1L);
    }

    @Test
    void admxValueNamesAreTheSchemaKeys() throws IOException, SAXException {
        Set<String> valueNames = new AdmxTemplate(InstallerFiles.ADMX).valuesByName().keySet();

        assertThat(valueNames).containsExactlyInAnyOrderElementsOf(schema.topLevelProperties());
    }

    @Test
    void profileKeysAreTheSchemaKeys() throws IOException, SAXException {
        JsonNode payload = Plist.read(InstallerFiles.MOBILECONFIG).path("PayloadContent").path(0);
        Set<String> keys = ManagedPreferencesTest.settings(payload).keySet();

        assertThat(keys).containsExactlyInAnyOrderElementsOf(schema.topLevelProperties());
    }

    @Test
    void examplePolicyFileValidates() throws IOException {
        JsonNode example = MAPPER.readTree(InstallerFiles.EXAMPLE_POLICY.toFile());

        List<String> problems = schema.problems(example);

        assertThat(problems).isEmpty();
    }

    @Test
    void profileSettingsValidate() throws IOException, SAXException {
        ObjectNode settings = MAPPER.createObjectNode();
        ManagedPreferencesTest.settings(Plist.read(InstallerFiles.MOBILECONFIG).path("PayloadContent").path(0))
                .forEach(settings::set);

        List<String> problems = schema.problems(settings);

        assertThat(problems).isEmpty();
    }

    @Test
    void admxWritesTheKindAndLimitsTheSchemaDeclares() throws IOException, SAXException {
        List<String> disagreements = new ArrayList<>();

        for (Map.Entry<String, Element> e : new AdmxTemplate(InstallerFiles.ADMX).valuesByName().entrySet()) {
            JsonNode property = schema.topLevelProperty(e.getKey());
            String problem = disagreement(e.getKey(), e.getValue(), property);
            if (problem != null) {
                disagreements.add(e.getKey() + ": " + problem);
            }
        }

        assertThat(disagreements).isEmpty();
    }

    private static String disagreement(String key, Element writer, JsonNode property) {
        if (property.isMissingNode()) {
            return "not a property of the schema";
        }
        Set<String> types = types(property);
        switch (writer.getLocalName()) {
            case "policy":
                return types.equals(Set.of("boolean")) ? null : "a switch, schema type " + types;
            case "multiText":
                return types.equals(Set.of("array")) ? null : "a multi-string, schema type " + types;
            case "decimal":
                if (!types.equals(Set.of("integer"))) {
                    return "a number, schema type " + types;
                }
                return sameLimit(writer, "minValue", property.get("minimum"))
                        && sameLimit(writer, "maxValue", property.get("maximum"))
                        ? null : "limits " + writer.getAttribute("minValue") + ".." + writer.getAttribute("maxValue")
                        + ", schema " + property.get("minimum") + ".." + property.get("maximum");
            case "enum":
                Set<String> admxValues = new TreeSet<>();
                Xml.descendants(writer, "string").forEach(s -> admxValues.add(s.getTextContent()));
                Set<String> schemaValues = new TreeSet<>();
                property.path("enum").forEach(v -> schemaValues.add(v.asText()));
                return schemaValues.isEmpty() || schemaValues.equals(admxValues)
                        ? null : "choices " + admxValues + ", schema enum " + schemaValues;
            case "text":
                boolean json = PolicyKeys.JSON_TEXT_ON_WINDOWS.contains(key);
                boolean fits = json ? !types.contains("string") : types.equals(Set.of("string"));
                return fits ? null : (json ? "JSON text" : "text") + ", schema type " + types;
            default:
                return "unexpected ADMX element <" + writer.getLocalName() + ">";
        }
    }

    private static boolean sameLimit(Element writer, String attribute, JsonNode schemaLimit) {
        return schemaLimit == null || !writer.hasAttribute(attribute)
                || Long.parseLong(writer.getAttribute(attribute)) == schemaLimit.asLong();
    }

    private static Set<String> types(JsonNode property) {
        Set<String> types = new TreeSet<>();
        JsonNode type = property.path("type");
        if (type.isArray()) {
            type.forEach(t -> types.add(t.asText()));
        } else if (type.isTextual()) {
            types.add(type.asText());
        } else if (property.has("enum")) {
            property.get("enum").forEach(v -> types.add(v.isTextual() ? "string" : v.getNodeType().name()));
        }
        types.remove("null");
        return types;
    }
}
