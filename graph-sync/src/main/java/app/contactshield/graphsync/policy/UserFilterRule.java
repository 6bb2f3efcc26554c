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
    private static final Set<String> FIELDS = Set.of("userPrincipalName", "displayName", "department", "company");
    private static final Set<String> OPS = Set.of("contains", "equals", "anyOf");

    public UserFilterRule {
        values = List.copyOf(values);
    }

    /** Reads a rule; a rule with an unknown field or operation is left out. */
    static Optional<UserFilterRule> fromJson(JsonNode node) {
        String field = node.path("field").asText();
        String op = node.path("op").asText();
        if (!FIELDS.contains(field) || !OPS.contains(op)) {
            return Optional.empty();
        }
        List<String> values = new ArrayList<>();
        if (node.hasNonNull("value")) {
            values.add(node.get("value").asText());
        }
        node.path("values").forEach(v -> values.add(v.asText()));
        return values.isEmpty() ? Optional.empty() : Optional.of(new UserFilterRule(field, op, values));
    }
}
