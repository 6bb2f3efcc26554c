package app.contactshield.graphsync.policy;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A policy filter on directory users: only users whose field matches are synced.
 *
 * @param field  {@code userPrincipalName}, {@code displayName}, {@code department} or {@code company}
 * @param op     {@code contains}, {@code equals} or {@code anyOf}
 * @param values the value (one for contains and equals, several for anyOf)
 */
public record UserFilterRule(String field, String op, List<String> values) {
    /** The field names a rule may use. */
    public static final Set<String> FIELDS = Set.of("userPrincipalName", "displayName", "department", "company");
    /** The operations a rule may use. */
    public static final Set<String> OPS = Set.of("contains", "equals", "anyOf");

    public UserFilterRule {
        values = List.copyOf(values);
    }

    /**
     * Reads a rule. A rule that cannot be used (unknown field or operation, no value, a blank value) is not read and
     * every reason is returned instead: such a rule must never be dropped silently, since without it the filter
     * would let everyone through.
     *
     * @param node     the rule's JSON object
     * @param problems receives the reason when the rule cannot be used
     * @return the rule, or empty when it cannot be used
     */
    static Optional<UserFilterRule> fromJson(JsonNode node, List<String> problems) {
        String field = node.path("field").asText("");
        String op = node.path("op").asText("");
        int before = problems.size();
        String shownField = PolicyValues.quoted(field);
        String shownOp = PolicyValues.quoted(op);
        if (!FIELDS.contains(field)) {
            problems.add("unknown field " + shownField + " (known: userPrincipalName, displayName, department, "
                    + "company)");
        }
        if (!OPS.contains(op)) {
            problems.add("unknown op " + shownOp + " on field " + shownField + " (known: contains, equals, anyOf)");
        }
        List<String> values = new ArrayList<>();
        if (node.hasNonNull("value")) {
            values.add(node.get("value").asText(""));
        }
        node.path("values").forEach(v -> values.add(v.asText("")));
        if (values.isEmpty()) {
            problems.add("no value or values for " + shownField + " " + shownOp);
        }
        if (values.stream().anyMatch(String::isBlank)) {
            problems.add("a blank value for " + shownField + " " + shownOp + " would match everyone");
        }
        return problems.size() > before ? Optional.empty() : Optional.of(new UserFilterRule(field, op, values));
    }
}
