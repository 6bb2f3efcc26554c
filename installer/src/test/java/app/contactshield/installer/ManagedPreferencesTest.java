package app.contactshield.installer;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.xml.sax.SAXException;

/** The macOS profile and the Linux example carry the same keys as the ADMX, with values of the matching kind. */
class ManagedPreferencesTest {

    private static final String BUNDLE_ID = "app.contactshield.desktop";

    private static JsonNode profile;
    private static JsonNode example;

    @BeforeAll
    static void read() throws IOException, SAXException {
        profile = Plist.read(InstallerFiles.MOBILECONFIG);
        example = new ObjectMapper().readTree(InstallerFiles.EXAMPLE_POLICY.toFile());
    }

    @Test
    void profileIsAConfigurationWithOnePayloadForTheAppBundleId() {
        JsonNode payloads = profile.path("PayloadContent");

        assertThat(profile.path("PayloadType").asText()).isEqualTo("Configuration");
        assertThat(payloads.isArray()).isTrue();
        assertThat(payloads).hasSize(1);
        assertThat(payloads.get(0).path("PayloadType").asText()).isEqualTo(BUNDLE_ID);
        assertThat(profile.path("PayloadVersion").asInt()).isEqualTo(1);
        assertThat(payloads.get(0).path("PayloadVersion").asInt()).isEqualTo(1);
    }

    @Test
    void profileIdentifiersAndUuidsAreDistinct() {
        JsonNode inner = profile.path("PayloadContent").path(0);
        Set<String> uuids = new HashSet<>();

        for (JsonNode payload : List.of(profile, inner)) {
            String uuid = payload.path("PayloadUUID").asText();
            assertThat(UUID.fromString(uuid).toString()).isEqualToIgnoringCase(uuid);
            uuids.add(uuid);
        }

        assertThat(uuids).hasSize(2);
        assertThat(inner.path("PayloadIdentifier").asText()).isNotEqualTo(profile.path("PayloadIdentifier").asText());
    }

    @Test
    void profileSetsExactlyThePolicyKeys() {
        Set<String> keys = settings(profile.path("PayloadContent").path(0)).keySet();

        assertThat(keys).containsExactlyInAnyOrderElementsOf(PolicyKeys.ALL);
    }

    @Test
    void exampleSetsExactlyThePolicyKeys() {
        Set<String> keys = new TreeSet<>();
        example.fieldNames().forEachRemaining(keys::add);

        assertThat(keys).containsExactlyInAnyOrderElementsOf(PolicyKeys.ALL);
    }

    @Test
    void profileCarriesTheSameExampleValuesAsThePolicyFile() {
        Map<String, JsonNode> settings = settings(profile.path("PayloadContent").path(0));
        List<String> different = new ArrayList<>();

        for (Map.Entry<String, JsonNode> e : settings.entrySet()) {
            if (!sameJson(e.getValue(), example.path(e.getKey()))) {
                different.add(e.getKey() + ": profile " + e.getValue() + ", policy.json " + example.path(e.getKey()));
            }
        }

        assertThat(different).isEmpty();
    }

    @Test
    void exampleValuesHaveTheKindTheAdmxWrites() throws IOException, SAXException {
        AdmxTemplate admx = new AdmxTemplate(InstallerFiles.ADMX);
        List<String> wrong = new ArrayList<>();

        for (Map.Entry<String, Element> e : admx.valuesByName().entrySet()) {
            JsonNode value = example.path(e.getKey());
            if (!kindMatches(e.getKey(), e.getValue(), value)) {
                wrong.add(e.getKey() + ": <" + e.getValue().getLocalName() + "> but " + value);
            }
        }

        assertThat(wrong).isEmpty();
    }

    private static boolean kindMatches(String key, Element writer, JsonNode value) {
        return switch (writer.getLocalName()) {
            case "policy" -> value.isBoolean();
            case "multiText" -> value.isArray() && allText(value);
            case "decimal" -> value.isIntegralNumber()
                    && value.asLong() >= Long.parseLong(writer.getAttribute("minValue"))
                    && value.asLong() <= Long.parseLong(writer.getAttribute("maxValue"));
            case "enum" -> value.isTextual() && enumValues(writer).contains(value.asText());
            case "text" -> PolicyKeys.JSON_TEXT_ON_WINDOWS.contains(key)
                    ? value.isArray() || value.isObject()
                    : value.isTextual() && value.asText().length() <= maxLength(writer);
            default -> false;
        };
    }

    private static long maxLength(Element text) {
        return Long.parseLong(text.getAttribute("maxLength"));
    }

    private static Set<String> enumValues(Element enumElement) {
        Set<String> values = new TreeSet<>();
        for (Element s : Xml.descendants(enumElement, "string")) {
            values.add(s.getTextContent());
        }
        return values;
    }

    private static boolean allText(JsonNode array) {
        for (JsonNode item : array) {
            if (!item.isTextual()) {
                return false;
            }
        }
        return true;
    }

    static Map<String, JsonNode> settings(JsonNode payload) {
        ObjectNode copy = payload.deepCopy();
        Iterator<String> names = copy.fieldNames();
        while (names.hasNext()) {
            if (names.next().startsWith("Payload")) {
                names.remove();
            }
        }
        Map<String, JsonNode> settings = new TreeMap<>();
        copy.fields().forEachRemaining(e -> settings.put(e.getKey(), e.getValue()));
        return settings;
    }

    private static boolean sameJson(JsonNode a, JsonNode b) {
        if (a.isNumber() && b.isNumber()) {
            return a.decimalValue().compareTo(b.decimalValue()) == 0;
        }
        if (a.isArray() && b.isArray() && a.size() == b.size()) {
            for (int i = 0; i < a.size(); i++) {
                if (!sameJson(a.get(i), b.get(i))) {
                    return false;
                }
            }
            return true;
        }
        if (a.isObject() && b.isObject() && a.size() == b.size()) {
            Iterator<String> names = a.fieldNames();
            while (names.hasNext()) {
                String name = names.next();
                if (!sameJson(a.get(name), b.path(name))) {
                    return false;
                }
            }
            return true;
        }
        return a.equals(b);
    }
}
