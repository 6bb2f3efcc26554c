package app.contactshield.callerid.screening;

import app.contactshield.graphsync.store.CallLogEntry;
import app.contactshield.graphsync.store.ContactStore;
import app.contactshield.graphsync.store.StoreException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The call history in the encrypted store, with the policy's retention: calls older than the retention days are
 * deleted at start and once a day. Methods run on the caller's thread and write the store (not for the JavaFX
 * thread). The daily purge runs on the scheduler the caller passes; cancel the returned future to stop it.
 */
public final class CallHistory {
    private static final Logger LOG = LoggerFactory.getLogger(CallHistory.class);

    private final ContactStore store;
    private final int retentionDays;
    private final Clock clock;

    /**
     * @param store         the open store
     * @param retentionDays how many days calls are kept (from the policy); at least 1
     * @param clock         the clock deciding what is old
     */
    public CallHistory(ContactStore store, int retentionDays, Clock clock) {
        if (retentionDays < 1) {
            throw new IllegalArgumentException("Call history retention must be at least 1 day, was " + retentionDays
                    + " (policy callHistoryRetentionDays)");
        }
        this.store = Objects.requireNonNull(store, "store");
        this.retentionDays = retentionDays;
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Appends a call; a store failure is logged and reported as {@code false}, never thrown into call handling. */
    public boolean record(CallLogEntry entry) {
        try {
            store.appendCall(entry);
            return true;
        } catch (StoreException e) {
            LOG.error("A call could not be written to the call history", e);
            return false;
        }
    }

    /** Deletes calls older than the retention days; returns how many were deleted (0 when the store failed). */
    public int purgeExpired() {
        Instant cutoff = clock.instant().minus(Duration.ofDays(retentionDays));
        try {
            int deleted = store.purgeCallsBefore(cutoff);
            LOG.info("Call history: {} calls older than {} days deleted", deleted, retentionDays);
            return deleted;
        } catch (StoreException e) {
            LOG.error("Expired calls could not be deleted from the call history", e);
            return 0;
        }
    }

    /** Purges now on the scheduler and then every 24 hours. */
    public ScheduledFuture<?> scheduleDailyPurge(ScheduledExecutorService scheduler) {
        return scheduler.scheduleAtFixedRate(this::purgeExpired, 0, TimeUnit.DAYS.toMinutes(1), TimeUnit.MINUTES);
    }
}
