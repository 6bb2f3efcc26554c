package app.contactshield.graphsync.graph;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * One policy filter on directory users: a user is synced only when every filter matches. Comparisons ignore case.
 *
 * @param field  the user property the filter reads
 * @param op     how the property is compared
 * @param values the value ({@code contains}, {@code equals}) or the values ({@code anyOf}) to compare with
 */
public record UserFilter(Field field, Op op, List<String> values) {

    public UserFilter {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(op, "op");
        values = List.copyOf(values);
        if (values.isEmpty()) {
            throw new IllegalArgumentException("A user filter on " + field + " needs at least one value");
        }
    }

    /** A filter comparing with one value. */
    public static UserFilter of(Field field, Op op, String value) {
        return new UserFilter(field, op, List.of(value));
    }

    /** The user properties a policy may filter on. */
    public enum Field {
        USER_PRINCIPAL_NAME("userPrincipalName"),
        DISPLAY_NAME("displayName"),
        DEPARTMENT("department"),
        COMPANY("companyName");

        private final String graphName;

        Field(String graphName) {
            this.graphName = graphName;
        }

        /** The Graph property name. */
        public String graphName() {
            return graphName;
        }

        /** The field for a policy's name ({@code userPrincipalName}, {@code displayName}, {@code department},
         * {@code company}/{@code companyName}), ignoring case. */
        public static Field fromPolicyName(String name) {
            String key = name.trim().toLowerCase(Locale.ROOT);
            for (Field field : values()) {
                if (field.graphName.toLowerCase(Locale.ROOT).equals(key)) {
                    return field;
                }
            }
            if ("company".equals(key)) {
                return COMPANY;
            }
            throw new IllegalArgumentException("Unknown user filter field '" + name + "'; known: userPrincipalName, "
                    + "displayName, department, company");
        }
    }

    /** How a filter compares. */
    public enum Op {
        CONTAINS, EQUALS, ANY_OF;

        /** The op for a policy's name ({@code contains}, {@code equals}, {@code anyOf}), ignoring case. */
        public static Op fromPolicyName(String name) {
            switch (name.trim().toLowerCase(Locale.ROOT)) {
                case "contains":
                    return CONTAINS;
                case "equals":
                    return EQUALS;
                case "anyof":
                    return ANY_OF;
                default:
                    throw new IllegalArgumentException("Unknown user filter op '" + name
                            + "'; known: contains, equals, anyOf");
            }
        }
    }

    /** Whether a user's property value passes this filter; an absent value never passes. */
    public boolean matches(String propertyValue) {
        if (propertyValue == null) {
            return false;
        }
        String actual = propertyValue.toLowerCase(Locale.ROOT);
        switch (op) {
            case CONTAINS:
                return values.stream().anyMatch(v -> actual.contains(v.toLowerCase(Locale.ROOT)));
            case EQUALS:
            case ANY_OF:
            default:
                return values.stream().anyMatch(v -> actual.equals(v.toLowerCase(Locale.ROOT)));
        }
    }
}
