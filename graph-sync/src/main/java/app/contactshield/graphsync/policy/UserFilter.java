package app.contactshield.graphsync.policy;

import java.util.List;

/**
 * A filter on directory users: only users whose field matches are synced.
 *
 * @param field  {@code userPrincipalName}, {@code displayName}, {@code department} or {@code company}
 * @param op     {@code contains}, {@code equals} or {@code anyOf}
 * @param values the value (one for contains and equals, one or more for anyOf)
 */
public record UserFilter(String field, String op, List<String> values) {
    /** The fields a filter may test. */
    public static final List<String> FIELDS = List.of("userPrincipalName", "displayName", "department", "company");
    /** The operators a filter may use. */
    public static final List<String> OPS = List.of("contains", "equals", "anyOf");

    public UserFilter {
        values = List.copyOf(values);
    }
}
