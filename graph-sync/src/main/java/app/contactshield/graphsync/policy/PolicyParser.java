package app.contactshield.graphsync.policy;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads settings from a JSON object (the policy file, the registry or plist converted to JSON, the user's settings
 * file). Unknown keys and values of the wrong type are reported by name as {@link PolicyProblem}s and ignored; a bad
 * setting never stops the others. Stateless and thread-safe.
 */
public final class PolicyParser {
    /** The shortest presence refresh interval the product allows, in seconds. */
    public static final int MIN_PRESENCE_INTERVAL_SECONDS = 10;

    private static final Pattern SOURCE = Pattern.compile("graph\\.users|graph\\.orgContacts|graph\\.outlook"
            + "|dataverse|file:.+");
    private static final Pattern E164_PREFIX = Pattern.compile("\\+[1-9][0-9]{0,14}");
    private static final Set<String> THEMES = Set.of("light", "dark", "system");

    private PolicyParser() {
    }

    /**
     * Parsed settings.
     *
     * @param values   every setting that was present and valid, with its typed value
     * @param problems what was ignored or adjusted
     */
    public record Parsed(Map<PolicyKey, Object> values, List<PolicyProblem> problems) {
        public Parsed {
            values = Collections.unmodifiableMap(new EnumMap<>(values.isEmpty()
                    ? new EnumMap<>(PolicyKey.class) : values));
            problems = List.copyOf(problems);
        }

        /** Nothing set. */
        public static Parsed empty() {
            return new Parsed(new EnumMap<>(PolicyKey.class), List.of());
        }
    }

