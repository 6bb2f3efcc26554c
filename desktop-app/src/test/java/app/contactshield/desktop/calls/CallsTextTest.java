package app.contactshield.desktop.calls;

import static org.assertj.core.api.Assertions.assertThat;

import app.contactshield.graphsync.model.PhoneType;
import app.contactshield.graphsync.model.SourceId;
import java.util.Collections;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CallsTextTest {

    @Test
    void germanBundleTranslatesEveryEnglishKey() {
        ResourceBundle english = ResourceBundle.getBundle(CallsText.BUNDLE, Locale.ROOT);
        ResourceBundle german = ResourceBundle.getBundle(CallsText.BUNDLE, Locale.GERMAN);

        Set<String> missing = new TreeSet<>(Collections.list(english.getKeys()));
        missing.removeIf(key -> !german.getString(key).equals(english.getString(key))
                || key.startsWith("app.") || key.startsWith("source.dataverse") || key.startsWith("badge.demo")
                || key.startsWith("signin.client.prompt") || key.startsWith("phoneType.FAX")
                || key.startsWith("presence.Offline"));

        assertThat(missing).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({
        "graph.users, Company directory",
        "graph.outlook, Outlook contacts",
        "file:partners.csv, File partners.csv",
        "crm.custom, crm.custom"
    })
    void namesSourcesForPeople(String source, String expected) {
        assertThat(CallsText.forLocale(Locale.ENGLISH).source(new SourceId(source))).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"InAMeeting, In a meeting", "InACall, In a call", "OnTheRoadAgain, On the road again"})
    void namesActivitiesAndSplitsUnknownOnes(String activity, String expected) {
        assertThat(CallsText.forLocale(Locale.ENGLISH).activity(activity)).isEqualTo(expected);
    }

    @Test
    void germanPhoneTypes() {
        assertThat(CallsText.forLocale(Locale.GERMANY).phoneType(PhoneType.MOBILE)).isEqualTo("Mobil");
    }

    @ParameterizedTest
    @CsvSource({"+4989710412, +4989••••12", "'', (none)", "0151 12345620, 0151 ••••••20"})
    void masksNumbersForLogs(String raw, String expected) {
        assertThat(PhoneNumbers.mask(raw)).isEqualTo(expected);
    }
}
