package app.contactshield.graphsync.policy;

import app.contactshield.graphsync.model.PrintableText;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One layer of settings (the managed policy, or the user's own settings): the values it sets, each checked against
 * its key's type, and the problems found while reading it. Immutable.
 */
public final class SettingsLayer {
    private final Map<PolicyKey, JsonNode> values;
    private final List<PolicyProblem> problems;
    private final String origin;

    private SettingsLayer(Map<PolicyKey, JsonNode> values, List<PolicyProblem> problems, String origin) {
        this.values = values;
        this.problems = List.copyOf(problems);
        this.origin = origin;
    }

    /** A layer that sets nothing. */
    public static SettingsLayer empty(String origin) {
        return new SettingsLayer(new EnumMap<>(PolicyKey.class), List.of(), origin);
    }

    /** A layer that sets nothing because its source failed, with the reason. */
    public static SettingsLayer failed(String origin, String problem) {
        return new SettingsLayer(new EnumMap<>(PolicyKey.class),
                List.of(new PolicyProblem("(file)", problem, origin)), origin);
    }

    /**
     * Reads a JSON object; unknown keys and values of the wrong type are reported and left out.
     *
     * @param root   the object
     * @param origin where it came from, for the problems' messages
     */
    public static SettingsLayer fromJson(JsonNode root, String origin) {
        Map<PolicyKey, JsonNode> values = new EnumMap<>(PolicyKey.class);
        List<PolicyProblem> problems = new ArrayList<>();
        if (root == null || !root.isObject()) {
            problems.add(new PolicyProblem("(file)", "expected a JSON object, found " + PolicyValues.found(root),
                    origin));
            return new SettingsLayer(values, problems, origin);
        }
        Iterator<Map.Entry<String, JsonNode>> fields = root.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            Optional<PolicyKey> key = PolicyKey.byJsonName(field.getKey());
            if (key.isEmpty()) {
                problems.add(new PolicyProblem(PrintableText.shortened(field.getKey(), PolicyValues.QUOTED_LENGTH),
                        "unknown key, ignored", origin));
                continue;
            }
            Optional<String> wrong = PolicyValues.checkType(key.get(), field.getValue())
                    .or(() -> PolicyValues.checkValue(key.get(), field.getValue()));
            if (wrong.isPresent()) {
                problems.add(new PolicyProblem(field.getKey(), wrong.get() + ", ignored", origin));
                continue;
            }
            values.put(key.get(), field.getValue());
        }
        return new SettingsLayer(values, problems, origin);
    }

    /** The value this layer sets for a key. */
    public Optional<JsonNode> get(PolicyKey key) {
        return Optional.ofNullable(values.get(key));
    }

    /** Whether this layer sets a key. */
    public boolean sets(PolicyKey key) {
        return values.containsKey(key);
    }

    /** This layer with one value set (or removed, when {@code value} is null). */
    public SettingsLayer with(PolicyKey key, JsonNode value) {
        Map<PolicyKey, JsonNode> copy = new EnumMap<>(PolicyKey.class);
        copy.putAll(values);
        if (value == null || value.isNull()) {
            copy.remove(key);
        } else {
            copy.put(key, value);
        }
        return new SettingsLayer(copy, problems, origin);
    }

    /** The layer as a JSON object. */
    public ObjectNode toJson() {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        values.forEach((key, value) -> node.set(key.jsonName(), value));
        return node;
    }

    /** What was ignored while reading. */
    public List<PolicyProblem> problems() {
        return problems;
    }

    /** Where the layer came from. */
    public String origin() {
        return origin;
    }
}
