package app.contactshield.graphsync.graph;

import app.contactshield.graphsync.model.ContactRecord;
import app.contactshield.graphsync.model.SourceId;
import app.contactshield.graphsync.sync.ChangePage;
import app.contactshield.graphsync.sync.DeltaCursor;
import app.contactshield.graphsync.sync.PageResult;
import app.contactshield.graphsync.sync.PageSink;
import app.contactshield.graphsync.sync.SourceReport;
import app.contactshield.graphsync.sync.SyncException;
import app.contactshield.graphsync.sync.SyncProgress;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Follows one Graph delta collection from a cursor to its deltaLink, committing each page with its cursor before
 * fetching the next. An expired delta token restarts the collection once with a full sync. Runs on the calling
 * thread.
 */
final class DeltaRun {
    private static final Logger LOG = LoggerFactory.getLogger(DeltaRun.class);

    private final SourceId source;
    private final GraphClient client;
    private final String initialUrl;
    private final Function<JsonNode, Optional<ContactRecord>> mapper;

    DeltaRun(SourceId source, GraphClient client, String initialUrl,
            Function<JsonNode, Optional<ContactRecord>> mapper) {
        this.source = source;
        this.client = client;
        this.initialUrl = initialUrl;
        this.mapper = mapper;
    }

    SourceReport run(Optional<DeltaCursor> from, PageSink sink, Consumer<SyncProgress> progress)
            throws SyncException {
        long started = System.nanoTime();
        String url = from.map(DeltaCursor::value).orElse(initialUrl);
        boolean fullStart = from.isEmpty();
        boolean restarted = false;
        PageResult total = PageResult.NONE;
        int pages = 0;
        int contacts = 0;
        while (true) {
            GraphPage page;
            try {
                page = client.fetchPage(url, source + " page " + (pages + 1));
            } catch (SyncException e) {
                if (!GraphClient.KEY_DELTA_EXPIRED.equals(e.userMessageKey()) || restarted) {
                    throw e;
                }
                LOG.warn("The delta token of {} expired; restarting it with a full sync", source);
                restarted = true;
                url = initialUrl;
                fullStart = true;
                continue;
            }
            String following = page.followingLink().orElseThrow(() -> new SyncException(GraphClient.KEY_REFUSED,
                    "Graph page of " + source + " had neither @odata.nextLink nor @odata.deltaLink"));
            DeltaCursor cursor = new DeltaCursor(following, page.deltaLink() != null);
            ChangePage change = GraphItems.toChangePage(source, page, mapper, cursor, fullStart);
            total = total.plus(sink.accept(change));
            fullStart = false;
            pages++;
            contacts += change.upserts().size();
            progress.accept(new SyncProgress(source, pages, contacts, false));
            if (cursor.roundComplete()) {
                break;
            }
            url = following;
        }
        progress.accept(new SyncProgress(source, pages, contacts, true));
        Duration elapsed = Duration.ofNanos(System.nanoTime() - started);
        LOG.info("{} synced: {} added, {} changed, {} removed in {} pages, {} ms", source, total.added(),
                total.changed(), total.removed(), pages, elapsed.toMillis());
        return new SourceReport(source, total.added(), total.changed(), total.removed(), pages, elapsed);
    }
}
