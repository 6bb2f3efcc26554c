package app.contactshield.desktop.wiring;

import static org.assertj.core.api.Assertions.assertThat;

import app.contactshield.callerid.call.CallEventListener;
import app.contactshield.callerid.call.CallView;
import app.contactshield.callerid.demo.AgProfile;
import app.contactshield.callerid.demo.ClipFormat;
import app.contactshield.callerid.demo.DemoPhoneLink;
import app.contactshield.callerid.index.CallerIndex;
import app.contactshield.callerid.index.Candidate;
import app.contactshield.callerid.index.CompanyRange;
import app.contactshield.callerid.index.CompanyRanges;
import app.contactshield.callerid.index.Identification;
import app.contactshield.callerid.index.Identifier;
import app.contactshield.callerid.link.CallState;
import app.contactshield.callerid.link.LinkState;
import app.contactshield.callerid.link.PhoneCall;
import app.contactshield.callerid.link.PhoneLinkListener;
import app.contactshield.callerid.screening.ScreeningMode;
import app.contactshield.desktop.TestPeople;
import app.contactshield.desktop.calls.CallCardViewModel;
import app.contactshield.desktop.calls.CallServices;
import app.contactshield.desktop.calls.CallerView;
import app.contactshield.desktop.calls.CallerViews;
import app.contactshield.desktop.calls.CallsText;
import app.contactshield.desktop.calls.ColleagueDirectory;
import app.contactshield.desktop.calls.IncomingCallViewModel;
import app.contactshield.desktop.calls.PresenceLookup;
import app.contactshield.desktop.ui.sample.InMemoryContactStore;
import app.contactshield.desktop.ui.sample.SamplePhoneLink;
import app.contactshield.desktop.ui.settings.PolicySettingsModel;
import app.contactshield.desktop.ui.settings.SettingKey;
import app.contactshield.desktop.ui.settings.UserSettings;
import app.contactshield.graphsync.demo.DemoMode;
import app.contactshield.graphsync.phone.PhoneNormalizer;
import app.contactshield.graphsync.policy.EffectiveSettings;
import app.contactshield.graphsync.policy.NumberRange;
import app.contactshield.graphsync.store.CallLogEntry;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;

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
                assertThat(entry.number()).as("kept as caller ID read it").isEqualTo("+498971041201");
            });
        }
    }

    @Test
    void aNationalCallerIdOnTheDemoPhoneNamesInTheCallWindowWhomIdentifyNamesUnderAnAmericanLocale(
            @TempDir Path dataDir) throws Exception {
        Locale before = Locale.getDefault();
        Locale.setDefault(Locale.US);
        try (DemoPhoneLink demo = DemoPhoneLink.start(AgProfile.iphoneLike(), Duration.ZERO, Duration.ofMillis(50))) {
            PolicySettingsModel osLocale = new PolicySettingsModel(EffectiveSettings.load(dataDir),
                    UserSettings.inMemory());
            assertThat(osLocale.value(SettingKey.REGION)).isEqualTo("US");
            demo.setup().get(10, TimeUnit.SECONDS);
            runtime = new CallerIdRuntime(store, demo, osLocale, CallerIdPolicy.defaults(),
                    Clock.fixed(NOW, ZoneOffset.UTC), CompletableFuture.completedFuture(null),
                    CallWindowWiring.storeRegion(true));
            IncomingCallViewModel window = callWindow(runtime, demo, "US");
            runtime.start();

            demo.phone().ring("08971041203", ClipFormat.NATIONAL);

            CallCardViewModel card = ringingCard(window);
            Identification identify = new Identifier(CallerIndex.build(store), new PhoneNormalizer(DemoMode.REGION),
                    CompanyRanges.none()).identify("089 71041203");
            assertThat(identify.candidates()).extracting(Candidate::displayName).containsExactly("Sabine Mueller");
            assertThat(card.headlineProperty().get()).isEqualTo("Sabine Mueller");
            assertThat(card.numberLineProperty().get()).endsWith("+49 89 71041203").doesNotContain("08971041203");
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void aRegionChangedInTheSettingsReadsTheNextCallerIdWithoutARestart() throws Exception {
        settings.set(SettingKey.REGION, "US");
        try (DemoPhoneLink demo = DemoPhoneLink.start(AgProfile.iphoneLike(), Duration.ZERO, Duration.ofMillis(50))) {
            demo.setup().get(10, TimeUnit.SECONDS);
            runtime = new CallerIdRuntime(store, demo, settings, CallerIdPolicy.defaults(),
                    Clock.fixed(NOW, ZoneOffset.UTC), CompletableFuture.completedFuture(null),
                    CallWindowWiring.storeRegion(false));
            IncomingCallViewModel window = callWindow(runtime, demo, "DE");
            runtime.start();
            demo.phone().ring("08971041203", ClipFormat.NATIONAL);
            assertThat(ringingCard(window).headlineProperty().get()).isEqualTo("Unknown number");
            demo.phone().callerHangsUp();
            waitUntil(() -> window.calls().isEmpty());

            settings.set(SettingKey.REGION, "DE");
            demo.phone().ring("08971041203", ClipFormat.NATIONAL);

            CallCardViewModel card = ringingCard(window);
            assertThat(card.headlineProperty().get()).isEqualTo("Sabine Mueller");
            assertThat(card.numberLineProperty().get()).endsWith("089 71041203");
        }
    }

    /** The call window's view model fed as the window feeds it: from the coordinator, through the caller views. */
    private IncomingCallViewModel callWindow(CallerIdRuntime started, DemoPhoneLink demo, String region) {
        IncomingCallViewModel window = new IncomingCallViewModel(new CallServices(demo, store, PresenceLookup.NONE,
                ColleagueDirectory.of(store), uri -> { }, Runnable::run, Runnable::run,
                CallsText.forLocale(Locale.ENGLISH), region, Clock.fixed(NOW, ZoneOffset.UTC)));
        started.coordinator().addListener(new CallEventListener() {
            @Override
            public void ringing(CallView call) {
                Identification who = call.identification();
                synchronized (window) {
                    window.callChanged(new PhoneCall(call.callId(), who.rawNumber(), call.state(), false),
                            CallerViews.from(who, key -> null));
                }
            }

            @Override
            public void ended(CallView call) {
                synchronized (window) {
                    window.callChanged(new PhoneCall(call.callId(), "", CallState.ENDED, false), null);
                }
            }
        });
        return window;
    }

    private static CallCardViewModel ringingCard(IncomingCallViewModel window) throws Exception {
        waitUntil(() -> {
            synchronized (window) {
                CallerView caller = window.calls().isEmpty() ? null : window.calls().get(0).callerProperty().get();
                return caller != null && !caller.number().isEmpty();
            }
        });
        synchronized (window) {
            return window.calls().get(0);
        }
    }

    private static void waitUntil(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(WAIT_MILLIS, TimeUnit.MILLISECONDS, condition);
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
