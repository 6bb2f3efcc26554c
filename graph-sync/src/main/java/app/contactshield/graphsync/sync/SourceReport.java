package app.contactshield.graphsync.sync;

import app.contactshield.graphsync.model.SourceId;
import java.time.Duration;

/**
 * The summary of one source's sync run, as {@code sync --once} prints it.
 *
 * @param source  the source
 * @param added   contacts added
 * @param changed contacts changed
 * @param removed contacts removed or hidden
 * @param pages   pages committed
 * @param elapsed wall-clock time of the run
 */
public record SourceReport(SourceId source, int added, int changed, int removed, int pages, Duration elapsed) {
}
