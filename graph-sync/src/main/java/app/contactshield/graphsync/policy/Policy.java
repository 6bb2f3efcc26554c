package app.contactshield.graphsync.policy;

import app.contactshield.graphsync.consolidate.SourcePrecedence;
import app.contactshield.graphsync.model.SourceId;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The typed settings in effect: each value from the managed policy, else the user's settings, else the default
 * (see {@link PolicyKey}). Immutable.
 *
 * @param tenantId                 Entra tenant id, or {@code null}
 * @param clientId                 application (client) id, or {@code null}
 * @param enabledSources           the sources to sync
 * @param userFilters              filters on directory users
 * @param includeGuests            whether guest accounts are synced
 * @param includeDisabledAccounts  whether disabled accounts are synced
 * @param defaultRegion            ISO region for numbers without a country code, or {@code null} (OS locale)
 * @param sourcePrecedence         the order in which sources give fields
 * @param presenceIntervalSeconds  presence refresh interval, at least 10
 * @param allowedPhones            phones that may be paired (empty: any)
 * @param anonymousDialPrefix      the prefix that withholds the caller's number, or {@code null}
 * @param callHistoryRetentionDays days the call history is kept
 * @param requirePin               whether the store key is additionally wrapped with a PIN
 * @param companyNumberRanges      number blocks shown with a company's name
 * @param theme                    light, dark or system
 * @param language                 UI language tag, or {@code null} (OS locale)
 * @param vacationModeAllowed      whether the user may switch on vacation mode
 */
public record Policy(
        String tenantId,
        String clientId,
        List<String> enabledSources,
        List<UserFilter> userFilters,
        boolean includeGuests,
        boolean includeDisabledAccounts,
        String defaultRegion,
        List<String> sourcePrecedence,
        int presenceIntervalSeconds,
        List<AllowedPhone> allowedPhones,
        String anonymousDialPrefix,
        int callHistoryRetentionDays,
        boolean requirePin,
        List<CompanyNumberRange> companyNumberRanges,
        String theme,
        String language,
        boolean vacationModeAllowed) {

    public Policy {
        enabledSources = List.copyOf(enabledSources);
        userFilters = List.copyOf(userFilters);
        sourcePrecedence = List.copyOf(sourcePrecedence);
        allowedPhones = List.copyOf(allowedPhones);
        companyNumberRanges = List.copyOf(companyNumberRanges);
    }

    /** The settings made of {@code values}, with defaults for what is absent. */
    @SuppressWarnings("unchecked")
    public static Policy of(Map<PolicyKey, Object> values) {
        return new Policy(
                (String) value(values, PolicyKey.TENANT_ID),
                (String) value(values, PolicyKey.CLIENT_ID),
                (List<String>) value(values, PolicyKey.ENABLED_SOURCES),
                (List<UserFilter>) value(values, PolicyKey.USER_FILTERS),
                (Boolean) value(values, PolicyKey.INCLUDE_GUESTS),
                (Boolean) value(values, PolicyKey.INCLUDE_DISABLED_ACCOUNTS),
                (String) value(values, PolicyKey.DEFAULT_REGION),
                (List<String>) value(values, PolicyKey.SOURCE_PRECEDENCE),
                (Integer) value(values, PolicyKey.PRESENCE_INTERVAL_SECONDS),
                (List<AllowedPhone>) value(values, PolicyKey.ALLOWED_PHONES),
                (String) value(values, PolicyKey.ANONYMOUS_DIAL_PREFIX),
                (Integer) value(values, PolicyKey.CALL_HISTORY_RETENTION_DAYS),
                (Boolean) value(values, PolicyKey.REQUIRE_PIN),
                (List<CompanyNumberRange>) value(values, PolicyKey.COMPANY_NUMBER_RANGES),
                (String) value(values, PolicyKey.THEME),
                (String) value(values, PolicyKey.LANGUAGE),
                (Boolean) value(values, PolicyKey.VACATION_MODE_ALLOWED));
    }

    /** The defaults alone. */
    public static Policy defaults() {
        return of(Map.of());
    }

    /** The default region, when one is set. */
    public Optional<String> defaultRegionSetting() {
        return Optional.ofNullable(defaultRegion);
    }

    /** The source precedence as the consolidator applies it. */
    public SourcePrecedence precedence() {
        return new SourcePrecedence(sourcePrecedence.stream().map(SourceId::new).toList());
    }

    private static Object value(Map<PolicyKey, Object> values, PolicyKey key) {
        return values.getOrDefault(key, key.defaultValue());
    }
}
