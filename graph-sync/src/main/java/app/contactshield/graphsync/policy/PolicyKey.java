package app.contactshield.graphsync.policy;

import java.util.List;
import java.util.Optional;

/**
 * Every setting the managed policy and the user's settings file know, with its JSON name, its type and its default.
 * The JSON schema shipped for administrators ({@code policy.schema.json}) lists exactly these names.
 */
public enum PolicyKey {
    TENANT_ID("tenantId", Type.STRING, null),
    CLIENT_ID("clientId", Type.STRING, null),
    ENABLED_SOURCES("enabledSources", Type.SOURCE_LIST,
            List.of("graph.users", "graph.orgContacts", "graph.outlook")),
    USER_FILTERS("userFilters", Type.USER_FILTERS, List.of()),
    INCLUDE_GUESTS("includeGuests", Type.BOOLEAN, Boolean.FALSE),
    INCLUDE_DISABLED_ACCOUNTS("includeDisabledAccounts", Type.BOOLEAN, Boolean.FALSE),
    DEFAULT_REGION("defaultRegion", Type.REGION, null),
    SOURCE_PRECEDENCE("sourcePrecedence", Type.SOURCE_LIST,
            List.of("graph.users", "graph.orgContacts", "graph.outlook")),
    PRESENCE_INTERVAL_SECONDS("presenceIntervalSeconds", Type.INTEGER, 30),
    ALLOWED_PHONES("allowedPhones", Type.ALLOWED_PHONES, List.of()),
    ANONYMOUS_DIAL_PREFIX("anonymousDialPrefix", Type.STRING, null),
    CALL_HISTORY_RETENTION_DAYS("callHistoryRetentionDays", Type.INTEGER, 90),
    REQUIRE_PIN("requirePin", Type.BOOLEAN, Boolean.FALSE),
    COMPANY_NUMBER_RANGES("companyNumberRanges", Type.NUMBER_RANGES, List.of()),
    THEME("theme", Type.THEME, "system"),
    LANGUAGE("language", Type.STRING, null),
    VACATION_MODE_ALLOWED("vacationModeAllowed", Type.BOOLEAN, Boolean.TRUE);

    /** The shape a value must have. */
    public enum Type {
        STRING, BOOLEAN, INTEGER, REGION, THEME, SOURCE_LIST, USER_FILTERS, ALLOWED_PHONES, NUMBER_RANGES
    }

    private final String jsonName;
    private final Type type;
    private final Object defaultValue;

    PolicyKey(String jsonName, Type type, Object defaultValue) {
        this.jsonName = jsonName;
        this.type = type;
        this.defaultValue = defaultValue;
    }

    /** The name in JSON, the registry and the plist. */
    public String jsonName() {
        return jsonName;
    }

    /** The value's shape. */
    public Type type() {
        return type;
    }

    /** The value when neither the policy nor the user sets one ({@code null}: none). */
    public Object defaultValue() {
        return defaultValue;
    }

    /** The key with this JSON name. */
    public static Optional<PolicyKey> byJsonName(String name) {
        for (PolicyKey key : values()) {
            if (key.jsonName.equals(name)) {
                return Optional.of(key);
            }
        }
        return Optional.empty();
    }
}
