package app.contactshield.desktop.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.contactshield.desktop.links.CapturingLinkOpener;
import app.contactshield.desktop.ui.presence.StaticPresenceFeed;
import app.contactshield.desktop.ui.sample.InMemoryContactStore;
import app.contactshield.desktop.ui.sample.SamplePhoneLink;
import app.contactshield.desktop.ui.settings.SettingKey;
import app.contactshield.desktop.ui.settings.UserSettings;
import app.contactshield.desktop.ui.status.ManualSyncStatusFeed;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The call window speaks the language the settings choose, not only the OS's. */
class AppContextLanguageTest {

    private static AppContext context(String language, Locale os) {
        AppContext.Parts parts = new AppContext.Parts(InMemoryContactStore.of(List.of()), SamplePhoneLink.demo(),
                new StaticPresenceFeed(), new UserSettings(Map.of(SettingKey.LANGUAGE, language), null),
                new ManualSyncStatusFeed(null), true, List.of());
        return new AppContext(parts, new CapturingLinkOpener(), WorkerThreads.create("language-test", 1),
                Runnable::run, Clock.systemUTC(), os, false);
    }

    @Test
    void germanSettingGivesGermanCallTextsOnAnEnglishSystem() {
        AppContext context = context("de", Locale.US);

        assertThat(context.callsText().get("history.title")).isEqualTo("Letzte Anrufe");
        assertThat(context.messages().get("toolbar.card")).isEqualTo("Meine Karte");
        context.close();
    }

    @Test
    void systemSettingFollowsTheOs() {
        AppContext context = context("system", Locale.GERMANY);

        assertThat(context.callsText().locale().getLanguage()).isEqualTo("de");
        context.close();
    }
}
