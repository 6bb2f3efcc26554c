package app.contactshield.installer;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * A small structural JSON Schema check for the policy templates: the keywords that a policy schema uses (type,
 * properties, required, additionalProperties, items, enum, const, numeric and length limits, pattern, local $ref,
 * allOf/anyOf/oneOf/not). Keywords it does not know are ignored. Each problem names the JSON path, the bad value
 * and the rule from the schema.
 */
final class PolicySchemaCheck {

    private final JsonNode root;

    PolicySchemaCheck(JsonNode root) {
        this.root = root;
    }

    /** The property names the schema declares at its top level (following a top-level $ref). */
    Set<String> topLevelProperties() {
        JsonNode properties = resolve(root).path("properties");
        Set<String> names = new TreeSet<>();
        properties.fieldNames().forEachRemaining(names::add);
        return names;
    }

    /** The schema of one top-level property, or a missing node. */
    JsonNode topLevelProperty(String name) {
        return resolve(resolve(root).path("properties").path(name));
    }

    List<String> problems(JsonNode instance) {
        List<String> problems = new ArrayList<>();
        check(root, instance, "$", problems);
        return problems;
    }

    private void check(JsonNode schema, JsonNode value, String path, List<String> out) {
        if (schema.isBoolean()) {
            if (!schema.booleanValue()) {
                out.add(path + ": not allowed by the schema (false)");
            }
            return;
        }
        if (schema.has("$ref")) {
            check(resolve(schema), value, path, out);
        }
        if (schema.has("type") && !typeMatches(schema.get("type"), value)) {
            out.add(path + ": " + kind(value) + " " + abbreviate(value) + " is not of type " + schema.get("type"));
            return;
        }
        checkValue(schema, value, path, out);
        if (value.isNumber()) {
            checkNumber(schema, value, path, out);
        } else if (value.isTextual()) {
            checkText(schema, value.textValue(), path, out);
        } else if (value.isArray()) {
            checkArray(schema, value, path, out);
        } else if (value.isObject()) {
            checkObject(schema, value, path, out);
        }
        checkCombinations(schema, value, path, out);
    }

    private void checkValue(JsonNode schema, JsonNode value, String path, List<String> out) {
        if (schema.has("enum")) {
            boolean listed = false;
            for (JsonNode allowed : schema.get("enum")) {
                listed |= same(allowed, value);
            }
            if (!listed) {
                out.add(path + ": " + abbreviate(value) + " is not one of " + schema.get("enum"));
            }
        }
        if (schema.has("const") && !same(schema.get("const"), value)) {
            out.add(path + ": " + abbreviate(value) + " is not the constant " + schema.get("const"));
        }
    }

    private static void checkNumber(JsonNode schema, JsonNode value, String path, List<String> out) {
        double v = value.doubleValue();
        if (schema.has("minimum") && v < schema.get("minimum").doubleValue()) {
            out.add(path + ": " + value + " is below the minimum " + schema.get("minimum"));
        }
        if (schema.has("maximum") && v > schema.get("maximum").doubleValue()) {
            out.add(path + ": " + value + " is above the maximum " + schema.get("maximum"));
        }
        if (schema.path("exclusiveMinimum").isNumber() && v <= schema.get("exclusiveMinimum").doubleValue()) {
            out.add(path + ": " + value + " is not above the exclusive minimum " + schema.get("exclusiveMinimum"));
        }
        if (schema.path("exclusiveMaximum").isNumber() && v >= schema.get("exclusiveMaximum").doubleValue()) {
            out.add(path + ": " + value + " is not below the exclusive maximum " + schema.get("exclusiveMaximum"));
        }
    }

    private static void checkText(JsonNode schema, String text, String path, List<String> out) {
        int length = text.codePointCount(0, text.length());
        if (schema.has("minLength") && length < schema.get("minLength").intValue()) {
            out.add(path + ": \"" + text + "\" is shorter than minLength " + schema.get("minLength"));
        }
        if (schema.has("maxLength") && length > schema.get("maxLength").intValue()) {
            out.add(path + ": string of " + length + " characters is longer than maxLength " + schema.get("maxLength"));
        }
        if (schema.has("pattern") && !Pattern.compile(schema.get("pattern").textValue()).matcher(text).find()) {
            out.add(path + ": \"" + text + "\" does not match the pattern " + schema.get("pattern"));
        }
    }

    private void checkArray(JsonNode schema, JsonNode array, String path, List<String> out) {
        if (schema.has("minItems") && array.size() < schema.get("minItems").intValue()) {
            out.add(path + ": " + array.size() + " items, fewer than minItems " + schema.get("minItems"));
        }
        if (schema.has("maxItems") && array.size() > schema.get("maxItems").intValue()) {
            out.add(path + ": " + array.size() + " items, more than maxItems " + schema.get("maxItems"));
        }
        if (schema.path("uniqueItems").asBoolean(false) && new HashSet<>(list(array)).size() != array.size()) {
            out.add(path + ": items repeat although uniqueItems is true");
        }
        JsonNode prefix = schema.path("prefixItems");
        for (int i = 0; i < array.size(); i++) {
            JsonNode itemSchema = i < prefix.size() ? prefix.get(i) : schema.get("items");
            if (itemSchema != null && !itemSchema.isArray()) {
                check(itemSchema, array.get(i), path + "[" + i + "]", out);
            }
        }
    }

