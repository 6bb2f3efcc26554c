package app.contactshield.installer;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** The .msi and .dmg recipes, which are built on their own platforms: checked here as far as Linux can. */
class PlatformRecipesTest {

    private static final Path WINDOWS = Path.of("src/main/windows");
    private static final Path MACOS = Path.of("src/main/macos");
    private static final String LAUNCH = "\"[INSTALLDIR]Contact Shield.exe\" \"%1\"";

    @ParameterizedTest
    @ValueSource(strings = {"tel", "callto"})
    void msiRegistersTheSchemeAsAUrlProtocolThatStartsTheApp(String scheme) throws Exception {
        Document wxs = Xml.parse(WINDOWS.resolve("url-protocols.wxs"));

        Element key = Xml.descendants(wxs, "RegistryKey").stream()
                .filter(k -> "HKCR".equals(k.getAttribute("Root")) && scheme.equals(k.getAttribute("Key")))
                .findFirst().orElseThrow(() -> new AssertionError("no HKCR\\" + scheme + " key"));

        assertThat(values(key, "", "URL Protocol")).containsExactly("");
        assertThat(values(key, "shell\\open\\command", "")).containsExactly(LAUNCH);
        assertThat(values(key, "", "")).containsExactly("URL:" + scheme + " Protocol");
    }

    @Test
    void msiListsTheAppAmongTheDefaultAppsForBothSchemes() throws Exception {
        Document wxs = Xml.parse(WINDOWS.resolve("url-protocols.wxs"));
        Set<String> associations = new TreeSet<>();

        for (Element value : Xml.descendants(wxs, "RegistryValue")) {
            if ("URLAssociations".equals(value.getAttribute("Key"))) {
                associations.add(value.getAttribute("Name") + "=" + value.getAttribute("Value"));
            }
        }

        assertThat(associations).containsExactly("callto=ContactShield.Url", "tel=ContactShield.Url");
    }

    @Test
    void msiComponentsHaveDistinctGuids() throws Exception {
        List<Element> components = Xml.descendants(Xml.parse(WINDOWS.resolve("url-protocols.wxs")), "Component");
        Set<UUID> guids = new HashSet<>();

        components.forEach(c -> guids.add(UUID.fromString(c.getAttribute("Guid"))));

        assertThat(guids).hasSize(components.size()).hasSizeGreaterThanOrEqualTo(3);
    }

    @Test
    void msiScriptAddsTheFragmentUnderTheLauncherNameTheKeysUse() throws IOException {
        String script = Files.readString(WINDOWS.resolve("build-msi.ps1"));

        assertThat(script).contains("\"--name\", \"Contact Shield\"", "url-protocols.wxs",
                "<ComponentGroupRef Id=\"ContactShieldUrlProtocols\"/>", "--resource-dir", "\"--type\", \"msi\"");
    }

    @Test
    void admxInstallScriptCopiesBothLanguages() throws IOException {
        String script = Files.readString(WINDOWS.resolve("install-admx.ps1"));

        assertThat(script).contains("\"en-US\", \"de-DE\"", "ContactShield.admx", "ContactShield.adml",
                "PolicyDefinitions");
    }

    @Test
    void dmgDeclaresTheTelAndCalltoSchemesForTheProfilesBundleId() throws Exception {
        JsonNode info = Plist.read(MACOS.resolve("resources/Info.plist"));
        JsonNode profile = Plist.read(InstallerFiles.MOBILECONFIG);
        Set<String> schemes = new TreeSet<>();

        info.path("CFBundleURLTypes").forEach(type -> type.path("CFBundleURLSchemes")
                .forEach(s -> schemes.add(s.asText())));

        assertThat(schemes).containsExactly("callto", "tel");
        assertThat(info.path("CFBundleIdentifier").asText())
                .isEqualTo(profile.path("PayloadContent").path(0).path("PayloadType").asText());
        assertThat(info.path("CFBundleExecutable").asText()).isEqualTo("DEPLOY_LAUNCHER_NAME");
    }

