package app.contactshield.graphsync.policy;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The policy and settings problems a report lists: the first {@value #SHOWN}, and how many more there are, so that a
 * file of a hundred thousand wrong keys still gives a readable doctor report, a short stderr and a short list on the
 * settings screen. Immutable.
 *
 * @param shown    the problems to list, in the order they were found
 * @param notShown how many problems follow them
 * @param origins  where the problems that are not listed are, each once
 */
public record ProblemReport(List<PolicyProblem> shown, int notShown, List<String> origins) {
    /** How many problems a report lists. */
    public static final int SHOWN = 20;

    public ProblemReport {
        shown = List.copyOf(shown);
        origins = List.copyOf(origins);
    }

    /** The report of these problems. */
    public static ProblemReport of(List<PolicyProblem> problems) {
        if (problems.size() <= SHOWN) {
            return new ProblemReport(problems, 0, List.of());
        }
        List<PolicyProblem> rest = problems.subList(SHOWN, problems.size());
        return new ProblemReport(problems.subList(0, SHOWN), rest.size(),
                rest.stream().map(PolicyProblem::origin).distinct().toList());
    }

    /** The line that counts the problems not listed ("… and 399,980 more in policy.json"); empty when none. */
    public Optional<String> moreLine() {
        if (notShown == 0) {
            return Optional.empty();
        }
        return Optional.of(String.format(Locale.ROOT, "… and %,d more %s in %s, not listed", notShown,
                notShown == 1 ? "problem" : "problems", String.join(" and ", origins)));
    }
}
