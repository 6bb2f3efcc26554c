package app.contactshield.graphsync.policy;

/**
 * A setting that was ignored or adjusted, named so an administrator can fix it.
 *
 * @param key     the JSON name of the setting
 * @param origin  where it came from (the policy file, the registry key, the settings file)
 * @param message what was wrong and what was done instead
 */
public record PolicyProblem(String key, String origin, String message) {

    @Override
    public String toString() {
        return origin + ": " + key + ": " + message;
    }
}
