package app.contactshield.installer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Element;
import org.xml.sax.SAXException;

class AdmxTemplatesTest {

    private static final String POLICY_KEY = "Software\\Policies\\ContactShield";

    private static AdmxTemplate admx;

    @BeforeAll
    static void parseAdmx() throws IOException, SAXException {
        admx = new AdmxTemplate(InstallerFiles.ADMX);
    }

    static Stream<Arguments> languages() {
        return Stream.of(Arguments.of("en-US", InstallerFiles.ADML_EN), Arguments.of("de-DE", InstallerFiles.ADML_DE));
    }

    @ParameterizedTest
    @ValueSource(strings = {"windows/ContactShield.admx", "windows/en-US/ContactShield.adml",
        "windows/de-DE/ContactShield.adml"})
    void templateIsWellFormedXml(String file) {
        Path path = InstallerFiles.POLICY.resolve(file);

        assertThatCode(() -> Xml.parse(path)).doesNotThrowAnyException();
    }

    @Test
    void everyPolicyWritesUnderTheMachinePolicyKey() {
        List<String> wrong = new ArrayList<>();

        for (AdmxTemplate.Policy p : admx.policies) {
            if (!POLICY_KEY.equals(p.key()) || !"Machine".equals(p.policyClass())) {
                wrong.add(p.name() + " (" + p.policyClass() + " " + p.key() + ")");
            }
        }

        assertThat(admx.policies).isNotEmpty();
        assertThat(wrong).isEmpty();
    }

    @Test
    void registryValueNamesAreExactlyThePolicyKeys() {
        Set<String> valueNames = admx.valuesByName().keySet();

        assertThat(valueNames).containsExactlyInAnyOrderElementsOf(PolicyKeys.ALL);
        assertThat(admx.policies.stream().mapToInt(p -> p.valuesByName().size()).sum())
                .as("each registry value is written by one policy only").isEqualTo(PolicyKeys.ALL.size());
    }

    @Test
    void categoriesAndSupportedOnReferencesResolve() {
        Set<String> categories = admx.names("category", "name");
        Set<String> supported = admx.names("definition", "name");

        assertThat(categories).containsAll(admx.names("parentCategory", "ref"));
        assertThat(supported).containsAll(admx.names("supportedOn", "ref").stream()
                .filter(ref -> !ref.isEmpty()).toList());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("languages")
    void everyStringAndPresentationReferenceResolves(String language, Path adml) throws Exception {
        AdmxTemplate.Resources resources = new AdmxTemplate.Resources(adml);

        assertThat(resources.strings.keySet()).as("strings in " + language).containsAll(admx.stringRefs);
        assertThat(resources.presentations.keySet()).as("presentations in " + language)
                .containsAll(admx.presentationRefs);
        assertThat(resources.strings.keySet()).as("strings of " + language + " that no policy uses")
                .containsExactlyInAnyOrderElementsOf(admx.stringRefs);
        assertThat(resources.presentations.keySet()).as("presentations of " + language + " that no policy uses")
                .containsExactlyInAnyOrderElementsOf(admx.presentationRefs);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("languages")
    void everyPresentationHasOneControlPerPolicyElement(String language, Path adml) throws Exception {
        AdmxTemplate.Resources resources = new AdmxTemplate.Resources(adml);
        List<String> mismatches = new ArrayList<>();

        for (AdmxTemplate.Policy p : admx.policies) {
            Set<String> controls = p.presentation().isEmpty() ? Set.of() : resources.controlRefs(p.presentation());
            if (!controls.equals(p.elementIds())) {
                mismatches.add(p.name() + ": elements " + p.elementIds() + ", controls " + controls);
            }
        }

        assertThat(mismatches).as(language).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("languages")
    void explainTextNamesTheRegistryValueItDescribes(String language, Path adml) throws Exception {
        AdmxTemplate.Resources resources = new AdmxTemplate.Resources(adml);
        List<String> silent = new ArrayList<>();

        for (AdmxTemplate.Policy p : admx.policies) {
            String explain = resources.strings.getOrDefault(p.explain(), "");
            for (String valueName : p.valuesByName().keySet()) {
                boolean jsonSaid = !PolicyKeys.JSON_TEXT_ON_WINDOWS.contains(valueName) || explain.contains("JSON");
                if (!explain.contains(valueName) || !jsonSaid) {
                    silent.add(p.name() + "/" + valueName);
                }
            }
        }

        assertThat(silent).as(language).isEmpty();
    }

    @Test
    void listsAreMultiStringsAndJsonKeysAreText() {
        Map<String, Element> values = admx.valuesByName();
        Set<String> jsonText = new TreeSet<>();
        PolicyKeys.JSON_TEXT_ON_WINDOWS.forEach(key -> jsonText.add(values.get(key).getLocalName()));

        assertThat(values.get("enabledSources").getLocalName()).isEqualTo("multiText");
        assertThat(values.get("sourcePrecedence").getLocalName()).isEqualTo("multiText");
        assertThat(jsonText).containsExactly("text");
    }

    @Test
    void presenceIntervalCannotBeSetUnderTenSeconds() {
        Element interval = admx.valuesByName().get("presenceIntervalSeconds");

        assertThat(interval.getLocalName()).isEqualTo("decimal");
        assertThat(Integer.parseInt(interval.getAttribute("minValue"))).isEqualTo(10);
    }

    @Test
    void syncIntervalCannotBeSetUnderFiveMinutes() {
        Element interval = admx.valuesByName().get("syncIntervalMinutes");

        assertThat(interval.getLocalName()).isEqualTo("decimal");
        assertThat(Integer.parseInt(interval.getAttribute("minValue"))).isEqualTo(5);
    }

    @Test
    void switchesWriteOneForEnabledAndZeroForDisabled() {
        List<String> wrong = new ArrayList<>();

        for (String key : List.of("includeGuests", "includeDisabledAccounts", "requirePin", "vacationModeAllowed")) {
            Element policy = admx.valuesByName().get(key);
            String on = decimal(policy, "enabledValue");
            String off = decimal(policy, "disabledValue");
            if (!"1".equals(on) || !"0".equals(off)) {
                wrong.add(key + " on=" + on + " off=" + off);
            }
        }

        assertThat(wrong).isEmpty();
    }

    private static String decimal(Element policy, String which) {
        Element value = Xml.child(policy, which);
        Element decimal = value == null ? null : Xml.child(value, "decimal");
        return decimal == null ? null : decimal.getAttribute("value");
    }
}
