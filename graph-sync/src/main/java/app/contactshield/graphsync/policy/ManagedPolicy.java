package app.contactshield.graphsync.policy;

import app.contactshield.graphsync.model.PrintableText;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.jna.platform.win32.Advapi32Util;
import com.sun.jna.platform.win32.WinReg;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

/**
 * Reads the policy an administrator deployed: {@code /etc/contact-shield/policy.json} on Linux, the registry key
 * {@code HKLM\SOFTWARE\Policies\ContactShield} on Windows (Intune, Group Policy) and the managed preferences of the
 * bundle id {@code app.contactshield.desktop} on macOS. A missing policy is an empty layer; a broken one is reported
 * and treated as empty. Reads block on the file system or registry; call it off the JavaFX thread.
 */
public final class ManagedPolicy {
    /** The policy file on Linux. */
    public static final Path LINUX_FILE = Path.of("/etc/contact-shield/policy.json");
    /** The registry key on Windows. */
    public static final String WINDOWS_KEY = "SOFTWARE\\Policies\\ContactShield";
    /** The managed preferences file on macOS. */
    public static final Path MAC_FILE = Path.of("/Library/Managed Preferences/app.contactshield.desktop.plist");
    /** Overrides the policy file (tests, or a policy in another place); also the environment variable below. */
    public static final String FILE_PROPERTY = "contactshield.policy.file";
    /** Environment variable naming a policy file to read instead of the platform's managed location. */
    public static final String FILE_ENV = "CONTACT_SHIELD_POLICY";

    /** How deeply a property list may nest, the JSON reader's limit too. */
    static final int MAX_DEPTH = 1000;
    private static final ObjectMapper JSON = new ObjectMapper();
    /** The reader's name for the setting behind a limit, which means nothing to an administrator. */
    private static final Pattern READER_SOURCE = Pattern.compile(",\\s*from `[^`]*`");

    private ManagedPolicy() {
    }

