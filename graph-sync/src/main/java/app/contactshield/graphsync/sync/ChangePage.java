package app.contactshield.graphsync.sync;

import app.contactshield.graphsync.model.ContactRecord;
import app.contactshield.graphsync.model.SourceId;
import java.util.List;
import java.util.Objects;

/**
 * One page of changes from a source together with the cursor that follows it. The store commits a page and its
 * cursor in one transaction, so an interrupted sync resumes after the last committed page.
 *
 * @param source         the source the page came from
 * @param upserts        records added or changed (a record hidden earlier comes back when it is upserted)
 * @param removedKeys    source keys removed for good ({@code @removed} reason {@code deleted})
 * @param hiddenKeys     source keys hidden until they come back ({@code @removed} reason {@code changed})
 * @param cursor         the cursor to resume from after this page
 * @param fullSyncStart  {@code true} on the first page of a full (non-delta) round: records of the source that the
 *                       round does not deliver again are removed when the round completes; local-only data stays
 */
public record ChangePage(
        SourceId source,
        List<ContactRecord> upserts,
        List<String> removedKeys,
        List<String> hiddenKeys,
        DeltaCursor cursor,
        boolean fullSyncStart) {

    public ChangePage {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(cursor, "cursor");
        upserts = List.copyOf(upserts);
        removedKeys = List.copyOf(removedKeys);
        hiddenKeys = List.copyOf(hiddenKeys);
    }
}
