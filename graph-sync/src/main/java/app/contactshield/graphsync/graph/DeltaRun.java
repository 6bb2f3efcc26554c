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
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Follows one Graph delta collection from a cursor to its deltaLink, committing each page with its cursor in order.
 * While a page is being committed the next one is already downloading and being mapped to records on a fetch
 * thread (daemon threads named {@code contact-shield-graph-fetch}, idle ones end after a minute), which also hands it
 * to the sink's {@link PageSink#prepare}; it reaches the sink's {@code accept} only after the commit, so a crash
 * still loses only uncommitted pages, and at most one page waits in memory. An expired delta token restarts the
 * collection once with a full sync. Committing runs on the calling thread.
 */
final class DeltaRun {
    private static final Logger LOG = LoggerFactory.getLogger(DeltaRun.class);
    private static final AtomicInteger THREADS = new AtomicInteger();
    private static final ExecutorService FETCHER = Executors.newCachedThreadPool(task -> {
        Thread thread = new Thread(task, "contact-shield-graph-fetch-" + THREADS.incrementAndGet());
        thread.setDaemon(true);
        return thread;
    });

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
        boolean restarted = false;
        PageResult total = PageResult.NONE;
        int pages = 0;
        int contacts = 0;
        CompletableFuture<ChangePage> next = fetch(from.map(DeltaCursor::value).orElse(initialUrl), 1,
                from.isEmpty(), sink);
        while (true) {
            ChangePage change;
            try {
                change = await(next);
            } catch (SyncException e) {
                if (!GraphClient.KEY_DELTA_EXPIRED.equals(e.userMessageKey()) || restarted) {
                    throw e;
                }
                LOG.warn("The delta token of {} expired; restarting it with a full sync", source);
                restarted = true;
                next = fetch(initialUrl, pages + 1, true, sink);
                continue;
            }
            DeltaCursor cursor = change.cursor();
            next = cursor.roundComplete() ? null : fetch(cursor.value(), pages + 2, false, sink);
            try {
                total = total.plus(sink.accept(change));
            } catch (SyncException | RuntimeException e) {
                if (next != null) {
                    next.cancel(true);
                }
                throw e;
            }
            pages++;
            contacts += change.upserts().size();
            progress.accept(new SyncProgress(source, pages, contacts, false));
            if (next == null) {
                break;
            }
        }
        progress.accept(new SyncProgress(source, pages, contacts, true));
        Duration elapsed = Duration.ofNanos(System.nanoTime() - started);
        LOG.info("{} synced: {} added, {} changed, {} removed in {} pages, {} ms", source, total.added(),
                total.changed(), total.removed(), pages, elapsed.toMillis());
        return new SourceReport(source, total.added(), total.changed(), total.removed(), pages, elapsed);
    }

    /**
     * Starts fetching and mapping a page on the fetch thread, so it downloads and its items become records while the
     * previous page is being committed.
     */
    private CompletableFuture<ChangePage> fetch(String url, int pageNumber, boolean fullSyncStart, PageSink sink) {
        return CompletableFuture.supplyAsync(() -> {
            try {
                GraphPage page = client.fetchPage(url, source + " page " + pageNumber);
                String following = page.followingLink().orElseThrow(() -> new SyncException(
                        GraphClient.KEY_REFUSED, "Graph page of " + source
                                + " had neither @odata.nextLink nor @odata.deltaLink"));
                DeltaCursor cursor = new DeltaCursor(following, page.deltaLink() != null);
                ChangePage change = GraphItems.toChangePage(source, page, mapper, cursor, fullSyncStart);
                sink.prepare(change);
                return change;
            } catch (SyncException e) {
                throw new CompletionException(e);
            }
        }, FETCHER);
    }

    private ChangePage await(CompletableFuture<ChangePage> page) throws SyncException {
        try {
            return page.get();
        } catch (InterruptedException e) {
            page.cancel(true);
            Thread.currentThread().interrupt();
            throw new SyncException(GraphClient.KEY_CANCELLED, "The sync of " + source + " was cancelled", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof SyncException) {
                throw (SyncException) e.getCause();
            }
            throw new SyncException(GraphClient.KEY_PAGE_FAILED, "Fetching a page of " + source + " failed: "
                    + e.getCause().getClass().getSimpleName(), e.getCause());
        }
    }
}
