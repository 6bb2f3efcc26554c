package app.contactshield.installer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.file.Path;
import java.util.List;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.xml.sax.SAXException;

/**
 * Reads an XML property list (Apple's plist 1.0) into a JSON tree, so that a configuration profile can be checked
 * against the same schema as the Linux policy file. A malformed plist fails with the element that is wrong.
 */
final class Plist {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private Plist() {
    }

    static JsonNode read(Path file) throws IOException, SAXException {
        Document document = Xml.parse(file);
        Element root = document.getDocumentElement();
        if (!"plist".equals(root.getLocalName())) {
            throw new IllegalArgumentException(file + ": root element is <" + root.getLocalName() + ">, not <plist>");
        }
        List<Element> values = Xml.children(root);
        if (values.size() != 1) {
            throw new IllegalArgumentException(file + ": <plist> holds " + values.size() + " values, expected 1");
        }
        return value(values.get(0));
    }

    private static JsonNode value(Element e) {
        String text = e.getTextContent().trim();
        return switch (e.getLocalName()) {
            case "dict" -> dict(e);
            case "array" -> array(e);
            case "string", "date", "data" -> JSON.textNode(e.getTextContent());
            case "integer" -> JSON.numberNode(new BigInteger(text));
            case "real" -> JSON.numberNode(new BigDecimal(text));
            case "true" -> JSON.booleanNode(true);
            case "false" -> JSON.booleanNode(false);
            default -> throw new IllegalArgumentException("Not a plist value element: <" + e.getLocalName() + ">");
        };
    }

    private static ObjectNode dict(Element e) {
        ObjectNode node = JSON.objectNode();
        List<Element> items = Xml.children(e);
        if (items.size() % 2 != 0) {
            throw new IllegalArgumentException("<dict> has " + items.size() + " children: keys and values unpaired");
        }
        for (int i = 0; i < items.size(); i += 2) {
            Element key = items.get(i);
            if (!"key".equals(key.getLocalName())) {
                throw new IllegalArgumentException("<dict> child " + i + " is <" + key.getLocalName() + ">, not <key>");
            }
            String name = key.getTextContent();
            if (node.has(name)) {
                throw new IllegalArgumentException("<dict> repeats the key " + name);
            }
            node.set(name, value(items.get(i + 1)));
        }
        return node;
    }

    private static ArrayNode array(Element e) {
        ArrayNode node = JSON.arrayNode();
        for (Element item : Xml.children(e)) {
            node.add(value(item));
        }
        return node;
    }
}
