package app.contactshield.graphsync.policy;

import app.contactshield.graphsync.model.PrintableText;
import com.fasterxml.jackson.databind.JsonNode;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Type and value checks for policy values. */
final class PolicyValues {
    /** The values a key with a fixed choice accepts (lower case, compared ignoring case). */
    static final Map<PolicyKey, List<String>> CHOICES = Map.of(
            PolicyKey.THEME, List.of("system", "light", "dark"),
            PolicyKey.LANGUAGE, List.of("system", "en", "de"));

    /** How many characters of a value a problem repeats. */
    static final int QUOTED_LENGTH = 80;

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
        return Optional.of("expected " + describe(key.type()) + ", found " + found(value)
                + (value.isContainerNode() ? " with other items" : ""));
    }

    /**
     * Why a value of the right type cannot be used; empty when it can. A region must be one the phone-number library
     * knows (an ISO 3166 code), a key with a fixed choice must name one of its choices.
     */
    static Optional<String> checkValue(PolicyKey key, JsonNode value) {
        String text = value.isTextual() ? value.asText().trim() : null;
        if (text == null || text.isEmpty()) {
            return Optional.empty();
        }
        if (key == PolicyKey.DEFAULT_REGION
                && !PhoneNumberUtil.getInstance().getSupportedRegions().contains(text.toUpperCase(Locale.ROOT))) {
            return Optional.of(quoted(text) + " is not a region phone numbers can be read in; give a two-letter "
                    + "ISO 3166 code such as DE, AT, GB or US");
        }
        List<String> choices = CHOICES.get(key);
        if (choices != null && !choices.contains(text.toLowerCase(Locale.ROOT))) {
            return Optional.of(quoted(text) + " is not one of " + String.join(", ", choices));
        }
        return Optional.empty();
    }

    /**
     * A value or key from a policy or settings file as a problem repeats it: in quotes, characters that do not print
     * escaped and cut after {@value #QUOTED_LENGTH} characters, so that one wrong value cannot flood a report.
     */
    static String quoted(String text) {
        return "'" + PrintableText.shortened(text, QUOTED_LENGTH) + "'";
    }

    /** What a JSON value is, in the words of the policy's documentation rather than a parser's type names. */
    static String found(JsonNode value) {
        if (value == null) {
            return "nothing";
        }
        return switch (value.getNodeType()) {
            case ARRAY -> "a list";
            case OBJECT -> "an object";
            case STRING -> "text";
            case NUMBER -> "a number";
            case BOOLEAN -> "true or false";
            case NULL -> "null";
            case MISSING -> "nothing";
            case BINARY, POJO -> "a value of another kind";
        };
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
