package app.contactshield.graphsync.demo;

import static org.assertj.core.api.Assertions.assertThat;

import app.contactshield.graphsync.model.ContactRecord;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.slf4j.LoggerFactory;
import app.contactshield.graphsync.model.PhoneNumber;
import app.contactshield.graphsync.model.SourceId;
import app.contactshield.graphsync.phone.PhoneNormalizer;
import app.contactshield.graphsync.sync.DeltaCursor;
import app.contactshield.graphsync.sync.InMemoryContactStore;
import app.contactshield.graphsync.sync.SourceReport;
import app.contactshield.graphsync.sync.SyncEngine;
import app.contactshield.graphsync.sync.SyncException;
import app.contactshield.graphsync.sync.SyncProgress;
import app.contactshield.graphsync.sync.SyncRun;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class DemoModeTest {

    @Test
    void theDemoTenantSyncsThroughTheGraphPathInTwoRoundsAndThenFindsNothingNew() throws Exception {
        InMemoryContactStore store = new InMemoryContactStore();
        List<SyncProgress> progress = new CopyOnWriteArrayList<>();
        Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        ListAppender<ILoggingEvent> logs = new ListAppender<>();
        logs.start();
        root.addAppender(logs);

        try (SyncEngine engine = DemoMode.syncEngine(store, new PhoneNormalizer("DE"))) {
            SyncRun first = engine.start(progress::add).get(60, TimeUnit.SECONDS);
            SyncRun second = engine.runOnce(p -> { });
            SyncRun third = engine.runOnce(p -> { });

            assertThat(first.succeeded()).isTrue();
            assertThat(total(first, SourceReport::added)).isBetween(1900, 2200);
            assertThat(total(second, SourceReport::changed)).isPositive();
            assertThat(total(second, SourceReport::removed)).isPositive();
            assertThat(total(third, r -> r.added() + r.changed() + r.removed())).isZero();
        }
        Map<SourceId, Integer> counts = store.recordCounts();
        assertThat(counts).containsOnlyKeys(SourceId.GRAPH_USERS, SourceId.GRAPH_ORG_CONTACTS,
                SourceId.GRAPH_OUTLOOK);
        assertThat(progress).anyMatch(p -> p.done() && p.source().equals(SourceId.GRAPH_OUTLOOK));
        List<PhoneNumber> phones = store.visible().values().stream().flatMap(m -> m.values().stream())
                .flatMap(r -> r.phones().stream()).toList();
        assertThat(phones).anyMatch(p -> !p.isNormalised());
        assertThat(phones.stream().filter(PhoneNumber::isNormalised).count()).isGreaterThan(phones.size() * 9L / 10);
        root.detachAppender(logs);
        assertNothingPersonalLogged(logs.list, store);
    }

    private static void assertNothingPersonalLogged(List<ILoggingEvent> events, InMemoryContactStore store) {
        assertThat(events).isNotEmpty();
        String logged = events.stream().map(e -> e.getFormattedMessage() + (e.getThrowableProxy() == null ? ""
                : e.getThrowableProxy().getMessage())).reduce("", (a, b) -> a + "\n" + b);
        long leaks = store.visible().values().stream().flatMap(m -> m.values().stream())
                .flatMap(r -> java.util.stream.Stream.concat(java.util.stream.Stream.of(r.displayName()),
                        java.util.stream.Stream.concat(r.emails().stream(), r.phones().stream()
                                .map(PhoneNumber::raw).filter(raw -> raw.length() > 6))))
                .filter(value -> value != null && logged.contains(value)).count();
        assertThat(leaks).as("names, e-mails and numbers found in log lines").isZero();
    }

    @Test
    void theSyncEngineRefusesTheJavaFxThread() throws InterruptedException {
        SyncEngine engine = DemoMode.syncEngine(new InMemoryContactStore(), new PhoneNormalizer("DE"));
        Throwable[] thrown = new Throwable[1];
        Thread fx = new Thread(() -> {
            try {
                engine.runOnce(p -> { });
            } catch (IllegalStateException | SyncException e) {
                thrown[0] = e;
            }
        }, "JavaFX Application Thread");

        fx.start();
        fx.join(10_000);

        assertThat(thrown[0]).isInstanceOf(IllegalStateException.class);
        engine.close();
    }

    @Test
    void theDemoProfileHasTheShapeOfGraphMe() throws IOException {
        String json = DemoProfile.standard().toGraphJson();

        var me = new ObjectMapper().readTree(json);

        assertThat(me.path("displayName").asText()).isEqualTo("Ada Beispiel");
        assertThat(me.path("businessPhones").get(0).asText()).isEqualTo("+49 89 7104-215");
        assertThat(me.path("userPrincipalName").asText()).endsWith("@contoso.example");
        assertThat(me.path("@odata.context").asText()).endsWith("#users/$entity");
    }

    private static int total(SyncRun run, java.util.function.ToIntFunction<SourceReport> count) {
        return run.reports().stream().mapToInt(count).sum();
    }

    @Test
    void aStoreFilledByTheDemoTenantIsToldFromOneFilledByARealTenant() throws Exception {
        InMemoryContactStore store = new InMemoryContactStore();

        try (SyncEngine engine = DemoMode.syncEngine(store, new PhoneNormalizer("DE"))) {
            engine.runOnce(p -> { });
        }

        assertThat(store.cursor(SourceId.GRAPH_USERS)).hasValueSatisfying(
                cursor -> assertThat(DemoMode.isDemoCursor(cursor)).isTrue());
        assertThat(DemoMode.isDemoCursor(new DeltaCursor(
                "https://graph.microsoft.com/v1.0/users/delta?$deltatoken=abc", true))).isFalse();
    }

    static ContactRecord any(InMemoryContactStore store) {
        return store.visible().get(SourceId.GRAPH_USERS).values().iterator().next();
    }
}