    @Test
    void dmgScriptUsesTheBundleIdAndTheInfoPlistOverride() throws Exception {
        Path script = MACOS.resolve("build-dmg.sh");
        Assumptions.assumeTrue(Files.isExecutable(Path.of("/bin/sh")), "no /bin/sh to check the script with");

        Process check = new ProcessBuilder("/bin/sh", "-n", script.toString()).redirectErrorStream(true).start();
        String output = new String(check.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

        assertThat(check.waitFor()).as("sh -n: " + output).isZero();
        assertThat(Files.readString(script)).contains("--mac-package-identifier app.contactshield.desktop",
                "--resource-dir \"$here/resources\"", "--type dmg", "contact-shield.icns");
    }

    @Test
    void windowsIconHoldsEverySizeUpTo256() throws IOException {
        ByteBuffer ico = ByteBuffer.wrap(Files.readAllBytes(Path.of("src/main/icons/contact-shield.ico")))
                .order(ByteOrder.LITTLE_ENDIAN);
        Set<Integer> sizes = new TreeSet<>();

        int count = ico.getShort(4);
        for (int i = 0; i < count; i++) {
            int width = Byte.toUnsignedInt(ico.get(6 + 16 * i));
            int length = ico.getInt(6 + 16 * i + 8);
            int offset = ico.getInt(6 + 16 * i + 12);
            assertThat(offset + length).isLessThanOrEqualTo(ico.capacity());
            sizes.add(width == 0 ? 256 : width);
        }

        assertThat(ico.getShort(2)).as("ICO type").isEqualTo((short) 1);
        assertThat(sizes).contains(16, 32, 48, 256);
    }

    @Test
    void macIconIsAnIcnsFileOfItsDeclaredLength() throws IOException {
        byte[] icns = Files.readAllBytes(Path.of("src/main/icons/contact-shield.icns"));

        ByteBuffer buffer = ByteBuffer.wrap(icns);

        assertThat(new String(icns, 0, 4, StandardCharsets.US_ASCII)).isEqualTo("icns");
        assertThat(buffer.getInt(4)).isEqualTo(icns.length);
    }

    @Test
    void everyPlatformBundlesTheSameRuntimeModules() throws Exception {
        Document pom = Xml.parse(Path.of("pom.xml"));
        Set<String> linux = modules(Xml.descendants(pom, "jpackage.modules").get(0).getTextContent());
        String dmgScript = Files.readString(MACOS.resolve("build-dmg.sh"));
        String msiScript = Files.readString(WINDOWS.resolve("build-msi.ps1")).replaceAll("\"\\s*\\+\\s*\"", "");

        Set<String> mac = modules(between(dmgScript, "--add-modules ", " "));
        Set<String> windows = modules(between(msiScript, "\"--add-modules\", (\"", "\")"));

        assertThat(linux).contains("java.base", "java.desktop", "jdk.unsupported", "jdk.httpserver", "jdk.crypto.ec");
        assertThat(mac).isEqualTo(linux);
        assertThat(windows).containsAll(linux).contains("jdk.crypto.mscapi").hasSize(linux.size() + 1);
    }

    private static Set<String> modules(String list) {
        return new TreeSet<>(List.of(list.trim().split(",")));
    }

    private static String between(String text, String start, String end) {
        int from = text.indexOf(start);
        assertThat(from).as("'" + start + "' in the script").isNotNegative();
        int to = text.indexOf(end, from + start.length());
        return text.substring(from + start.length(), to);
    }

    private static List<String> values(Element key, String subKey, String name) {
        return Xml.children(key).stream()
                .filter(v -> "RegistryValue".equals(v.getLocalName()))
                .filter(v -> subKey.equals(v.getAttribute("Key")) && name.equals(v.getAttribute("Name")))
                .map(v -> v.getAttribute("Value"))
                .toList();
    }
}
