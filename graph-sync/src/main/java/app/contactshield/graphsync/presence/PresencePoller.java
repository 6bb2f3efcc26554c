package app.contactshield.graphsync.presence;

import app.contactshield.graphsync.sync.SyncException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps a {@link PresenceBoard} current for the people on screen and the favourites only, polling Graph at the
 * policy's interval (default {@link #DEFAULT_INTERVAL}, never under {@link #MIN_INTERVAL}) in batches of at most
 * {@value PresenceClient#MAX_IDS_PER_REQUEST} ids, and backing off when Graph throttles: it waits as long as
 * {@code Retry-After} says, or exponentially from {@link #FIRST_BACKOFF} when it does not.
 *
 * <p>Runs on its own daemon thread named {@value #THREAD_NAME}, started by {@link #start()}; board listeners are
 * therefore called on that thread. Whoever starts the poller closes it; {@link #close()} stops the thread.
 */
public final class PresencePoller implements AutoCloseable {
    /** The name of the polling thread. */
    public static final String THREAD_NAME = "presence-poller";
    /** The interval used when the policy sets none. */
    public static final Duration DEFAULT_INTERVAL = Duration.ofSeconds(30);
    /** The shortest interval allowed, whatever the policy says. */
    public static final Duration MIN_INTERVAL = Duration.ofSeconds(10);
    /** The first wait after a throttled request that named no {@code Retry-After}. */
    public static final Duration FIRST_BACKOFF = Duration.ofSeconds(1);
    /** The longest wait after a throttled request that named no {@code Retry-After}. */
    public static final Duration MAX_BACKOFF = Duration.ofMinutes(2);
    /** How often a throttled batch is sent before it is left for the next round. */
    public static final int MAX_ATTEMPTS = 5;

    private static final Logger LOG = LoggerFactory.getLogger(PresencePoller.class);

    private final PresenceClient client;
    private final PresenceBoard board;
    private final Duration interval;
    private final Clock clock;
    private final Sleeper backoffSleeper;
    private final Semaphore wake = new Semaphore(0);
    private volatile Set<String> onScreen = Set.of();
    private volatile Set<String> favourites = Set.of();
    private volatile boolean running;
    private Thread thread;

    /**
     * @param client         sends the requests
     * @param board          receives the results
     * @param interval       the policy's interval, or {@code null} for the default; clamped by
     *                       {@link #clampInterval(Duration)}
     * @param clock          tells presences' age for {@link #isStale(Presence)}
     * @param backoffSleeper waits between attempts of a throttled batch, on the polling thread
     */
    public PresencePoller(PresenceClient client, PresenceBoard board, Duration interval, Clock clock,
            Sleeper backoffSleeper) {
        this.client = Objects.requireNonNull(client, "client");
        this.board = Objects.requireNonNull(board, "board");
        this.interval = clampInterval(interval);
        this.clock = Objects.requireNonNull(clock, "clock");
        this.backoffSleeper = Objects.requireNonNull(backoffSleeper, "backoffSleeper");
    }

    /** The interval to poll at: the default when none is set, and never under {@link #MIN_INTERVAL}. */
    public static Duration clampInterval(Duration requested) {
        if (requested == null) {
            return DEFAULT_INTERVAL;
        }
        if (requested.compareTo(MIN_INTERVAL) < 0) {
            LOG.info("Presence interval of {} ms is under the minimum; polling every {} ms",
                    requested.toMillis(), MIN_INTERVAL.toMillis());
            return MIN_INTERVAL;
        }
        return requested;
    }

    /** The interval this poller polls at. */
    public Duration interval() {
        return interval;
    }

    /** Sets the Entra object ids of the colleagues on screen now; any thread. */
    public void setOnScreen(Collection<String> userIds) {
        onScreen = Set.copyOf(userIds);
    }

    /** Sets the Entra object ids of the user's favourites; any thread. */
    public void setFavourites(Collection<String> userIds) {
        favourites = Set.copyOf(userIds);
    }

    /** The ids the next round asks for: on screen first, then favourites, each once. */
    public List<String> watchedIds() {
        Set<String> ids = new LinkedHashSet<>(onScreen);
        ids.addAll(favourites);
        return List.copyOf(ids);
    }

    /** Whether a presence is older than {@value Presence#STALE_AFTER_INTERVALS} of this poller's intervals. */
    public boolean isStale(Presence presence) {
        return presence.isStaleAt(clock.instant(), interval);
    }

    /** Starts the polling thread; the first round runs at once. */
    public synchronized void start() {
        if (thread != null) {
            return;
        }
        running = true;
        thread = new Thread(this::run, THREAD_NAME);
        thread.setDaemon(true);
        thread.start();
        LOG.info("Presence polling started every {} ms", interval.toMillis());
    }

    /** Asks the polling thread to run its next round now instead of at the end of the interval. */
    public void requestPoll() {
        if (wake.availablePermits() == 0) {
            wake.release();
        }
    }

    /**
     * Runs one round on the calling thread: fetches every watched id in batches and updates the board after each
     * batch. A batch that fails is logged and skipped; the board keeps its older values.
     */
    public void pollOnce() throws InterruptedException {
        List<String> ids = watchedIds();
        if (ids.isEmpty()) {
            return;
        }
        long started = System.nanoTime();
        int fetched = 0;
        for (int from = 0; from < ids.size(); from += PresenceClient.MAX_IDS_PER_REQUEST) {
            List<String> batch = new ArrayList<>(
                    ids.subList(from, Math.min(ids.size(), from + PresenceClient.MAX_IDS_PER_REQUEST)));
            try {
                List<Presence> presences = fetchWithBackoff(batch);
                board.update(presences);
                fetched += presences.size();
            } catch (SyncException e) {
                LOG.warn("Presence round stopped after {} of {} ids: {}", from, ids.size(), e.getMessage());
                return;
            }
        }
        LOG.debug("Presence round: {} ids asked, {} answered in {} ms", ids.size(), fetched,
                (System.nanoTime() - started) / 1_000_000);
    }

    private List<Presence> fetchWithBackoff(List<String> batch) throws SyncException, InterruptedException {
        for (int attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
            PresenceBatch outcome = client.fetch(batch);
            if (!outcome.throttled()) {
                return outcome.presences();
            }
            if (attempt == MAX_ATTEMPTS) {
                break;
            }
            Duration wait = outcome.retryAfterHint().orElse(exponentialBackoff(attempt));
            LOG.warn("Graph throttled a presence batch of {} ids; attempt {} of {}, next in {} ms",
                    batch.size(), attempt, MAX_ATTEMPTS, wait.toMillis());
            backoffSleeper.sleep(wait);
        }
        LOG.warn("Graph throttled a presence batch of {} ids {} times; it waits for the next round",
                batch.size(), MAX_ATTEMPTS);
        return List.of();
    }

    /** The wait before attempt {@code attempt + 1} when Graph named none: 1 s, 2 s, 4 s, ... up to two minutes. */
    static Duration exponentialBackoff(int attempt) {
        Duration wait = FIRST_BACKOFF.multipliedBy(1L << Math.min(attempt - 1, 20));
        return wait.compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : wait;
    }

    private void run() {
        try {
            while (running) {
                try {
                    pollOnce();
                } catch (RuntimeException e) {
                    LOG.error("Presence round failed unexpectedly", e);
                }
                if (wake.tryAcquire(interval.toMillis(), TimeUnit.MILLISECONDS)) {
                    wake.drainPermits();
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        LOG.info("Presence polling stopped");
    }

    /** Stops the polling thread and waits briefly for it to end. Idempotent. */
    @Override
    public synchronized void close() {
        running = false;
        if (thread == null) {
            return;
        }
        thread.interrupt();
        try {
            thread.join(2000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        thread = null;
    }
}
