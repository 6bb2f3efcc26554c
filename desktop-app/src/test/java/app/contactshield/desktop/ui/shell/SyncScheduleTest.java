package app.contactshield.desktop.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import app.contactshield.desktop.ui.sample.InMemoryContactStore;
import app.contactshield.desktop.ui.status.ManualSyncStatusFeed;
import app.contactshield.desktop.ui.status.SyncStatusFeed;
import app.contactshield.graphsync.model.SourceId;
import app.contactshield.graphsync.sync.ChangePage;
import app.contactshield.graphsync.sync.ContactSource;
import app.contactshield.graphsync.sync.DeltaCursor;
import app.contactshield.graphsync.sync.PageSink;
import app.contactshield.graphsync.sync.SourceReport;
import app.contactshield.graphsync.sync.SyncEngine;
import app.contactshield.graphsync.sync.SyncException;
import app.contactshield.graphsync.sync.SyncProgress;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class SyncScheduleTest {
    private static final Instant NOW = Instant.parse("2026-12-04T08:00:00Z");
    private static final Instant EARLIER = NOW.minus(Duration.ofHours(3));

    private final InMemoryContactStore store = new InMemoryContactStore();
    private final ManualSyncStatusFeed status = new ManualSyncStatusFeed(EARLIER);
    private final BlockingQueue<String> outcomes = new LinkedBlockingQueue<>();
    private SyncSchedule schedule;

    private SyncSchedule schedule(ContactSource source) {
        status.addListener(new SyncStatusFeed.Listener() {
            @Override
            public void progress(SyncProgress progress) {
                // Only outcomes matter here.
            }

            @Override
            public void completed(Instant at) {
                outcomes.add("completed");
            }

            @Override
            public void failed(Instant at, String reasonKey) {
                outcomes.add("failed " + reasonKey);
            }
        });
        SyncEngine engine = new SyncEngine(store, List.of(source), SyncEngine.Renewal.NONE);
        schedule = new SyncSchedule(() -> engine, status, Clock.fixed(NOW, ZoneOffset.UTC));
        return schedule;
    }

    @AfterEach
    void close() {
        if (schedule != null) {
            schedule.close();
        }
    }

    private String nextOutcome() throws InterruptedException {
        String outcome = outcomes.poll(10, TimeUnit.SECONDS);
        assertThat(outcome).as("a sync outcome within 10 s").isNotNull();
        return outcome;
    }

    @Test
    void aFailedSyncIsReportedWithItsReasonAndKeepsTheLastSuccessfulTime() throws Exception {
        schedule(new FlakySource(1)).start(Duration.ofHours(1));

        assertThat(nextOutcome()).isEqualTo("failed sync.error.pageFailed");
        assertThat(status.lastCompletedAt()).contains(EARLIER);
    }

    @Test
    void theNextScheduledSyncStillRunsAfterAFailure() throws Exception {
        schedule(new FlakySource(1)).start(Duration.ofMillis(200));

        assertThat(nextOutcome()).isEqualTo("failed sync.error.pageFailed");
        assertThat(nextOutcome()).isEqualTo("completed");
        assertThat(status.lastCompletedAt()).contains(NOW);
    }

    @Test
    void retryFromTheStatusBarSyncsAtOnceWithoutWaitingForTheInterval() throws Exception {
        FlakySource source = new FlakySource(1);
        schedule(source).start(Duration.ofHours(1));
        assertThat(nextOutcome()).startsWith("failed");

        status.retry();

        assertThat(nextOutcome()).isEqualTo("completed");
        assertThat(source.runs).hasValue(2);
    }

    @Test
    void aChangedIntervalTakesEffectWithoutARestart() throws Exception {
        FlakySource source = new FlakySource(0);
        schedule(source).start(Duration.ofHours(1));
        assertThat(nextOutcome()).isEqualTo("completed");

        schedule.changeInterval(Duration.ofMillis(100));

        assertThat(nextOutcome()).isEqualTo("completed");
        assertThat(source.runs.get()).isGreaterThanOrEqualTo(2);
    }

    @Test
    void theLastSyncTimeComesFromTheStoresLatestCommittedCursor() {
        store.accept(new ChangePage(SourceId.GRAPH_USERS, List.of(), List.of(), List.of(),
                new DeltaCursor("users-1", true), false));

        Optional<Instant> last = SyncSchedule.lastCommitted(store, List.of(SourceId.GRAPH_USERS,
                SourceId.GRAPH_OUTLOOK));

        assertThat(last).isPresent();
        assertThat(last.get()).isCloseTo(Instant.now(), within(1, ChronoUnit.MINUTES));
        assertThat(SyncSchedule.lastCommitted(store, List.of(SourceId.GRAPH_OUTLOOK))).isEmpty();
    }

    /** A source that fails its first {@code failures} runs as an unreachable service does, then succeeds. */
    private static final class FlakySource implements ContactSource {
        private final int failures;
        private final AtomicInteger runs = new AtomicInteger();

        FlakySource(int failures) {
            this.failures = failures;
        }

        @Override
        public SourceId id() {
            return SourceId.GRAPH_USERS;
        }

        @Override
        public SourceReport sync(Optional<DeltaCursor> from, PageSink sink, Consumer<SyncProgress> progress)
                throws SyncException {
            if (runs.incrementAndGet() <= failures) {
                throw new SyncException("sync.error.pageFailed", "Fetching users failed 3 times (the retry limit)");
            }
            return new SourceReport(id(), 0, 0, 0, 0, Duration.ZERO);
        }
    }
}
