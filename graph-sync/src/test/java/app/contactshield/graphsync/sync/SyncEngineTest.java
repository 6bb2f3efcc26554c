package app.contactshield.graphsync.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.contactshield.graphsync.model.SourceId;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class SyncEngineTest {
    private static final SourceId FILES = new SourceId("file:partners.csv");
    private final List<String> calls = new CopyOnWriteArrayList<>();

    private ContactSource source(SourceId id, SyncException failure) {
        return new ContactSource() {
            @Override
            public SourceId id() {
                return id;
            }

            @Override
            public SourceReport sync(Optional<DeltaCursor> from, PageSink sink, java.util.function.Consumer<
                    SyncProgress> progress) throws SyncException {
                calls.add(id + " from " + from.map(DeltaCursor::value).orElse("start") + " on "
                        + Thread.currentThread().getName());
                if (failure != null) {
                    throw failure;
                }
                sink.accept(new ChangePage(id, List.of(), List.of(), List.of(), new DeltaCursor("next-" + id, true),
                        from.isEmpty()));
                return new SourceReport(id, 0, 0, 0, 1, Duration.ZERO);
            }
        };
    }

    @Test
    void runsEverySourceFromItsStoredCursorAfterRenewingTheSignIn() throws SyncException {
        InMemoryContactStore store = new InMemoryContactStore();
        AtomicInteger renewals = new AtomicInteger();
        SyncEngine engine = new SyncEngine(store, List.of(source(SourceId.GRAPH_USERS, null), source(FILES, null)),
                renewals::incrementAndGet);

        engine.runOnce(p -> { });
        SyncRun second = engine.runOnce(p -> { });

        assertThat(renewals).hasValue(2);
        assertThat(calls).hasSize(4);
        assertThat(calls.get(2)).startsWith("graph.users from next-graph.users");
        assertThat(second.reports()).extracting(SourceReport::source).containsExactly(SourceId.GRAPH_USERS, FILES);
    }

    @Test
    void aFailingSourceDoesNotStopTheNextOne() throws SyncException {
        SyncException broken = new SyncException("sync.error.refused", "Graph refused graph.users page 1 with 403");
        SyncEngine engine = new SyncEngine(new InMemoryContactStore(),
                List.of(source(SourceId.GRAPH_USERS, broken), source(FILES, null)), SyncEngine.Renewal.NONE);

        SyncRun run = engine.runOnce(p -> { });

        assertThat(run.succeeded()).isFalse();
        assertThat(run.failures()).containsEntry(SourceId.GRAPH_USERS, broken);
        assertThat(run.reports()).extracting(SourceReport::source).containsExactly(FILES);
    }

    @Test
    void aSignInThatCannotBeRenewedStopsBeforeAnySource() {
        SyncEngine engine = new SyncEngine(new InMemoryContactStore(), List.of(source(FILES, null)), () -> {
            throw new SyncException("signin.required", "No account is signed in");
        });

        assertThatThrownBy(() -> engine.runOnce(p -> { })).isInstanceOf(SyncException.class)
                .hasMessageContaining("No account");
        assertThat(calls).isEmpty();
    }

    @Test
    void aSourceRefusedForSignInIsTriedAgainOnceTheUserSignedInAgain() throws SyncException {
        AtomicInteger attempts = new AtomicInteger();
        AtomicInteger signIns = new AtomicInteger();
        ContactSource refusedOnce = new ContactSource() {
            @Override
            public SourceId id() {
                return SourceId.GRAPH_USERS;
            }

            @Override
            public SourceReport sync(Optional<DeltaCursor> from, PageSink sink, java.util.function.Consumer<
                    SyncProgress> progress) throws SyncException {
                if (attempts.incrementAndGet() == 1) {
                    throw new SyncException("signin.required", "Graph answered 401 twice");
                }
                return source(SourceId.GRAPH_USERS, null).sync(from, sink, progress);
            }
        };
        SyncEngine engine = new SyncEngine(new InMemoryContactStore(), List.of(refusedOnce), new SyncEngine.Renewal() {
            @Override
            public void renewSilently() {
            }

            @Override
            public boolean signInAgain() {
                signIns.incrementAndGet();
                return true;
            }
        });

        SyncRun run = engine.runOnce(p -> { });

        assertThat(run.succeeded()).isTrue();
        assertThat(attempts).hasValue(2);
        assertThat(signIns).hasValue(1);
    }

    @Test
    void withNobodyToSignInARefusedSourceStopsTheRun() {
        SyncEngine engine = new SyncEngine(new InMemoryContactStore(), List.of(source(SourceId.GRAPH_USERS,
                new SyncException("signin.required", "Graph answered 401 twice")), source(FILES, null)),
                SyncEngine.Renewal.NONE);

        assertThatThrownBy(() -> engine.runOnce(p -> { })).isInstanceOf(SyncException.class)
                .hasMessageContaining("401");
        assertThat(calls).singleElement().asString().startsWith("graph.users");
    }

    @Test
    void aFailureIsWarnedInPlainWordsWithItsCausesAtDebugAndNeverTokensOrAddresses() throws SyncException {
        ch.qos.logback.classic.Logger logger = (ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory
                .getLogger(SyncEngine.class);
        ch.qos.logback.core.read.ListAppender<ch.qos.logback.classic.spi.ILoggingEvent> logs =
                new ch.qos.logback.core.read.ListAppender<>();
        logs.start();
        logger.addAppender(logs);
        SyncException broken = new SyncException("sync.error.pageFailed", "Fetching graph.users page 2 failed",
                new java.io.IOException("GET https://graph.microsoft.com/v1.0/users/delta?$skiptoken=RFNwdC1zZWNyZXQ"
                        + " for ada.beispiel@contoso.example reset"));
        SyncEngine engine = new SyncEngine(new InMemoryContactStore(), List.of(source(SourceId.GRAPH_USERS, broken)),
                SyncEngine.Renewal.NONE);

        try {
            engine.runOnce(p -> { });
        } finally {
            logger.detachAppender(logs);
        }

        assertThat(logs.list).filteredOn(event -> event.getLevel() == ch.qos.logback.classic.Level.WARN)
                .singleElement().satisfies(event -> assertThat(event.getFormattedMessage())
                        .contains("graph.users", "page 2 failed").doesNotContain("Exception", "app.contactshield"));
        logger.setLevel(ch.qos.logback.classic.Level.DEBUG);
        logger.addAppender(logs);
        try {
            engine.runOnce(p -> { });
        } finally {
            logger.detachAppender(logs);
            logger.setLevel(null);
        }
        assertThat(logs.list).allSatisfy(event -> {
            assertThat(event.getThrowableProxy()).isNull();
            assertThat(event.getFormattedMessage()).doesNotContain("RFNwdC1zZWNyZXQ", "ada.beispiel");
        });
        assertThat(logs.list).filteredOn(event -> event.getLevel() == ch.qos.logback.classic.Level.DEBUG)
                .anySatisfy(event -> assertThat(event.getFormattedMessage()).contains("IOException",
                        "graph.microsoft.com/v1.0/users/delta"));
    }

    @Test
    void startRunsOnTheNamedSyncThread() throws InterruptedException, ExecutionException,
            java.util.concurrent.TimeoutException {
        try (SyncEngine engine = new SyncEngine(new InMemoryContactStore(), List.of(source(FILES, null)),
                SyncEngine.Renewal.NONE)) {

            SyncRun run = engine.start(p -> { }).get(30, TimeUnit.SECONDS);

            assertThat(run.succeeded()).isTrue();
            assertThat(calls).singleElement().asString().endsWith("on " + SyncEngine.THREAD_NAME);
        }
    }
}
