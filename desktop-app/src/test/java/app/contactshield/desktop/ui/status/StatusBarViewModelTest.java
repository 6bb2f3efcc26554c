package app.contactshield.desktop.ui.status;

import static org.assertj.core.api.Assertions.assertThat;

import app.contactshield.callerid.link.LinkState;
import app.contactshield.desktop.ui.Messages;
import app.contactshield.desktop.ui.sample.SamplePhoneLink;
import app.contactshield.desktop.ui.settings.SettingKey;
import app.contactshield.desktop.ui.settings.UserSettings;
import app.contactshield.graphsync.model.SourceId;
import app.contactshield.graphsync.sync.SyncProgress;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class StatusBarViewModelTest {
    private static final Instant NOW = Instant.parse("2026-12-03T10:00:00Z");

    private final ManualSyncStatusFeed sync = new ManualSyncStatusFeed(NOW.minusSeconds(300));
    private final UserSettings settings = UserSettings.inMemory();

    private StatusBarViewModel model(SamplePhoneLink phone, UserSettings chosenSettings) {
        StatusBarViewModel model = new StatusBarViewModel(sync, phone, chosenSettings, Runnable::run,
                Messages.forLocale(Locale.ENGLISH), Clock.fixed(NOW, ZoneOffset.UTC));
        model.start();
        return model;
    }

    @Test
    void showsTheLastSyncAndTheDemoPhone() {
        StatusBarViewModel model = model(SamplePhoneLink.demo(), settings);

        assertThat(model.lastSyncTextProperty().get()).isEqualTo("Synced 5 min ago");
        assertThat(model.phoneTextProperty().get()).isEqualTo("Pixel 8 (simulated)");
        assertThat(model.demoPhoneProperty().get()).isTrue();
    }

    @Test
    void countsContactsAndPagesDuringASync() {
        StatusBarViewModel model = model(SamplePhoneLink.demo(), settings);

        sync.publish(new SyncProgress(SourceId.GRAPH_USERS, 3, 2_997, false));
        sync.publish(new SyncProgress(SourceId.GRAPH_OUTLOOK, 1, 120, true));

        assertThat(model.syncingProperty().get()).isTrue();
        assertThat(model.syncTextProperty().get()).isEqualTo("Syncing · 3,117 contacts · 4 pages · 1 of 2 sources");
        assertThat(model.syncFractionProperty().get()).isEqualTo(0.5);
    }

    @Test
    void showsTheNewSyncTimeWhenTheRunCompletes() {
        StatusBarViewModel model = model(SamplePhoneLink.demo(), settings);
        sync.publish(new SyncProgress(SourceId.GRAPH_USERS, 1, 10, false));

        sync.complete(NOW);

        assertThat(model.syncingProperty().get()).isFalse();
        assertThat(model.lastSyncTextProperty().get()).isEqualTo("Synced just now");
    }

    @Test
    void aFailedSyncNeverSaysSyncedButGivesTheReasonAndTheLastSuccessfulTime() {
        StatusBarViewModel model = model(SamplePhoneLink.demo(), settings);
        sync.publish(new SyncProgress(SourceId.GRAPH_USERS, 1, 10, false));

        sync.fail(NOW, "sync.error.pageFailed");

        assertThat(model.syncingProperty().get()).isFalse();
        assertThat(model.syncFailedProperty().get()).isTrue();
        assertThat(model.lastSyncTextProperty().get())
                .isEqualTo("Sync failed · Microsoft 365 not reachable · last successful 5 min ago");
        assertThat(sync.lastCompletedAt()).contains(NOW.minusSeconds(300));
    }

    @Test
    void aFailureWithAnUnknownReasonStillReadsAsAFailure() {
        ManualSyncStatusFeed never = new ManualSyncStatusFeed(null);
        StatusBarViewModel model = new StatusBarViewModel(never, SamplePhoneLink.demo(), settings, Runnable::run,
                Messages.forLocale(Locale.GERMAN), Clock.fixed(NOW, ZoneOffset.UTC));
        model.start();

        never.fail(NOW, "some.key.nobody.knows");

        assertThat(model.lastSyncTextProperty().get())
                .isEqualTo("Abgleich fehlgeschlagen · unerwarteter Fehler · noch kein erfolgreicher Abgleich");
    }

    @Test
    void retryAsksForASyncAndTheNextSuccessClearsTheFailure() {
        StatusBarViewModel model = model(SamplePhoneLink.demo(), settings);
        AtomicInteger retries = new AtomicInteger();
        sync.onRetry(retries::incrementAndGet);
        sync.fail(NOW, "signin.required");

        model.retry();
        sync.complete(NOW);

        assertThat(retries).hasValue(1);
        assertThat(model.syncFailedProperty().get()).isFalse();
        assertThat(model.lastSyncTextProperty().get()).isEqualTo("Synced just now");
    }

    @Test
    void theDemoPhoneSaysSimulatedOnceAndARealPhoneNamesItsBackend() {
        StatusBarViewModel demo = model(new SamplePhoneLink(new LinkState(true, "Demo phone", "Demo", "")), settings);
        StatusBarViewModel real = model(new SamplePhoneLink(new LinkState(true, "Pixel 8", "oFono", "")), settings);

        assertThat(demo.phoneTextProperty().get()).isEqualTo("Demo phone (simulated)");
        assertThat(demo.phoneDetailProperty().get()).isEqualTo("A simulated phone: calls and caller ids are made up.");
        assertThat(real.phoneTextProperty().get()).isEqualTo("Pixel 8 · oFono");
        assertThat(real.demoPhoneProperty().get()).isFalse();
    }

    @Test
    void theDemoPhoneSaysSimulatedInGerman() {
        StatusBarViewModel model = new StatusBarViewModel(sync, new SamplePhoneLink(new LinkState(true, "Demo phone",
                "Demo", "")), settings, Runnable::run, Messages.forLocale(Locale.GERMAN),
                Clock.fixed(NOW, ZoneOffset.UTC));

        model.start();

        assertThat(model.phoneTextProperty().get()).isEqualTo("Demo-Telefon (simuliert)");
    }

    @Test
    void saysWhenNoPhoneIsLinked() {
        StatusBarViewModel model = model(new SamplePhoneLink(LinkState.disconnected("oFono", "No modem")), settings);

        assertThat(model.phoneConnectedProperty().get()).isFalse();
        assertThat(model.phoneTextProperty().get()).isEqualTo("No phone linked");
        assertThat(model.phoneDetailProperty().get()).isEqualTo("No modem");
    }

    @Test
    void switchesVacationModeInTheSettings() {
        StatusBarViewModel model = model(SamplePhoneLink.demo(), settings);

        model.vacationModeProperty().set(true);

        assertThat(settings.vacationMode()).isTrue();
    }

    @Test
    void locksVacationModeWhenThePolicyFixesIt() {
        UserSettings fixed = new UserSettings(Map.of(SettingKey.VACATION_MODE, "false"), null);

        StatusBarViewModel model = model(SamplePhoneLink.demo(), fixed);

        assertThat(model.vacationLockedProperty().get()).isTrue();
    }
}
