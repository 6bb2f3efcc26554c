package app.contactshield.graphsync.policy;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Every setting that the managed policy can fix and the user can otherwise choose. The JSON name is also the
 * Windows registry value name, the macOS preference key and the JSON-schema property of the Linux policy file.
 */
public enum PolicyKey {
    TENANT_ID("tenantId", Type.STRING),
    CLIENT_ID("clientId", Type.STRING),
    ENABLED_SOURCES("enabledSources", Type.STRING_LIST),
    USER_FILTERS("userFilters", Type.OBJECT_LIST),
    INCLUDE_GUESTS("includeGuests", Type.BOOLEAN),
    INCLUDE_DISABLED_ACCOUNTS("includeDisabledAccounts", Type.BOOLEAN),
    DEFAULT_REGION("defaultRegion", Type.STRING),
    SOURCE_PRECEDENCE("sourcePrecedence", Type.STRING_LIST),
    PRESENCE_INTERVAL_SECONDS("presenceIntervalSeconds", Type.INTEGER),
    SYNC_INTERVAL_MINUTES("syncIntervalMinutes", Type.INTEGER),
    ALLOWED_PHONES("allowedPhones", Type.OBJECT_LIST),
    ANONYMOUS_DIAL_PREFIX("anonymousDialPrefix", Type.STRING),
    CALL_HISTORY_RETENTION_DAYS("callHistoryRetentionDays", Type.INTEGER),
    REQUIRE_PIN("requirePin", Type.BOOLEAN),
    COMPANY_NUMBER_RANGES("companyNumberRanges", Type.OBJECT_LIST),
    THEME("theme", Type.STRING),
    LANGUAGE("language", Type.STRING),
    VACATION_MODE_ALLOWED("vacationModeAllowed", Type.BOOLEAN);

    /** The JSON type a key's value must have. */
    public enum Type { STRING, BOOLEAN, INTEGER, STRING_LIST, OBJECT_LIST }

    private final String jsonName;
    private final Type type;

    PolicyKey(String jsonName, Type type) {
        this.jsonName = jsonName;
        this.type = type;
    }

    /** The key's name in JSON, the registry and macOS preferences. */
    public String jsonName() {
        return jsonName;
    }

    /** The type its value must have. */
    public Type type() {
        return type;
    }

    /** The key with a JSON name. */
    public static Optional<PolicyKey> byJsonName(String name) {
        return Arrays.stream(values()).filter(k -> k.jsonName.equals(name)).findFirst();
    }

    /** Every JSON name, in declaration order. */
    public static List<String> jsonNames() {
        return Arrays.stream(values()).map(PolicyKey::jsonName).toList();
    }
}
