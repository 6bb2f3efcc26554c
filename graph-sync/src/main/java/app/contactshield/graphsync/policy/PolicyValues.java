package app.contactshield.graphsync.policy;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Optional;

/** Type checks for policy values. */
final class PolicyValues {

    private PolicyValues() {
    }

    /** Why a value does not fit its key's type; empty when it fits. */
    static Optional<String> checkType(PolicyKey key, JsonNode value) {
        boolean fits = switch (key.type()) {
            case STRING -> value.isTextual();
            case BOOLEAN -> value.isBoolean();
            case INTEGER -> value.isIntegralNumber() && value.canConvertToInt();
            case STRING_LIST -> value.isArray() && allMatch(value, JsonNode::isTextual);
            case OBJECT_LIST -> value.isArray() && allMatch(value, JsonNode::isObject);
        };
        if (fits) {
            return Optional.empty();
        }
        return Optional.of("expected " + describe(key.type()) + ", found " + value.getNodeType().name()
                .toLowerCase(java.util.Locale.ROOT) + (value.isContainerNode() ? " with other items" : ""));
    }

    private static boolean allMatch(JsonNode array, java.util.function.Predicate<JsonNode> test) {
        for (JsonNode item : array) {
            if (!test.test(item)) {
                return false;
            }
        }
        return true;
    }

    private static String describe(PolicyKey.Type type) {
        return switch (type) {
            case STRING -> "a string";
            case BOOLEAN -> "true or false";
            case INTEGER -> "a whole number";
            case STRING_LIST -> "an array of strings";
            case OBJECT_LIST -> "an array of objects";
        };
    }
}
