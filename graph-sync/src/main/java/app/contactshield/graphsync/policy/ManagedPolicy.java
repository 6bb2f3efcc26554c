package app.contactshield.graphsync.policy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.jna.platform.win32.Advapi32Util;
import com.sun.jna.platform.win32.WinReg;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads the policy an administrator set: Linux {@code /etc/contact-shield/policy.json} (overridable with the system
 * property {@code contactshield.policy.file} or the environment variable {@code CONTACT_SHIELD_POLICY}), Windows
 * {@code HKLM\SOFTWARE\Policies\ContactShield}, macOS the managed preferences of {@code app.contactshield.desktop}.
 * A missing policy is an empty one; a broken one is reported, never fatal. Runs on the calling thread.
 */
public final class ManagedPolicy {
    /** The system property that points at a policy file (for tests and unusual installs). */
    public static final String FILE_PROPERTY = "contactshield.policy.file";
    /** The environment variable that points at a policy file. */
    public static final String FILE_ENV = "CONTACT_SHIELD_POLICY";
    /** The Linux policy file. */
    public static final Path LINUX_FILE = Path.of("/etc/contact-shield/policy.json");
    /** The Windows registry key under HKLM. */
    public static final String REGISTRY_KEY = "SOFTWARE\\Policies\\ContactShield";
    /** The macOS managed preferences file. */
    public static final Path MAC_FILE = Path.of("/Library/Managed Preferences/app.contactshield.desktop.plist");

    private static final Logger LOG = LoggerFactory.getLogger(ManagedPolicy.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    private ManagedPolicy() {
    }

    /** Reads the policy of this machine. */
    public static PolicyParser.Parsed read() {
        Optional<Path> override = Optional.ofNullable(System.getProperty(FILE_PROPERTY))
                .or(() -> Optional.ofNullable(System.getenv(FILE_ENV))).filter(s -> !s.isBlank()).map(Path::of);
        if (override.isPresent()) {
            return readJsonFile(override.get());
        }
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            return readRegistry();
        }
        if (os.startsWith("mac")) {
            return readPlist(MAC_FILE);
        }
        return readJsonFile(LINUX_FILE);
    }

    /** Reads a JSON policy file; a missing file is an empty policy. */
    public static PolicyParser.Parsed readJsonFile(Path file) {
        if (!Files.exists(file)) {
            return PolicyParser.Parsed.empty();
        }
        try {
            return PolicyParser.parse(JSON.readTree(file.toFile()), file.toString());
        } catch (IOException e) {
            LOG.warn("The policy file {} cannot be read as JSON; no policy applies", file, e);
            return new PolicyParser.Parsed(Map.of(), List.of(new PolicyProblem("(file)", file.toString(),
                    "not readable as JSON (" + e.getClass().getSimpleName() + "); the whole policy is ignored")));
        }
    }

    /**
     * Converts registry values to the JSON the parser reads: DWORDs become numbers (booleans for boolean settings),
     * multi-strings become arrays, strings holding a JSON array or object are parsed.
     */
    public static JsonNode registryToJson(Map<String, Object> values) {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        for (Map.Entry<String, Object> entry : values.entrySet()) {
            Optional<PolicyKey> key = PolicyKey.byJsonName(entry.getKey());
            Object value = entry.getValue();
            if (value instanceof Integer number) {
                boolean bool = key.map(k -> k.type() == PolicyKey.Type.BOOLEAN).orElse(false);
                root.set(entry.getKey(), bool ? JsonNodeFactory.instance.booleanNode(number != 0)
                        : JsonNodeFactory.instance.numberNode(number));
            } else if (value instanceof String[] strings) {
                ArrayNode array = root.putArray(entry.getKey());
                for (String s : strings) {
                    array.add(s);
                }
            } else if (value instanceof String text) {
                root.set(entry.getKey(), jsonOrText(text));
            } else {
                root.put(entry.getKey(), String.valueOf(value));
            }
        }
        return root;
    }

    private static JsonNode jsonOrText(String text) {
        String trimmed = text.trim();
        if (trimmed.startsWith("[") || trimmed.startsWith("{")) {
            try {
                return JSON.readTree(trimmed);
            } catch (IOException e) {
                return JsonNodeFactory.instance.textNode(text);
            }
        }
        return JsonNodeFactory.instance.textNode(text);
    }

    private static PolicyParser.Parsed readRegistry() {
        String origin = "HKLM\\" + REGISTRY_KEY;
        try {
            if (!Advapi32Util.registryKeyExists(WinReg.HKEY_LOCAL_MACHINE, REGISTRY_KEY)) {
                return PolicyParser.Parsed.empty();
            }
            Map<String, Object> values = Advapi32Util.registryGetValues(WinReg.HKEY_LOCAL_MACHINE, REGISTRY_KEY);
            return PolicyParser.parse(registryToJson(values), origin);
        } catch (RuntimeException | LinkageError e) {
            LOG.warn("The policy registry key {} cannot be read; no policy applies", origin, e);
            return new PolicyParser.Parsed(Map.of(), List.of(new PolicyProblem("(registry)", origin,
                    "not readable (" + e.getClass().getSimpleName() + "); the whole policy is ignored")));
        }
    }

    private static PolicyParser.Parsed readPlist(Path plist) {
        if (!Files.exists(plist)) {
            return PolicyParser.Parsed.empty();
        }
        List<String> command = new ArrayList<>(List.of("/usr/bin/plutil", "-convert", "json", "-o", "-",
                plist.toString()));
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(false).start();
            byte[] out = process.getInputStream().readAllBytes();
            if (!process.waitFor(10, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IOException("plutil failed for " + plist);
            }
            return PolicyParser.parse(JSON.readTree(out), plist.toString());
        } catch (IOException e) {
            LOG.warn("The managed preferences {} cannot be read; no policy applies", plist, e);
            return new PolicyParser.Parsed(Map.of(), List.of(new PolicyProblem("(plist)", plist.toString(),
                    "not readable; the whole policy is ignored")));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return PolicyParser.Parsed.empty();
        }
    }
}
