package app.contactshield.installer;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.xml.sax.SAXException;

/** The parts of an ADMX file and its ADML resources that the template tests compare. */
final class AdmxTemplate {

    private static final Pattern REFERENCE = Pattern.compile("\\$\\((string|presentation)\\.([^)]+)\\)");

    /** One policy: its name, the registry values it writes and the ids of its presentation elements. */
    record Policy(String name, String key, String policyClass, String presentation, String explain,
            Map<String, Element> valuesByName, Set<String> elementIds) {
    }

    final Document admx;
    final List<Policy> policies = new ArrayList<>();
    final Set<String> stringRefs = new LinkedHashSet<>();
    final Set<String> presentationRefs = new LinkedHashSet<>();

    AdmxTemplate(Path file) throws IOException, SAXException {
        admx = Xml.parse(file);
        for (Element e : Xml.descendants(admx, "*")) {
            NamedNodeMap attributes = e.getAttributes();
            for (int i = 0; i < attributes.getLength(); i++) {
                Matcher m = REFERENCE.matcher(attributes.item(i).getNodeValue());
                while (m.find()) {
                    ("string".equals(m.group(1)) ? stringRefs : presentationRefs).add(m.group(2));
                }
            }
        }
        for (Element p : Xml.descendants(admx, "policy")) {
            policies.add(policy(p));
        }
    }

    private static Policy policy(Element p) {
        Map<String, Element> values = new LinkedHashMap<>();
        Set<String> elementIds = new LinkedHashSet<>();
        if (!p.getAttribute("valueName").isEmpty()) {
            values.put(p.getAttribute("valueName"), p);
        }
        Element elements = Xml.child(p, "elements");
        if (elements != null) {
            for (Element e : Xml.children(elements)) {
                elementIds.add(e.getAttribute("id"));
                values.put(e.getAttribute("valueName"), e);
            }
        }
        return new Policy(p.getAttribute("name"), p.getAttribute("key"), p.getAttribute("class"),
                unwrap(p.getAttribute("presentation")), unwrap(p.getAttribute("explainText")), values, elementIds);
    }

    /** Every registry value name the policies write, each with the element that writes it. */
    Map<String, Element> valuesByName() {
        Map<String, Element> all = new LinkedHashMap<>();
        for (Policy p : policies) {
            all.putAll(p.valuesByName());
        }
        return all;
    }

    Set<String> names(String localName, String attribute) {
        Set<String> names = new LinkedHashSet<>();
        for (Element e : Xml.descendants(admx, localName)) {
            names.add(e.getAttribute(attribute));
        }
        return names;
    }

    private static String unwrap(String reference) {
        Matcher m = REFERENCE.matcher(reference);
        return m.matches() ? m.group(2) : reference;
    }

    /** The string table and presentation table of one ADML file. */
    static final class Resources {
        final Map<String, String> strings = new LinkedHashMap<>();
        final Map<String, Element> presentations = new LinkedHashMap<>();

        Resources(Path file) throws IOException, SAXException {
            Document adml = Xml.parse(file);
            for (Element s : Xml.descendants(adml, "string")) {
                if (strings.put(s.getAttribute("id"), s.getTextContent()) != null) {
                    throw new IllegalArgumentException(file + " defines the string " + s.getAttribute("id") + " twice");
                }
            }
            for (Element p : Xml.descendants(adml, "presentation")) {
                if (presentations.put(p.getAttribute("id"), p) != null) {
                    throw new IllegalArgumentException(file + " defines the presentation " + p.getAttribute("id")
                            + " twice");
                }
            }
        }

        /** The refIds of the controls of one presentation. */
        Set<String> controlRefs(String presentationId) {
            Set<String> refs = new LinkedHashSet<>();
            for (Element control : Xml.children(presentations.get(presentationId))) {
                if (control.hasAttribute("refId")) {
                    refs.add(control.getAttribute("refId"));
                }
            }
            return refs;
        }
    }
}
