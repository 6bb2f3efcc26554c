package app.contactshield.graphsync.policy;

/**
 * Something in a policy or settings source that was ignored: an unknown key, a wrong type, a value out of range or a
 * file that does not parse. Never fatal.
 *
 * @param key     the key concerned, or {@code "(file)"} for a file that does not parse
 * @param problem what is wrong, naming the bad value's type and the expected one
 * @param origin  where the value came from (a file path or registry key)
 */
public record PolicyProblem(String key, String problem, String origin) {

    @Override
    public String toString() {
        return origin + ": " + key + ": " + problem;
    }
}
