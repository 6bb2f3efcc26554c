package app.contactshield.desktop.ui.status;

import app.contactshield.callerid.link.LinkState;
import app.contactshield.callerid.link.PhoneCall;
import app.contactshield.callerid.link.PhoneLink;
import app.contactshield.callerid.link.PhoneLinkListener;
import app.contactshield.desktop.ui.Messages;
import app.contactshield.desktop.ui.PhoneNames;
import app.contactshield.desktop.ui.detail.PresenceText;
import app.contactshield.desktop.ui.settings.SettingKey;
import app.contactshield.desktop.ui.settings.SettingsModel;
import app.contactshield.graphsync.model.SourceId;
import app.contactshield.graphsync.sync.SyncProgress;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The status bar: sync progress with counts, the last sync time (or why the last sync failed), the phone link
 * ("Pixel 8 · oFono", or "Demo phone (simulated)" for the demo) and the vacation mode toggle. Events arrive on
 * other threads and are handed to the UI executor.
 */
public final class StatusBarViewModel {
    private final SyncStatusFeed sync;
    private final PhoneLink phone;
    private final SettingsModel settings;
    private final Executor ui;
    private final Messages messages;
    private final Clock clock;
    private final PresenceText durations;
    private final Map<SourceId, SyncProgress> running = new LinkedHashMap<>();
    private final BooleanProperty syncing = new SimpleBooleanProperty(this, "syncing");
    private final DoubleProperty syncFraction = new SimpleDoubleProperty(this, "syncFraction", -1);
    private final StringProperty syncText = new SimpleStringProperty(this, "syncText", "");
    private final StringProperty lastSyncText = new SimpleStringProperty(this, "lastSyncText", "");
    private final BooleanProperty syncFailed = new SimpleBooleanProperty(this, "syncFailed");
    private final BooleanProperty phoneConnected = new SimpleBooleanProperty(this, "phoneConnected");
    private final BooleanProperty demoPhone = new SimpleBooleanProperty(this, "demoPhone");
    private final StringProperty phoneText = new SimpleStringProperty(this, "phoneText", "");
    private final StringProperty phoneDetail = new SimpleStringProperty(this, "phoneDetail", "");
    private final BooleanProperty vacationMode = new SimpleBooleanProperty(this, "vacationMode");
    private final BooleanProperty vacationLocked = new SimpleBooleanProperty(this, "vacationLocked");
    private Instant lastSync;
    private String failureKey;

    /**
     * @param sync     sync events
     * @param phone    the phone link
     * @param settings for vacation mode
     * @param ui       runs on the JavaFX thread
     * @param messages texts
     * @param clock    for the age of the last sync
     */
    public StatusBarViewModel(SyncStatusFeed sync, PhoneLink phone, SettingsModel settings, Executor ui,
            Messages messages, Clock clock) {
        this.sync = sync;
        this.phone = phone;
        this.settings = settings;
        this.ui = ui;
        this.messages = messages;
        this.clock = clock;
        this.durations = new PresenceText(messages, clock);
    }

    /** Reads the current state and follows changes. */
    public void start() {
        lastSync = sync.lastCompletedAt().orElse(null);
        updateLastSync();
        showLink(phone.state());
        vacationMode.set(settings.vacationMode());
        vacationLocked.set(settings.isLocked(SettingKey.VACATION_MODE));
        vacationMode.addListener((obs, old, on) -> {
            if (!settings.isLocked(SettingKey.VACATION_MODE) && on != settings.vacationMode()) {
                settings.set(SettingKey.VACATION_MODE, Boolean.toString(on));
            }
        });
        settings.addListener((key, value) -> {
            if (key == SettingKey.VACATION_MODE) {
                ui.execute(() -> vacationMode.set(Boolean.parseBoolean(value)));
            }
        });
        sync.addListener(new SyncStatusFeed.Listener() {
            @Override
            public void progress(SyncProgress progress) {
                ui.execute(() -> showProgress(progress));
            }

            @Override
            public void completed(Instant at) {
                ui.execute(() -> showCompleted(at));
            }

            @Override
            public void failed(Instant at, String reasonKey) {
                ui.execute(() -> showFailed(reasonKey));
            }
        });
        phone.addListener(new PhoneLinkListener() {
            @Override
            public void callChanged(PhoneCall call) {
                // The status bar shows the link, not calls.
            }

            @Override
            public void linkChanged(LinkState state) {
                ui.execute(() -> showLink(state));
            }
        });
    }