    /** The policy of this machine. */
    public static SettingsLayer read() {
        String override = System.getProperty(FILE_PROPERTY, System.getenv(FILE_ENV));
        if (override != null && !override.isBlank()) {
            return readJsonFile(Path.of(override));
        }
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            return readWindowsRegistry();
        }
        if (os.startsWith("mac")) {
            return Files.isRegularFile(MAC_FILE) ? readPlist(MAC_FILE) : SettingsLayer.empty(MAC_FILE.toString());
        }
        return readJsonFile(LINUX_FILE);
    }

    /** Reads a JSON policy or settings file; a missing file sets nothing. */
    public static SettingsLayer readJsonFile(Path file) {
        if (!Files.isRegularFile(file)) {
            return SettingsLayer.empty(file.toString());
        }
        try {
            return SettingsLayer.fromJson(JSON.readTree(file.toFile()), file.toString());
        } catch (JsonProcessingException e) {
            return SettingsLayer.failed(file.toString(), whyNotRead(e) + "; the whole file is ignored");
        } catch (IOException e) {
            return SettingsLayer.failed(file.toString(), "cannot be read (" + e.getMessage() + ")");
        }
    }

    /**
     * Why a JSON text could not be read, in words: where it breaks the grammar, or which of the reader's limits it
     * goes beyond (nesting over 1,000 levels, a number over 1,000 digits, a text over 20,000,000 characters), with
     * the value and the limit. Such failures carry no location, so none is promised.
     */
    static String whyNotRead(JsonProcessingException e) {
        JsonLocation location = e.getLocation();
        String where = location == null || location.getLineNr() < 0 ? ""
                : " at line " + location.getLineNr() + ", column " + location.getColumnNr();
        String detail = e.getOriginalMessage() == null ? e.getClass().getSimpleName()
                : PrintableText.shortened(READER_SOURCE.matcher(e.getOriginalMessage()).replaceAll(""), 200);
        if (e instanceof StreamConstraintsException) {
            return "beyond what the JSON reader accepts" + where + ": " + detail;
        }
        return where.isEmpty() ? "not valid JSON (" + detail + ")" : "not valid JSON" + where;
    }

    /** Reads the registry policy; list and object values may be REG_MULTI_SZ or JSON text. */
    static SettingsLayer readWindowsRegistry() {
        String origin = "HKLM\\" + WINDOWS_KEY;
        try {
            if (!Advapi32Util.registryKeyExists(WinReg.HKEY_LOCAL_MACHINE, WINDOWS_KEY)) {
                return SettingsLayer.empty(origin);
            }
            Map<String, Object> values = Advapi32Util.registryGetValues(WinReg.HKEY_LOCAL_MACHINE, WINDOWS_KEY);
            return SettingsLayer.fromJson(registryToJson(values), origin);
        } catch (RuntimeException | UnsatisfiedLinkError e) {
            return SettingsLayer.failed(origin, "cannot be read (" + e.getMessage() + ")");
        }
    }

    /** Turns registry values into the JSON the policy parser reads (package-private for tests). */
    static ObjectNode registryToJson(Map<String, Object> values) {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        new TreeMap<>(values).forEach((name, value) -> {
            PolicyKey.Type type = PolicyKey.byJsonName(name).map(PolicyKey::type).orElse(PolicyKey.Type.STRING);
            if (value instanceof Integer number) {
                if (type == PolicyKey.Type.BOOLEAN) {
                    root.put(name, number != 0);
                } else {
                    root.put(name, number);
                }
            } else if (value instanceof String[] list) {
                ArrayNode array = root.putArray(name);
                for (String item : list) {
                    array.add(type == PolicyKey.Type.OBJECT_LIST ? parseOrText(item) : JSON.getNodeFactory()
                            .textNode(item));
                }
            } else if (value instanceof String text) {
                boolean structured = type == PolicyKey.Type.OBJECT_LIST || type == PolicyKey.Type.STRING_LIST;
                root.set(name, structured ? parseOrText(text) : JSON.getNodeFactory().textNode(text));
            } else {
                root.put(name, String.valueOf(value));
            }
        });
        return root;
    }

    /** Reads an XML property list of managed preferences (package-private for tests). */
    static SettingsLayer readPlist(Path file) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", false);
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            factory.setExpandEntityReferences(false);
            Element plist = factory.newDocumentBuilder().parse(file.toFile()).getDocumentElement();
            Element dict = firstElement(plist);
            return SettingsLayer.fromJson(dict == null ? null : plistValue(dict, 1), file.toString());
        } catch (TooDeep e) {
            return SettingsLayer.failed(file.toString(), "nested deeper than " + MAX_DEPTH + " levels, which no "
                    + "setting needs; the whole file is ignored");
        } catch (ParserConfigurationException | SAXException | IOException e) {
            return SettingsLayer.failed(file.toString(), "not a readable XML property list (" + e.getMessage()
                    + "); convert binary plists with plutil -convert xml1");
        }
    }

    private static JsonNode plistValue(Element element, int depth) throws TooDeep {
        if (depth > MAX_DEPTH) {
            throw new TooDeep();
        }
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        switch (element.getTagName()) {
            case "dict" -> {
                ObjectNode object = nodes.objectNode();
                String key = null;
                for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
                    if (child instanceof Element item) {
                        if ("key".equals(item.getTagName())) {
                            key = item.getTextContent();
                        } else if (key != null) {
                            object.set(key, plistValue(item, depth + 1));
                            key = null;
                        }
                    }
                }
                return object;
            }
            case "array" -> {
                ArrayNode array = nodes.arrayNode();
                for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
                    if (child instanceof Element item) {
                        array.add(plistValue(item, depth + 1));
                    }
                }
                return array;
            }
            case "true" -> {
                return nodes.booleanNode(true);
            }
            case "false" -> {
                return nodes.booleanNode(false);
            }
            case "integer" -> {
                return integer(element.getTextContent().trim());
            }
            default -> {
                return nodes.textNode(element.getTextContent());
            }
        }
    }

    /** An integer of any length as a number, so that the type check names it; text that is none stays text. */
    private static JsonNode integer(String text) {
        try {
            return JsonNodeFactory.instance.numberNode(new BigInteger(text));
        } catch (NumberFormatException e) {
            return JsonNodeFactory.instance.textNode(text);
        }
    }

    private static Element firstElement(Element parent) {
        for (Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element element) {
                return element;
            }
        }
        return null;
    }

    /** A property list nested deeper than {@link #MAX_DEPTH}, which would exhaust the reading thread's stack. */
    private static final class TooDeep extends Exception {
        private static final long serialVersionUID = 1L;

        TooDeep() {
            super(null, null, false, false);
        }
    }

    private static JsonNode parseOrText(String text) {
        try {
            return JSON.readTree(text);
        } catch (JsonProcessingException e) {
            return JSON.getNodeFactory().textNode(text);
        }
    }
}
