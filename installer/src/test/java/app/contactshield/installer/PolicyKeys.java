package app.contactshield.installer;

import java.util.Set;

/** The managed policy's keys: the same names on every platform (registry values, plist keys, JSON keys). */
final class PolicyKeys {

    static final Set<String> ALL = Set.of(
            "tenantId",
            "clientId",
            "enabledSources",
            "includeGuests",
            "includeDisabledAccounts",
            "userFilters",
            "defaultRegion",
            "sourcePrecedence",
            "presenceIntervalSeconds",
            "syncIntervalMinutes",
            "anonymousDialPrefix",
            "allowedPhones",
            "companyNumberRanges",
            "callHistoryRetentionDays",
            "requirePin",
            "theme",
            "language",
            "vacationModeAllowed");

    /** Keys whose structured value travels as JSON text in a Windows registry string. */
    static final Set<String> JSON_TEXT_ON_WINDOWS = Set.of("userFilters", "allowedPhones", "companyNumberRanges");

    private PolicyKeys() {
    }
}
