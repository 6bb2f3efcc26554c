package app.contactshield.callerid.demo;

import static org.assertj.core.api.Assertions.assertThat;

import app.contactshield.callerid.hfp.RecordingListener;
import app.contactshield.callerid.link.CallState;
import app.contactshield.callerid.link.LinkState;
import app.contactshield.callerid.link.PhoneCall;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class DemoPhoneLinkTest {

    private static LinkState up(DemoPhoneLink demo) throws Exception {
        return demo.setup().get(RecordingListener.WAIT.toSeconds(), TimeUnit.SECONDS);
    }

    @Test
    void demoLinkComesUpWithTheDemoBackend() throws Exception {
        try (DemoPhoneLink demo = DemoPhoneLink.start(AgProfile.iphoneLike(), Duration.ZERO)) {

            LinkState state = up(demo);

            assertThat(state.connected()).isTrue();
            assertThat(state.backend()).isEqualTo("Demo");
            assertThat(demo.state()).isEqualTo(state);
        }
    }

    @Test
    void demoCallersArriveInTheFormatsNetworksUse() throws Exception {
        try (DemoPhoneLink demo = DemoPhoneLink.start(AgProfile.androidLike(), Duration.ZERO)) {
            RecordingListener events = new RecordingListener();
            demo.addListener(events);
            up(demo);
            List<PhoneCall> identified = new ArrayList<>();

            for (int i = 0; i < DemoScript.CALLERS.size(); i++) {
                int before = events.calls().size();
                demo.ringNow();
                identified.add(events.await(c -> events.calls().indexOf(c) >= before
                        && (!c.number().isEmpty() || c.withheld())));
                demo.phone().callerHangsUp();
                events.await(c -> events.calls().indexOf(c) >= before && c.state() == CallState.ENDED);
            }

            assertThat(identified).extracting(PhoneCall::number)
                    .containsExactly("08971040202", "+491700942531", "0049897104201", "+49897104100",
                            "+498971040250", "", "030901820");
            assertThat(identified).extracting(PhoneCall::withheld)
                    .containsExactly(false, false, false, false, false, true, false);
        }
    }

    @Test
    void answeringAndHiddenDialGoThroughTheRealEngine() throws Exception {
        try (DemoPhoneLink demo = DemoPhoneLink.start(AgProfile.iphoneLike(), Duration.ZERO)) {
            RecordingListener events = new RecordingListener();
            demo.addListener(events);
            up(demo);
            demo.ringNow();
            PhoneCall ringing = events.await(c -> c.state() == CallState.INCOMING);

            demo.answer(ringing.callId());
            events.await(c -> c.state() == CallState.ACTIVE);
            demo.hangUp(ringing.callId());
            events.await(c -> c.state() == CallState.ENDED);
            demo.dial("+49 89 7104 0120", true);

            assertThat(demo.phone().receivedCommands()).contains("ATA", "AT+CHUP", "ATD#31#+498971040120;");
        }
    }

    @Test
    void scriptRingsByItselfAndTheCallerGivesUp() throws Exception {
        try (DemoPhoneLink demo = DemoPhoneLink.start(AgProfile.iphoneLike(), Duration.ofMillis(100),
                Duration.ofMillis(50))) {
            RecordingListener events = new RecordingListener();
            demo.addListener(events);

            PhoneCall ringing = events.await(c -> c.state() == CallState.INCOMING);
            PhoneCall ended = events.await(c -> c.callId().equals(ringing.callId()) && c.state() == CallState.ENDED);

            assertThat(ended.number()).isEqualTo("08971040202");
            assertThat(demo.phone().receivedCommands()).doesNotContain("ATA");
        }
    }

    @Test
    void scriptAnswersOnTheHandsetAndASecondCallWaitsOnIt() throws Exception {
        try (DemoPhoneLink demo = DemoPhoneLink.start(AgProfile.iphoneLike(), Duration.ofMillis(100),
                Duration.ofMillis(50))) {
            RecordingListener events = new RecordingListener();
            demo.addListener(events);

            PhoneCall waiting = events.await(c -> c.state() == CallState.WAITING && !c.number().isEmpty());
            List<PhoneCall> active = events.calls().stream().filter(c -> c.state() == CallState.ACTIVE).toList();

            assertThat(waiting.number()).isEqualTo("0049897104201");
            assertThat(active).extracting(PhoneCall::number).containsExactly("+491700942531");
            assertThat(demo.calls()).hasSize(2);
            assertThat(demo.phone().receivedCommands()).doesNotContain("ATA");
        }
    }

    @Test
    void aCallDialledOnTheDemoPhoneIsAnsweredAndEndsByItself() throws Exception {
        try (DemoPhoneLink demo = DemoPhoneLink.start(AgProfile.iphoneLike(), Duration.ZERO, Duration.ofMillis(50))) {
            up(demo);
            RecordingListener events = new RecordingListener();
            demo.addListener(events);

            demo.dial("0897104726", false);
            PhoneCall alerting = events.await(c -> c.state() == CallState.ALERTING);
            PhoneCall active = events.await(c -> c.callId().equals(alerting.callId()) && c.state() == CallState.ACTIVE);
            PhoneCall ended = events.await(c -> c.callId().equals(alerting.callId()) && c.state() == CallState.ENDED);

            assertThat(active.number()).isEqualTo("0897104726");
            assertThat(ended.callId()).isEqualTo(alerting.callId());
            assertThat(demo.calls()).isEmpty();
        }
    }
}
