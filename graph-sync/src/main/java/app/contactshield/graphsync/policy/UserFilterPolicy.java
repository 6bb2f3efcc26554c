package app.contactshield.graphsync.policy;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The directory user filters in force and what is wrong with them. A broken filter fails closed: when any rule
 * cannot be used, or the key itself had the wrong type, {@link #usable()} is {@code false} and directory users are
 * not synced at all, rather than synced unfiltered. Immutable.
 *
 * @param rules    the rules that could be read
 * @param problems every rule (or the whole key) that could not be used, by name ({@code userFilters[2]})
 */
public record UserFilterPolicy(List<UserFilterRule> rules, List<PolicyProblem> problems) {

    public UserFilterPolicy {
        rules = List.copyOf(rules);
        problems = List.copyOf(problems);
    }

    /** Whether the filters can be applied as written; when not, directory users must not be synced. */
    public boolean usable() {
        return problems.isEmpty();
    }

    /**
     * Reads the filters in force.
     *
     * @param value       the {@code userFilters} value in force, if any
     * @param origin      where it came from
     * @param layerIssues what the settings layers already reported about the key (a wrong type)
     */
    static UserFilterPolicy read(Optional<JsonNode> value, String origin, List<PolicyProblem> layerIssues) {
        List<UserFilterRule> rules = new ArrayList<>();
        List<PolicyProblem> problems = new ArrayList<>();
        layerIssues.stream().filter(p -> p.key().equals(PolicyKey.USER_FILTERS.jsonName()))
                .map(p -> new PolicyProblem(p.key(), p.problem() + "; directory users are not synced until it is "
                        + "fixed", p.origin())).forEach(problems::add);
        value.ifPresent(array -> {
            for (int i = 0; i < array.size(); i++) {
                List<String> why = new ArrayList<>();
                UserFilterRule.fromJson(array.get(i), why).ifPresent(rules::add);
                String name = PolicyKey.USER_FILTERS.jsonName() + "[" + i + "]";
                why.forEach(reason -> problems.add(new PolicyProblem(name, reason + "; directory users are not "
                        + "synced until it is fixed", origin)));
            }
        });
        return new UserFilterPolicy(rules, problems);
    }
}
