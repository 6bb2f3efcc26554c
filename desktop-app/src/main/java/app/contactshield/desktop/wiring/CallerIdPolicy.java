package app.contactshield.desktop.wiring;

import app.contactshield.graphsync.policy.EffectiveSettings;
import app.contactshield.graphsync.policy.NumberRange;
import java.util.List;

/**
 * What the managed policy says about caller ID, as the call window needs it.
 *
 * @param callHistoryRetentionDays how many days the call history keeps a call (at least 1)
 * @param companyNumberRanges      the policy's company number ranges, used before those derived from the directory
 * @param anonymousDialPrefix      the policy's prefix that hides the user's number, or {@code null} for the default
 *                                 of the user's country
 */
public record CallerIdPolicy(int callHistoryRetentionDays, List<NumberRange> companyNumberRanges,
        String anonymousDialPrefix) {

    /** The retention when no policy says otherwise. */
    public static final int DEFAULT_RETENTION_DAYS = 90;

    /** Copies the ranges; a blank prefix becomes {@code null}. */
    public CallerIdPolicy {
        if (callHistoryRetentionDays < 1) {
            throw new IllegalArgumentException("callHistoryRetentionDays must be at least 1, was "
                    + callHistoryRetentionDays);
        }
        companyNumberRanges = List.copyOf(companyNumberRanges);
        anonymousDialPrefix = anonymousDialPrefix == null || anonymousDialPrefix.isBlank() ? null
                : anonymousDialPrefix.strip();
    }

    /** The values of the settings in force (policy over user). */
    public static CallerIdPolicy from(EffectiveSettings settings) {
        return new CallerIdPolicy(settings.callHistoryRetentionDays(), settings.companyNumberRanges(),
                settings.anonymousDialPrefix().orElse(null));
    }

    /** No policy (demo mode): 90 days of history, no ranges, the country's prefix. */
    public static CallerIdPolicy defaults() {
        return new CallerIdPolicy(DEFAULT_RETENTION_DAYS, List.of(), null);
    }
}