    /** Takes one progress event; call on the JavaFX thread. */
    public void showProgress(SyncProgress progress) {
        running.put(progress.source(), progress);
        int contacts = running.values().stream().mapToInt(SyncProgress::contacts).sum();
        int pages = running.values().stream().mapToInt(SyncProgress::pages).sum();
        long done = running.values().stream().filter(SyncProgress::done).count();
        syncing.set(done < running.size());
        syncFraction.set(done == 0 ? -1 : (double) done / running.size());
        syncText.set(messages.get("status.syncing", contacts, pages, done, running.size()));
    }

    /** Marks the sync run complete; call on the JavaFX thread. */
    public void showCompleted(Instant at) {
        running.clear();
        syncing.set(false);
        syncFraction.set(1);
        syncText.set("");
        lastSync = at;
        failureKey = null;
        syncFailed.set(false);
        updateLastSync();
    }

    /**
     * Marks the sync run failed: the last successful time stays and is shown with a short reason; call on the
     * JavaFX thread.
     *
     * @param reasonKey the failure's resource-bundle key ({@code sync.error.pageFailed})
     */
    public void showFailed(String reasonKey) {
        running.clear();
        syncing.set(false);
        syncText.set("");
        failureKey = reasonKey == null ? "sync.error.unexpected" : reasonKey;
        syncFailed.set(true);
        updateLastSync();
    }

    /** Asks for a sync now (the retry action shown after a failure). */
    public void retry() {
        sync.retry();
    }

    /** Re-reads the age of the last sync (called by a timer). */
    public void updateLastSync() {
        if (failureKey != null) {
            String reason = messages.getOrDefault("status.syncFailed.reason." + failureKey,
                    messages.get("status.syncFailed.reason.sync.error.unexpected"));
            lastSyncText.set(lastSync == null ? messages.get("status.syncFailed.never", reason)
                    : messages.get("status.syncFailed", reason, age(lastSync)));
            return;
        }
        if (lastSync == null) {
            lastSyncText.set(messages.get("status.neverSynced"));
            return;
        }
        Duration age = Duration.between(lastSync, clock.instant());
        lastSyncText.set(age.getSeconds() < 60
                ? messages.get("status.syncedJustNow")
                : messages.get("status.synced", durations.duration(age)));
    }

    private String age(Instant at) {
        Duration age = Duration.between(at, clock.instant());
        return age.getSeconds() < 60 ? messages.get("status.age.justNow")
                : messages.get("status.age.ago", durations.duration(age));
    }

    /** Takes a link state; call on the JavaFX thread. */
    public void showLink(LinkState state) {
        boolean demo = "Demo".equalsIgnoreCase(state.backend());
        phoneConnected.set(state.connected());
        demoPhone.set(demo);
        if (state.connected()) {
            String name = state.phoneName().isBlank() ? messages.get("status.phone.unnamed")
                    : PhoneNames.shown(state, messages);
            phoneText.set(demo ? messages.get("status.phone.simulated", name)
                    : messages.get("status.phone.connected", name, state.backend()));
        } else {
            phoneText.set(messages.get("status.phone.disconnected"));
        }
        phoneDetail.set(demo && state.detail().isBlank() ? messages.get("status.demo.tooltip") : state.detail());
    }

    /** Registers for the one-second ticks that keep ages current. */
    public Consumer<Instant> ticker() {
        return now -> updateLastSync();
    }

    public BooleanProperty syncingProperty() {
        return syncing;
    }

    public DoubleProperty syncFractionProperty() {
        return syncFraction;
    }

    public StringProperty syncTextProperty() {
        return syncText;
    }

    public StringProperty lastSyncTextProperty() {
        return lastSyncText;
    }

    /** Whether the last run failed, so that the retry action shows. */
    public BooleanProperty syncFailedProperty() {
        return syncFailed;
    }

    public BooleanProperty phoneConnectedProperty() {
        return phoneConnected;
    }

    public BooleanProperty demoPhoneProperty() {
        return demoPhone;
    }

    public StringProperty phoneTextProperty() {
        return phoneText;
    }

    public StringProperty phoneDetailProperty() {
        return phoneDetail;
    }

    public BooleanProperty vacationModeProperty() {
        return vacationMode;
    }

    public BooleanProperty vacationLockedProperty() {
        return vacationLocked;
    }
}