    /** Parses a JSON object; anything but an object yields one problem and no values. */
    public static Parsed parse(JsonNode root, String origin) {
        Map<PolicyKey, Object> values = new EnumMap<>(PolicyKey.class);
        List<PolicyProblem> problems = new ArrayList<>();
        if (root == null || root.isNull() || root.isMissingNode()) {
            return new Parsed(values, problems);
        }
        if (!root.isObject()) {
            problems.add(new PolicyProblem("(root)", origin, "expected a JSON object, found " + root.getNodeType()));
            return new Parsed(values, problems);
        }
        Iterator<Map.Entry<String, JsonNode>> fields = root.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            PolicyKey key = PolicyKey.byJsonName(field.getKey()).orElse(null);
            if (key == null) {
                problems.add(new PolicyProblem(field.getKey(), origin, "unknown setting; ignored"));
                continue;
            }
            Problems sink = new Problems(key.jsonName(), origin, problems);
            Object value = read(key, field.getValue(), sink);
            if (value != null) {
                values.put(key, value);
            }
        }
        return new Parsed(values, problems);
    }

    private static Object read(PolicyKey key, JsonNode node, Problems sink) {
        switch (key.type()) {
            case STRING:
                return text(node, sink);
            case BOOLEAN:
                return node.isBoolean() ? node.booleanValue() : sink.wrongType("true or false", node);
            case INTEGER:
                return integer(key, node, sink);
            case REGION:
                return region(node, sink);
            case THEME:
                return theme(node, sink);
            case SOURCE_LIST:
                return sources(node, sink);
            case USER_FILTERS:
                return objects(node, sink, PolicyParser::userFilter);
            case ALLOWED_PHONES:
                return objects(node, sink, PolicyParser::allowedPhone);
            case NUMBER_RANGES:
                return objects(node, sink, PolicyParser::numberRange);
            default:
                throw new IllegalStateException("Unhandled setting type " + key.type());
        }
    }

    private static String text(JsonNode node, Problems sink) {
        if (!node.isTextual()) {
            return sink.wrongType("a string", node);
        }
        return node.textValue().isBlank() ? sink.bad("is blank; ignored") : node.textValue().trim();
    }

    private static Integer integer(PolicyKey key, JsonNode node, Problems sink) {
        if (!node.canConvertToInt() || !node.isIntegralNumber()) {
            return sink.wrongType("a whole number", node);
        }
        int value = node.intValue();
        if (key == PolicyKey.PRESENCE_INTERVAL_SECONDS && value < MIN_PRESENCE_INTERVAL_SECONDS) {
            sink.bad(value + " is below the minimum of " + MIN_PRESENCE_INTERVAL_SECONDS + " s; "
                    + MIN_PRESENCE_INTERVAL_SECONDS + " s is used");
            return MIN_PRESENCE_INTERVAL_SECONDS;
        }
        if (value < 0) {
            return sink.bad(value + " is negative; ignored");
        }
        return value;
    }

    private static String region(JsonNode node, Problems sink) {
        String text = text(node, sink);
        if (text == null) {
            return null;
        }
        String region = text.toUpperCase(Locale.ROOT);
        if (!PhoneNumberUtil.getInstance().getSupportedRegions().contains(region)) {
            return sink.bad("'" + text + "' is not an ISO 3166 region with a numbering plan; ignored");
        }
        return region;
    }

    private static String theme(JsonNode node, Problems sink) {
        String text = text(node, sink);
        if (text != null && !THEMES.contains(text)) {
            return sink.bad("'" + text + "' is not one of " + THEMES + "; ignored");
        }
        return text;
    }

    private static List<String> sources(JsonNode node, Problems sink) {
        if (!node.isArray()) {
            return sink.wrongType("an array of source ids", node);
        }
        List<String> sources = new ArrayList<>();
        for (JsonNode item : node) {
            if (item.isTextual() && SOURCE.matcher(item.textValue()).matches()) {
                if (!sources.contains(item.textValue())) {
                    sources.add(item.textValue());
                }
            } else {
                sink.bad("entry " + item + " is not a source id (graph.users, graph.orgContacts, graph.outlook, "
                        + "dataverse, file:NAME); skipped");
            }
        }
        return List.copyOf(sources);
    }

    /** Reads one object of an array; returns null (after reporting) when it is unusable. */
    private interface ItemReader<T> {
        T read(JsonNode item, Problems sink);
    }

    private static <T> List<T> objects(JsonNode node, Problems sink, ItemReader<T> reader) {
        if (!node.isArray()) {
            return sink.wrongType("an array of objects", node);
        }
        List<T> items = new ArrayList<>();
        int index = 0;
        for (JsonNode item : node) {
            Problems itemSink = sink.at(index++);
            if (!item.isObject()) {
                itemSink.wrongType("an object", item);
                continue;
            }
            T value = reader.read(item, itemSink);
            if (value != null) {
                items.add(value);
            }
        }
        return List.copyOf(items);
    }

    private static UserFilter userFilter(JsonNode item, Problems sink) {
        String field = item.path("field").asText("");
        String op = item.path("op").asText("");
        if (!UserFilter.FIELDS.contains(field)) {
            return sink.bad("field '" + field + "' is not one of " + UserFilter.FIELDS + "; filter skipped");
        }
        if (!UserFilter.OPS.contains(op)) {
            return sink.bad("op '" + op + "' is not one of " + UserFilter.OPS + "; filter skipped");
        }
        List<String> values = new ArrayList<>();
        if (item.path("value").isTextual()) {
            values.add(item.path("value").textValue());
        }
        for (JsonNode value : item.path("values")) {
            if (value.isTextual()) {
                values.add(value.textValue());
            }
        }
        if (values.isEmpty() || (!"anyOf".equals(op) && values.size() != 1)) {
            return sink.bad("op '" + op + "' needs " + ("anyOf".equals(op) ? "one or more strings in 'values'"
                    : "exactly one string in 'value'") + "; filter skipped");
        }
        return new UserFilter(field, op, values);
    }

    private static AllowedPhone allowedPhone(JsonNode item, Problems sink) {
        String address = item.path("address").isTextual() ? item.path("address").textValue() : null;
        String name = item.path("name").isTextual() ? item.path("name").textValue() : null;
        if (address == null && name == null) {
            return sink.bad("needs an 'address' or a 'name' pattern; entry skipped");
        }
        return new AllowedPhone(address, name);
    }

    private static CompanyNumberRange numberRange(JsonNode item, Problems sink) {
        String prefix = item.path("prefix").asText("").replace(" ", "");
        String company = item.path("company").asText("");
        if (!E164_PREFIX.matcher(prefix).matches()) {
            return sink.bad("prefix '" + prefix + "' is not an E.164 prefix such as +49897104; range skipped");
        }
        if (company.isBlank()) {
            return sink.bad("needs a 'company'; range skipped");
        }
        String label = item.path("label").isTextual() ? item.path("label").textValue() : null;
        return new CompanyNumberRange(prefix, company, label);
    }

    /** Collects the problems of one setting. */
    private record Problems(String key, String origin, List<PolicyProblem> out) {

        Problems at(int index) {
            return new Problems(key + "[" + index + "]", origin, out);
        }

        <T> T wrongType(String expected, JsonNode found) {
            out.add(new PolicyProblem(key, origin, "expected " + expected + ", found " + found.getNodeType()
                    .toString().toLowerCase(Locale.ROOT) + "; ignored"));
            return null;
        }

        <T> T bad(String message) {
            out.add(new PolicyProblem(key, origin, message));
            return null;
        }
    }
}
