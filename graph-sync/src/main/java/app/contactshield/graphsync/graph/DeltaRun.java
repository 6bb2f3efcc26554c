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
 * While a page is being committed the next one is already downloading on a fetch thread (daemon threads named
 * {@code contact-shield-graph-fetch}, idle ones end after a minute); it reaches the sink only after the commit, so a
 * crash still loses only uncommitted pages. An expired delta token restarts the collection once with a full sync.
 * Mapping and committing run on the calling thread.
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
        boolean fullStart = from.isEmpty();
        boolean restarted = false;
        PageResult total = PageResult.NONE;
        int pages = 0;
        int contacts = 0;
        CompletableFuture<GraphPage> next = fetch(from.map(DeltaCursor::value).orElse(initialUrl), 1);
        while (true) {
            GraphPage page;
            try {
                page = await(next);
            } catch (SyncException e) {
                if (!GraphClient.KEY_DELTA_EXPIRED.equals(e.userMessageKey()) || restarted) {
                    throw e;
                }
                LOG.warn("The delta token of {} expired; restarting it with a full sync", source);
                restarted = true;
                fullStart = true;
                next = fetch(initialUrl, pages + 1);
                continue;
            }
            String following = page.followingLink().orElseThrow(() -> new SyncException(GraphClient.KEY_REFUSED,
                    "Graph page of " + source + " had neither @odata.nextLink nor @odata.deltaLink"));
            DeltaCursor cursor = new DeltaCursor(following, page.deltaLink() != null);
            ChangePage change = GraphItems.toChangePage(source, page, mapper, cursor, fullStart);
            next = cursor.roundComplete() ? null : fetch(following, pages + 2);
            try {
                total = total.plus(sink.accept(change));
            } catch (SyncException | RuntimeException e) {
                if (next != null) {
                    next.cancel(true);
                }
                throw e;
            }
            fullStart = false;
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

    /** Starts fetching a page on the fetch thread, so it downloads while the previous page is being committed. */
    private CompletableFuture<GraphPage> fetch(String url, int pageNumber) {
        return CompletableFuture.supplyAsync(() -> {
            try {
                return client.fetchPage(url, source + " page " + pageNumber);
            } catch (SyncException e) {
                throw new CompletionException(e);
            }
        }, FETCHER);
    }

    private GraphPage await(CompletableFuture<GraphPage> page) throws SyncException {
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
