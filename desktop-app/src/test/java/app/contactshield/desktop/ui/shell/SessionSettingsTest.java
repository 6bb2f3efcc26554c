package app.contactshield.desktop.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.contactshield.callerid.link.LinkState;
import app.contactshield.callerid.link.PhoneCall;
import app.contactshield.callerid.link.PhoneLink;
import app.contactshield.callerid.link.PhoneLinkException;
import app.contactshield.callerid.link.PhoneLinkListener;
import app.contactshield.graphsync.model.PersonKey;
import app.contactshield.graphsync.presence.PresenceClient;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The presence interval and the preferred phone take effect while the app runs. */
class SessionSettingsTest {
    private static final PresenceClient CLOSED_PORT = new PresenceClient(HttpClient.newHttpClient(),
            URI.create("http://127.0.0.1:9/v1.0/"), () -> "t", Clock.systemUTC());

    @Test
    void presenceIntervalChangeReplacesThePollerAndKeepsWatchingTheSamePeople() {
        try (PresencePolling polling = new PresencePolling(CLOSED_PORT, Duration.ofSeconds(30), Clock.systemUTC())) {
            polling.feed().watch(List.of(new PersonKey("oid:ada")));

            polling.changeInterval(Duration.ofSeconds(45));

            assertThat(polling.interval()).isEqualTo(Duration.ofSeconds(45));
            polling.changeInterval(Duration.ofSeconds(3));
            assertThat(polling.interval()).as("never under the minimum").isEqualTo(Duration.ofSeconds(10));
        }
    }

    @Test
    void preferredPhoneChangeOpensTheNamedPhoneAndTellsTheListeners() {
        List<String> opened = new ArrayList<>();
        SwitchingPhoneLink link = new SwitchingPhoneLink(name -> {
            opened.add(name);
            return name.isEmpty() ? new NoPhonePaired(name) : new NamedPhone(name);
        }, "");
        List<LinkState> told = new ArrayList<>();
        link.addListener(new PhoneLinkListener() {
            @Override
            public void callChanged(PhoneCall call) {
            }

            @Override
            public void linkChanged(LinkState state) {
                told.add(state);
            }
        });

        link.switchTo("Pixel 8");

        assertThat(opened).containsExactly("", "Pixel 8");
        assertThat(link.state().phoneName()).isEqualTo("Pixel 8");
        assertThat(told).extracting(LinkState::connected).containsExactly(true);
    }

    @Test
    void withoutAPairedPhoneCommandsFailWithAClearMessage() {
        NoPhonePaired none = new NoPhonePaired("");

        assertThat(none.state().connected()).isFalse();
        assertThat(none.state().backend()).isEqualTo(NoPhonePaired.BACKEND);
        assertThatThrownBy(() -> none.dial("+49897104215", false)).isInstanceOf(PhoneLinkException.class)
                .hasMessageContaining("No phone is paired");
    }

    /** A connected phone by name that does nothing else. */
    private static final class NamedPhone implements PhoneLink {
        private final String name;

        NamedPhone(String name) {
            this.name = name;
        }

        @Override
        public void addListener(PhoneLinkListener listener) {
        }

        @Override
        public void removeListener(PhoneLinkListener listener) {
        }

        @Override
        public LinkState state() {
            return new LinkState(true, name, "Hands-free", "");
        }

        @Override
        public List<PhoneCall> calls() {
            return List.of();
        }

        @Override
        public void answer(String callId) {
        }

        @Override
        public void hangUp(String callId) {
        }

        @Override
        public void dial(String number, boolean hideCallerId) {
        }

        @Override
        public void close() {
        }
    }
}
