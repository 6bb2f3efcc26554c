package app.contactshield.graphsync.sync;

import app.contactshield.graphsync.model.SourceId;
import app.contactshield.graphsync.store.ContactStore;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the enabled sources once, one after the other, each from the store's last committed cursor, committing every
 * page through the store. Before each run the sign-in is renewed silently.
 *
 * <p>Threading: {@link #runOnce} works on the calling thread and refuses the JavaFX application thread;
 * {@link #start} runs on the engine's own thread named {@code contact-shield-sync}. Progress is reported on the
 * syncing thread: a UI hands it over to its own thread. Runs never overlap. Whoever creates the engine closes it;
 * closing stops the sync thread but not the store, which its opener closes.
 */
public final class SyncEngine implements AutoCloseable {
    /** Name of the thread {@link #start} syncs on. */
    public static final String THREAD_NAME = "contact-shield-sync";
    private static final Logger LOG = LoggerFactory.getLogger(SyncEngine.class);
    private static final String SIGNIN_REQUIRED = "signin.required";

    private final ContactStore store;
    private final List<ContactSource> sources;
    private final Renewal renewal;
    private final ExecutorService executor = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, THREAD_NAME);
        thread.setDaemon(true);
        return thread;
    });

    /**
     * @param store   where cursors are read and pages committed
     * @param sources the enabled sources, in run order
     * @param renewal renews the sign-in silently before each run ({@link Renewal#NONE} for demo and file sources)
     */
    public SyncEngine(ContactStore store, List<ContactSource> sources, Renewal renewal) {
        this.store = Objects.requireNonNull(store, "store");
        this.sources = List.copyOf(sources);
        this.renewal = Objects.requireNonNull(renewal, "renewal");
    }

    /**
     * Syncs every source once on the calling thread.
     *
     * @param progress told after each committed page and when a source finishes; called on the calling thread
     * @return the reports and failures; a failing source does not stop the next one
     * @throws SyncException with key {@code signin.required} when the sign-in cannot be renewed (no source runs, or
     *                       the remaining sources are skipped)
     * @throws IllegalStateException on the JavaFX application thread
     */
    public synchronized SyncRun runOnce(Consumer<SyncProgress> progress) throws SyncException {
        if ("JavaFX Application Thread".equals(Thread.currentThread().getName())) {
            throw new IllegalStateException("A sync must not run on the JavaFX application thread");
        }
        renewal.renewSilently();
        List<SourceReport> reports = new ArrayList<>();
        Map<SourceId, SyncException> failures = new LinkedHashMap<>();
        for (ContactSource source : sources) {
            try {
                reports.add(syncSource(source, progress));
            } catch (SyncException e) {
                if (SIGNIN_REQUIRED.equals(e.userMessageKey())) {
                    LOG.warn("Sync of {} needs a new sign-in; the remaining sources are skipped", source.id());
                    throw e;
                }
                LOG.warn("Sync of {} failed; committed pages are kept: {}", source.id(), LogSafe.mask(e.getMessage()));
                LOG.debug("Sync of {} failed: {}", source.id(), LogSafe.chain(e));
                failures.put(source.id(), e);
            }
        }
        return new SyncRun(reports, failures);
    }

    /** Syncs one source; when its service asks for a new sign-in and the user signs in again, tries once more. */
    private SourceReport syncSource(ContactSource source, Consumer<SyncProgress> progress) throws SyncException {
        try {
            return source.sync(store.cursor(source.id()), store, progress);
        } catch (SyncException e) {
            if (!SIGNIN_REQUIRED.equals(e.userMessageKey()) || !renewal.signInAgain()) {
                throw e;
            }
            LOG.info("Signed in again; {} resumes from its last committed page", source.id());
            return source.sync(store.cursor(source.id()), store, progress);
        }
    }

    /**
     * Syncs every source once on the engine's thread.
     *
     * @param progress told after each committed page, on the sync thread
     * @return completes with the run, or exceptionally with the {@link SyncException} of {@link #runOnce}
     */
    public CompletableFuture<SyncRun> start(Consumer<SyncProgress> progress) {
        return CompletableFuture.supplyAsync(() -> {
            try {
                return runOnce(progress);
            } catch (SyncException e) {
                throw new CompletionException(e);
            }
        }, executor);
    }

    /** Stops the sync thread; a running sync is interrupted and keeps what it committed. */
    @Override
    public void close() {
        executor.shutdownNow();
    }

    /** Renews the sign-in silently before a run. */
    @FunctionalInterface
    public interface Renewal {
        /** For sources that need no sign-in (demo, files). */
        Renewal NONE = () -> { };

        /**
         * Renews silently on the calling thread.
         *
         * @throws SyncException with key {@code signin.required} when the user must sign in again
         */
        void renewSilently() throws SyncException;

        /**
         * Signs in again after a source's service refused the renewed token, where someone is there to do it.
         *
         * @return {@code true} when the user signed in again (the source is then tried once more), {@code false}
         *         when nobody can (the default)
         * @throws SyncException when the user did not complete the sign-in
         */
        default boolean signInAgain() throws SyncException {
            return false;
        }
    }
}