    private void checkObject(JsonNode schema, JsonNode object, String path, List<String> out) {
        for (JsonNode required : schema.path("required")) {
            if (!object.has(required.textValue())) {
                out.add(path + ": the required property " + required.textValue() + " is missing");
            }
        }
        JsonNode properties = schema.path("properties");
        JsonNode additional = schema.get("additionalProperties");
        Iterator<Map.Entry<String, JsonNode>> fields = object.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            String childPath = path + "." + field.getKey();
            if (properties.has(field.getKey())) {
                check(properties.get(field.getKey()), field.getValue(), childPath, out);
            } else if (!matchesPatternProperty(schema, field, childPath, out) && additional != null) {
                if (additional.isBoolean() && !additional.booleanValue()) {
                    out.add(childPath + ": unknown property (additionalProperties is false)");
                } else if (additional.isObject()) {
                    check(additional, field.getValue(), childPath, out);
                }
            }
        }
    }

    private boolean matchesPatternProperty(JsonNode schema, Map.Entry<String, JsonNode> field, String path,
            List<String> out) {
        boolean matched = false;
        Iterator<Map.Entry<String, JsonNode>> patterns = schema.path("patternProperties").fields();
        while (patterns.hasNext()) {
            Map.Entry<String, JsonNode> pattern = patterns.next();
            if (Pattern.compile(pattern.getKey()).matcher(field.getKey()).find()) {
                check(pattern.getValue(), field.getValue(), path, out);
                matched = true;
            }
        }
        return matched;
    }

    private void checkCombinations(JsonNode schema, JsonNode value, String path, List<String> out) {
        for (JsonNode part : schema.path("allOf")) {
            check(part, value, path, out);
        }
        if (schema.has("anyOf") && passing(schema.get("anyOf"), value, path) == 0) {
            out.add(path + ": " + abbreviate(value) + " matches none of anyOf");
        }
        if (schema.has("oneOf")) {
            int passing = passing(schema.get("oneOf"), value, path);
            if (passing != 1) {
                out.add(path + ": " + abbreviate(value) + " matches " + passing + " of oneOf, expected exactly 1");
            }
        }
        if (schema.has("not") && passing(List.of(schema.get("not")), value, path) == 1) {
            out.add(path + ": " + abbreviate(value) + " matches the schema under not");
        }
    }

    private int passing(Iterable<JsonNode> alternatives, JsonNode value, String path) {
        int passing = 0;
        for (JsonNode alternative : alternatives) {
            List<String> trial = new ArrayList<>();
            check(alternative, value, path, trial);
            if (trial.isEmpty()) {
                passing++;
            }
        }
        return passing;
    }

    private JsonNode resolve(JsonNode schema) {
        JsonNode current = schema;
        for (int hops = 0; current.has("$ref"); hops++) {
            String ref = current.get("$ref").textValue();
            if (!ref.startsWith("#") || hops > 32) {
                throw new IllegalArgumentException("Only local $ref without cycles is supported, found " + ref);
            }
            current = root.at(ref.substring(1));
            if (current.isMissingNode()) {
                throw new IllegalArgumentException("$ref " + ref + " points to nothing in the schema");
            }
        }
        return current;
    }

    private static boolean typeMatches(JsonNode type, JsonNode value) {
        if (type.isArray()) {
            for (JsonNode t : type) {
                if (typeMatches(t, value)) {
                    return true;
                }
            }
            return false;
        }
        return switch (type.textValue()) {
            case "object" -> value.isObject();
            case "array" -> value.isArray();
            case "string" -> value.isTextual();
            case "boolean" -> value.isBoolean();
            case "null" -> value.isNull();
            case "number" -> value.isNumber();
            case "integer" -> value.isIntegralNumber()
                    || value.isNumber() && value.decimalValue().stripTrailingZeros().scale() <= 0;
            default -> throw new IllegalArgumentException("Unknown JSON Schema type " + type);
        };
    }

    private static boolean same(JsonNode a, JsonNode b) {
        if (a.isNumber() && b.isNumber()) {
            return a.decimalValue().compareTo(b.decimalValue()) == 0;
        }
        return a.equals(b);
    }

    private static List<JsonNode> list(JsonNode array) {
        List<JsonNode> items = new ArrayList<>();
        array.forEach(items::add);
        return items;
    }

    private static String kind(JsonNode value) {
        return value.getNodeType().name().toLowerCase(Locale.ROOT);
    }

    private static String abbreviate(JsonNode value) {
        String text = value.toString();
        return text.length() <= 60 ? text : text.substring(0, 57) + "...";
    }
}
