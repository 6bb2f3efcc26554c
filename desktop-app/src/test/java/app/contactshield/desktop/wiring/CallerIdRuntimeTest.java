package app.contactshield.desktop.wiring;

import static org.assertj.core.api.Assertions.assertThat;

import app.contactshield.callerid.demo.AgProfile;
import app.contactshield.callerid.demo.DemoPhoneLink;
import app.contactshield.callerid.index.CompanyRange;
import app.contactshield.callerid.link.CallState;
import app.contactshield.callerid.link.LinkState;
import app.contactshield.callerid.link.PhoneCall;
import app.contactshield.callerid.link.PhoneLinkListener;
import app.contactshield.callerid.screening.ScreeningMode;
import app.contactshield.desktop.TestPeople;
import app.contactshield.desktop.ui.sample.InMemoryContactStore;
import app.contactshield.desktop.ui.sample.SamplePhoneLink;
import app.contactshield.desktop.ui.settings.SettingKey;
import app.contactshield.desktop.ui.settings.UserSettings;
import app.contactshield.graphsync.policy.NumberRange;
import app.contactshield.graphsync.store.CallLogEntry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class CallerIdRuntimeTest {
    private static final Instant NOW = Instant.parse("2026-12-03T10:00:00Z");
    private static final long WAIT_MILLIS = 10_000;

    private final InMemoryContactStore store = InMemoryContactStore.of(TestPeople.directory());
    private final UserSettings settings = UserSettings.inMemory();
    private CallerIdRuntime runtime;

    @AfterEach
    void closeRuntime() {
        if (runtime != null) {
            runtime.close();
        }
    }

    @Test
    void deletesCallsOlderThanThePolicysRetentionAtStart() throws Exception {
        store.appendCall(call(NOW.minus(Duration.ofDays(10))));
        store.appendCall(call(NOW.minus(Duration.ofDays(2))));

        runtime = start(new CallerIdPolicy(7, List.of(), null));
        runtime.awaitQueuedWork(WAIT_MILLIS);

        assertThat(store.recentCalls(10)).extracting(CallLogEntry::at).containsExactly(NOW.minus(Duration.ofDays(2)));
    }

    @Test
    void keepsCallsWithinTheRetention() throws Exception {
        store.appendCall(call(NOW.minus(Duration.ofDays(10))));

        runtime = start(new CallerIdPolicy(30, List.of(), null));
        runtime.awaitQueuedWork(WAIT_MILLIS);

        assertThat(store.recentCalls(10)).hasSize(1);
    }

    @Test
    void thePolicysCompanyRangesReachTheCallWindowBeforeTheDirectorysOwn() throws Exception {
        NumberRange fabrikam = new NumberRange("+49 30 1234", "Fabrikam", "switchboard range");

        runtime = start(new CallerIdPolicy(90, List.of(fabrikam), null));
        runtime.awaitQueuedWork(WAIT_MILLIS);

        assertThat(runtime.ranges().ranges()).first().extracting(CompanyRange::company).isEqualTo("Fabrikam");
    }

    @Test
    void screensByTheVacationAndReceptionistSettingsWithVacationWinning() {
        runtime = start(CallerIdPolicy.defaults());
        assertThat(runtime.screeningMode()).isEqualTo(ScreeningMode.NORMAL);

        settings.set(CallWindowWiring.RECEPTIONIST_SETTING, "true");
        assertThat(runtime.screeningMode()).isEqualTo(ScreeningMode.RECEPTIONIST);

        settings.set(SettingKey.VACATION_MODE, "true");
        assertThat(runtime.screeningMode()).isEqualTo(ScreeningMode.VACATION);

        settings.set(SettingKey.VACATION_MODE, "false");
        assertThat(runtime.screeningMode()).isEqualTo(ScreeningMode.RECEPTIONIST);
    }

    @Test
    void aCallDialledOnTheDemoPhoneEndsAndAppearsInRecentCalls() throws Exception {
        try (DemoPhoneLink demo = DemoPhoneLink.start(AgProfile.iphoneLike(), Duration.ZERO, Duration.ofMillis(50))) {
            demo.setup().get(10, TimeUnit.SECONDS);
            runtime = new CallerIdRuntime(store, demo, settings, CallerIdPolicy.defaults(),
                    Clock.fixed(NOW, ZoneOffset.UTC));
            runtime.start();
            CompletableFuture<PhoneCall> ended = new CompletableFuture<>();
            demo.addListener(new PhoneLinkListener() {
                @Override
                public void callChanged(PhoneCall call) {
                    if (call.state() == CallState.ENDED) {
                        ended.complete(call);
                    }
                }

                @Override
                public void linkChanged(LinkState state) {
                    // Only the call matters here.
                }
            });

            demo.dial("08971041201", false);
            ended.get(WAIT_MILLIS, TimeUnit.MILLISECONDS);
            runtime.awaitQueuedWork(WAIT_MILLIS);

            assertThat(demo.calls()).isEmpty();
            assertThat(store.recentCalls(10)).singleElement().satisfies(entry -> {
                assertThat(entry.direction()).isEqualTo(CallLogEntry.Direction.OUTGOING);
                assertThat(entry.identification()).isEqualTo("Ada Beispiel");
            });
        }
    }

    @Test
    void closingStopsItsThreads() {
        runtime = start(CallerIdPolicy.defaults());

        runtime.close();

        assertThat(runtime.isClosed()).isTrue();
    }

    private CallerIdRuntime start(CallerIdPolicy policy) {
        CallerIdRuntime started = new CallerIdRuntime(store, SamplePhoneLink.demo(), settings, policy,
                Clock.fixed(NOW, ZoneOffset.UTC));
        started.start();
        return started;
    }

    private static CallLogEntry call(Instant at) {
        return new CallLogEntry(at, "+498971041201", null, "Ada Beispiel", CallLogEntry.Direction.INCOMING,
                CallLogEntry.Outcome.ANSWERED);
    }
}
