package app.contactshield.desktop.wiring;

import app.contactshield.callerid.call.CallCoordinator;
import app.contactshield.callerid.call.CallTimer;
import app.contactshield.callerid.index.CallerIndexUpdater;
import app.contactshield.callerid.index.CompanyRanges;
import app.contactshield.callerid.index.Identifier;
import app.contactshield.callerid.link.PhoneLink;
import app.contactshield.callerid.screening.CallHistory;
import app.contactshield.callerid.screening.CallScreener;
import app.contactshield.callerid.screening.FavouriteSet;
import app.contactshield.callerid.screening.ScreeningMode;
import app.contactshield.desktop.HeapFootprint;
import app.contactshield.desktop.calls.CallControl;
import app.contactshield.desktop.ui.settings.SettingKey;
import app.contactshield.desktop.ui.settings.SettingsModel;
import app.contactshield.graphsync.phone.PhoneNormalizer;
import app.contactshield.graphsync.store.ContactStore;
import app.contactshield.graphsync.store.StoreException;
import app.contactshield.graphsync.store.StoreListener;
import java.time.Clock;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Caller ID without a screen: the caller index kept current by store events, the company ranges (the policy's, then
 * the directory's), the favourites in memory, screening from the vacation and receptionist settings, the call history
 * with the policy's retention (purged at start and daily), and the call coordinator. Its work runs on two named
 * threads: {@code contactshield-calls} (index, ranges, calls) and {@code contactshield-call-timers} (the daily
 * purge and the grace timeouts). {@link #close()} stops both; the phone link and the store stay the caller's.
 */
final class CallerIdRuntime implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(CallerIdRuntime.class);
    private static final int EXPECTED_NUMBERS = 16_384;
    /** From this many people on, loading the index leaves enough garbage to collect it at once. */
    private static final int RELEASE_HEAP_FROM = 20_000;
    /** The longest the caller index waits for the search index at start. */
    static final int LOAD_WAIT_SECONDS = 20;

    private final ContactStore store;
    private final PhoneLink phone;
    private final CallerIdPolicy policy;
    private volatile PhoneNormalizer numbers;
    private final ExecutorService calls = Executors.newSingleThreadExecutor(named("contactshield-calls"));
    private final ScheduledExecutorService timers =
            Executors.newSingleThreadScheduledExecutor(named("contactshield-call-timers"));
    private final CallerIndexUpdater index;
    private final FavouriteSet favourites;
    private final CallScreener screener;
    private final CallCoordinator coordinator;
    private final StoreListener rangeRefresh = changed -> queueRangeRefresh();
    private final AtomicBoolean refreshQueued = new AtomicBoolean();
    private final AtomicBoolean loading = new AtomicBoolean();
    private volatile CompanyRanges ranges = CompanyRanges.none();

    CallerIdRuntime(ContactStore store, PhoneLink phone, SettingsModel settings, CallerIdPolicy policy, Clock clock) {
        this(store, phone, settings, policy, clock, CompletableFuture.completedFuture(null), null);
    }

    /**
     * As the other constructor, with the index, the ranges and the favourites loaded only after {@code loadAfter}
     * completes (the search index at start, so that the two do not compete for the processor; at most {@value
     * #LOAD_WAIT_SECONDS} s): a call in the meantime waits on the calls thread and is identified once loaded.
     *
     * @param storeRegion the region the store's numbers were read in whatever the settings say (the demo
     *                    directory's {@code DE}), so that national caller ids are read in it too; {@code null} to
     *                    read them in the settings' region, following it when it changes
     */
    CallerIdRuntime(ContactStore store, PhoneLink phone, SettingsModel settings, CallerIdPolicy policy, Clock clock,
            CompletionStage<?> loadAfter, String storeRegion) {
        this.store = store;
        this.phone = phone;
        this.policy = policy;
        this.numbers = new PhoneNormalizer(storeRegion != null ? storeRegion : settings.value(SettingKey.REGION));
        calls.execute(() -> {
            await(loadAfter);
            loading.set(true);
            HeapFootprint.workStarted();
        });
        index = CallerIndexUpdater.start(store, EXPECTED_NUMBERS, calls);
        calls.execute(() -> endLoading(index.index().personCount() >= RELEASE_HEAP_FROM));
        store.addListener(rangeRefresh);
        queueRangeRefresh();
        favourites = new FavouriteSet(store, calls).start();
        Identifier identifier = new Identifier(index.index(), () -> numbers, () -> ranges);
        screener = new CallScreener(mode(settings));
        settings.addListener((key, value) -> {
            if (key == SettingKey.VACATION_MODE || key == SettingKey.RECEPTIONIST_MODE) {
                screener.setMode(mode(settings));
                favourites.queueReload();
            } else if (key == SettingKey.REGION && storeRegion == null) {
                numbers = new PhoneNormalizer(settings.value(SettingKey.REGION));
            }
        });
        CallHistory history = new CallHistory(store, policy.callHistoryRetentionDays(), clock);
        history.scheduleDailyPurge(timers);
        coordinator = new CallCoordinator(phone, identifier, screener, history, favourites::favourites, calls, clock,
                CallTimer.on(timers), CallCoordinator.NUMBER_GRACE);
    }

    /** The load's heap room is given back once, after the load or at close if that comes first. */
    private void endLoading(boolean collect) {
        if (loading.getAndSet(false)) {
            HeapFootprint.workEnded(collect);
        }
    }

    private static void await(CompletionStage<?> loadAfter) {
        try {
            loadAfter.toCompletableFuture().get(LOAD_WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            LOG.info("Caller index loads without waiting any longer for the search index ({} s)", LOAD_WAIT_SECONDS);
        } catch (ExecutionException e) {
            LOG.debug("The search index failed; the caller index loads now", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Vacation mode wins over receptionist mode; neither is normal screening. */
    static ScreeningMode mode(SettingsModel settings) {
        if (settings.vacationMode()) {
            return ScreeningMode.VACATION;
        }
        boolean receptionist = Boolean.parseBoolean(settings.value(SettingKey.RECEPTIONIST_MODE));
        return receptionist ? ScreeningMode.RECEPTIONIST : ScreeningMode.NORMAL;
    }

    /** Starts following the phone. */
    void start() {
        coordinator.start();
    }

    CallCoordinator coordinator() {
        return coordinator;
    }

    /** The call commands for the call window: anonymous calls use the policy's prefix or the country's. */
    CallControl control() {
        return CallControl.of(coordinator, phone, this::numberRegion, policy.anonymousDialPrefix());
    }

    /** The region national caller ids are read in and calls are dialled in now. */
    String numberRegion() {
        return numbers.defaultRegion();
    }

    ScreeningMode screeningMode() {
        return screener.mode();
    }

    CompanyRanges ranges() {
        return ranges;
    }

    /** Waits until the work queued so far on both threads ran (for tests and orderly shutdown). */
    void awaitQueuedWork(long timeoutMillis) throws InterruptedException, ExecutionException, TimeoutException {
        timers.submit(() -> { }).get(timeoutMillis, TimeUnit.MILLISECONDS);
        calls.submit(() -> { }).get(timeoutMillis, TimeUnit.MILLISECONDS);
    }

    boolean isClosed() {
        return calls.isShutdown() && timers.isShutdown();
    }

    /** Company ranges follow the policy and the directory; recomputed off the call path, coalescing bursts. */
    private void queueRangeRefresh() {
        if (refreshQueued.compareAndSet(false, true)) {
            calls.execute(() -> {
                refreshQueued.set(false);
                try {
                    ranges = CallerIdSetup.ranges(store, policy.companyNumberRanges());
                } catch (StoreException e) {
                    LOG.warn("Company ranges not refreshed: {}", e.getMessage());
                }
            });
        }
    }

    private static ThreadFactory named(String name) {
        return runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        };
    }

    @Override
    public void close() {
        store.removeListener(rangeRefresh);
        coordinator.close();
        favourites.close();
        index.close();
        timers.shutdownNow();
        calls.shutdownNow();
        endLoading(false);
    }
}
