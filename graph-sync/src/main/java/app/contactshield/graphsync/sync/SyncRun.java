package app.contactshield.graphsync.sync;

import app.contactshield.graphsync.model.SourceId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The outcome of one {@link SyncEngine} run: a report for each source that finished and the failure of each that
 * did not. Pages committed by a failed source before its failure stay committed.
 *
 * @param reports  reports of the sources that finished, in run order
 * @param failures the failure of each source that did not finish, in run order
 */
public record SyncRun(List<SourceReport> reports, Map<SourceId, SyncException> failures) {

    public SyncRun {
        reports = List.copyOf(reports);
        failures = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(failures));
    }

    /** Whether every source finished. */
    public boolean succeeded() {
        return failures.isEmpty();
    }
}
