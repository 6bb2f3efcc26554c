package app.contactshield.callerid.hfp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.contactshield.callerid.demo.AgProfile;
import app.contactshield.callerid.demo.ClipFormat;
import app.contactshield.callerid.link.CallState;
import app.contactshield.callerid.link.LinkState;
import app.contactshield.callerid.link.PhoneCall;
import app.contactshield.callerid.link.PhoneLinkException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Full sessions: the real engine against a simulated iPhone-like or Android-like phone over a socket pair. */
class HandsFreeEngineTest {

    private static final Duration WAIT = RecordingListener.WAIT;

    @TempDir
    Path dir;

    static Stream<Arguments> phones() {
        return Stream.of(
                Arguments.of(AgProfile.iphoneLike(), List.of("service", "call", "callsetup", "battchg", "signal",
                        "roam", "callheld"), List.of("AT+BRSF=" + HfpFeatures.DEFAULT_HF, "AT+BAC=1,2", "AT+CIND=?",
                        "AT+CIND?", "AT+CMER=3,0,0,1", "AT+CHLD=?", "AT+CLIP=1", "AT+CCWA=1", "AT+CMEE=1",
                        "AT+CLCC")),
                Arguments.of(AgProfile.androidLike(), List.of("call", "callsetup", "service", "signal", "roam",
                        "battchg", "callheld"), List.of("AT+BRSF=" + HfpFeatures.DEFAULT_HF, "AT+BAC=1,2",
                        "AT+CIND=?", "AT+CIND?", "AT+CMER=3,0,0,1", "AT+CHLD=?", "AT+BIND=1,2", "AT+BIND=?",
                        "AT+BIND?", "AT+CLIP=1", "AT+CCWA=1", "AT+CMEE=1", "AT+CLCC")));
    }

    static Stream<AgProfile> profiles() {
        return Stream.of(AgProfile.iphoneLike(), AgProfile.androidLike());
    }

    private static LinkState connected(LoopbackPhone link) throws Exception {
        LinkState state = link.engine.setup().get(WAIT.toSeconds(), TimeUnit.SECONDS);
        assertThat(state.connected()).as("link up: %s", state).isTrue();
        return state;
    }

    private static boolean settled(LoopbackPhone link, String command) throws InterruptedException {
        return link.phone.awaitCommand(command, WAIT);
    }

    @ParameterizedTest
    @MethodSource("phones")
    void serviceLevelConnectionCompletesWithEachPhonesIndicatorOrder(AgProfile profile, List<String> indicators,
                                                                     List<String> commands) throws Exception {
        try (LoopbackPhone link = LoopbackPhone.start(dir, profile)) {

            LinkState state = connected(link);
            settled(link, "AT+CLCC");

            assertThat(state.backend()).isEqualTo("Hands-free");
            assertThat(state.phoneName()).isEqualTo("Loopback phone");
            assertThat(link.engine.indicatorNames()).isEqualTo(indicators);
            assertThat(link.phone.receivedCommands()).isEqualTo(commands);
            assertThat(link.engine.phoneFeatures()).isEqualTo(profile.features());
        }
    }

    @ParameterizedTest
    @MethodSource("profiles")
    void incomingCallWithLateClipIsReportedAtOnceThenGetsItsNumber(AgProfile profile) throws Exception {
        AgProfile late = profile.withClipTiming(AgProfile.ClipTiming.FROM_SECOND_RING).withBareClccWhileRinging();
        try (LoopbackPhone link = LoopbackPhone.start(dir, late)) {
            connected(link);
            settled(link, "AT+CLCC");

            link.phone.ring("+498971040120", ClipFormat.INTERNATIONAL);
            PhoneCall first = link.events.await(c -> c.state() == CallState.INCOMING);
            link.phone.ringAgain();
            PhoneCall named = link.events.await(c -> !c.number().isEmpty());

            assertThat(first.number()).isEmpty();
            assertThat(named.callId()).isEqualTo(first.callId());
            assertThat(named.number()).isEqualTo("+498971040120");
            assertThat(named.state()).isEqualTo(CallState.INCOMING);
            assertThat(link.events.threads()).allMatch(t -> t.startsWith("hfp-events-"));
        }
    }

    @ParameterizedTest
    @MethodSource("profiles")
    void callListGivesTheNumberWhenClipNeverArrives(AgProfile profile) throws Exception {
        try (LoopbackPhone link = LoopbackPhone.start(dir, profile.withClipTiming(AgProfile.ClipTiming.NEVER))) {
            connected(link);
            settled(link, "AT+CLCC");

            link.phone.ring("08971040233", ClipFormat.NATIONAL);
            PhoneCall named = link.events.await(c -> !c.number().isEmpty());

            assertThat(named.number()).isEqualTo("08971040233");
            assertThat(named.state()).isEqualTo(CallState.INCOMING);
        }
    }

    @Test
    void bareOkToCallListWhileRingingKeepsTheCallAndTheNumberComesOnceAnswered() throws Exception {
        AgProfile quirky = AgProfile.androidLike().withClipTiming(AgProfile.ClipTiming.NEVER)
                .withBareClccWhileRinging();
        try (LoopbackPhone link = LoopbackPhone.start(dir, quirky)) {
            connected(link);
            settled(link, "AT+CLCC");

            link.phone.ring("00498971040345", ClipFormat.INTERNATIONAL_00);
            PhoneCall ringing = link.events.await(c -> c.state() == CallState.INCOMING);
            link.phone.ringAgain();
            link.phone.ringAgain();
            link.engine.answer(ringing.callId());
            PhoneCall active = link.events.await(c -> c.state() == CallState.ACTIVE && !c.number().isEmpty());

            assertThat(active.callId()).isEqualTo(ringing.callId());
            assertThat(active.number()).isEqualTo("00498971040345");
            assertThat(link.events.calls()).noneMatch(c -> c.state() == CallState.ENDED);
            assertThat(link.phone.receivedCommands()).contains("ATA");
        }
    }

    @ParameterizedTest
    @MethodSource("profiles")
    void withheldCallerIsReportedWithheld(AgProfile profile) throws Exception {
        try (LoopbackPhone link = LoopbackPhone.start(dir, profile)) {
            connected(link);
            settled(link, "AT+CLCC");

            link.phone.ring("", ClipFormat.WITHHELD);
            PhoneCall call = link.events.await(PhoneCall::withheld);

            assertThat(call.number()).isEmpty();
            assertThat(call.state()).isEqualTo(CallState.INCOMING);
        }
    }

    @ParameterizedTest
    @MethodSource("profiles")
    void rejectingARingingCallSendsChupAndEndsIt(AgProfile profile) throws Exception {
        try (LoopbackPhone link = LoopbackPhone.start(dir, profile)) {
            connected(link);
            link.phone.ring("498971040120", ClipFormat.INTERNATIONAL_NO_PLUS);
            PhoneCall ringing = link.events.await(c -> !c.number().isEmpty());

            link.engine.hangUp(ringing.callId());
            PhoneCall ended = link.events.await(c -> c.state() == CallState.ENDED);

            assertThat(ringing.number()).isEqualTo("+498971040120");
            assertThat(ended.callId()).isEqualTo(ringing.callId());
            assertThat(link.phone.receivedCommands()).contains("AT+CHUP");
            assertThat(link.phone.callCount()).isZero();
        }
    }

    @ParameterizedTest
    @MethodSource("profiles")
    void callerHangingUpEndsTheRingingCall(AgProfile profile) throws Exception {
        try (LoopbackPhone link = LoopbackPhone.start(dir, profile)) {
            connected(link);
            link.phone.ring("08971040233", ClipFormat.NATIONAL);
            PhoneCall ringing = link.events.await(c -> c.state() == CallState.INCOMING);

            link.phone.callerHangsUp();
            PhoneCall ended = link.events.await(c -> c.state() == CallState.ENDED);

            assertThat(ended.callId()).isEqualTo(ringing.callId());
            assertThat(link.engine.calls()).isEmpty();
        }
    }

    @ParameterizedTest
    @MethodSource("profiles")
    void waitingCallIsAnsweredWithChld2AndTheFirstCallIsHeld(AgProfile profile) throws Exception {
        try (LoopbackPhone link = LoopbackPhone.start(dir, profile)) {
            connected(link);
            link.phone.ring("08971040233", ClipFormat.NATIONAL);
            PhoneCall first = link.events.await(c -> c.state() == CallState.INCOMING);
            link.engine.answer(first.callId());
            link.events.await(c -> c.state() == CallState.ACTIVE);

            link.phone.callWaiting("+498971040120", ClipFormat.INTERNATIONAL);
            PhoneCall waiting = link.events.await(c -> c.state() == CallState.WAITING && !c.number().isEmpty());
            link.phone.repeatCallWaiting();
            link.phone.repeatCallWaiting();
            link.engine.answer(waiting.callId());
            PhoneCall held = link.events.await(c -> c.callId().equals(first.callId())
                    && c.state() == CallState.HELD);
            PhoneCall second = link.events.await(c -> c.callId().equals(waiting.callId())
                    && c.state() == CallState.ACTIVE);

            assertThat(waiting.number()).isEqualTo("+498971040120");
            assertThat(link.events.calls()).filteredOn(c -> c.state() == CallState.WAITING && !c.number().isEmpty())
                    .hasSize(1);
            assertThat(held.number()).isEqualTo("08971040233");
            assertThat(second.number()).isEqualTo("+498971040120");
            assertThat(link.phone.receivedCommands()).contains("ATA", "AT+CHLD=2");
        }
    }

    @Test
    void waitingCallIsRejectedWithChld0AndTheActiveCallStays() throws Exception {
        try (LoopbackPhone link = LoopbackPhone.start(dir, AgProfile.iphoneLike())) {
            connected(link);
            link.phone.ring("08971040233", ClipFormat.NATIONAL);
            PhoneCall first = link.events.await(c -> c.state() == CallState.INCOMING);
            link.engine.answer(first.callId());
            link.events.await(c -> c.state() == CallState.ACTIVE);
            link.phone.callWaiting("", ClipFormat.WITHHELD);
            PhoneCall waiting = link.events.await(c -> c.state() == CallState.WAITING && c.withheld());

            link.engine.hangUp(waiting.callId());
            link.events.await(c -> c.callId().equals(waiting.callId()) && c.state() == CallState.ENDED);

            assertThat(waiting.withheld()).isTrue();
            assertThat(link.phone.receivedCommands()).contains("AT+CHLD=0");
            assertThat(link.engine.calls()).extracting(PhoneCall::state).containsExactly(CallState.ACTIVE);
        }
    }

    @ParameterizedTest
    @MethodSource("profiles")
    void dialWithHiddenCallerIdUsesThePrefixAndFollowsTheCall(AgProfile profile) throws Exception {
        try (LoopbackPhone link = LoopbackPhone.start(dir, profile)) {
            connected(link);

            link.engine.dial("089 7104-0233", true);
            PhoneCall alerting = link.events.await(c -> c.state() == CallState.ALERTING);
            link.phone.remoteAnswers();
            link.events.await(c -> c.state() == CallState.ACTIVE);
            link.phone.remoteHangsUp();
            PhoneCall ended = link.events.await(c -> c.state() == CallState.ENDED);

            assertThat(link.phone.receivedCommands()).contains("ATD#31#08971040233;");
            assertThat(alerting.number()).isEqualTo("08971040233");
            assertThat(link.events.calls()).extracting(PhoneCall::number).containsOnly("08971040233");
            assertThat(ended.callId()).isEqualTo(alerting.callId());
        }
    }

    @Test
    void phoneLeavingEndsCallsAndReportsTheLinkDown() throws Exception {
        try (LoopbackPhone link = LoopbackPhone.start(dir, AgProfile.iphoneLike())) {
            connected(link);
            link.phone.ring("08971040233", ClipFormat.NATIONAL);
            link.events.await(c -> c.state() == CallState.INCOMING);

            link.phone.close();
            LinkState down = link.events.awaitLink(s -> !s.connected());
            link.events.await(c -> c.state() == CallState.ENDED);

            assertThat(down.backend()).isEqualTo("Hands-free");
            assertThat(down.detail()).isNotBlank();
            assertThatThrownBy(() -> link.engine.answer("hfp-1")).isInstanceOf(PhoneLinkException.class);
        }
    }

    @ParameterizedTest
    @MethodSource("profiles")
    void engineOnlySpeaksAtAndNeverAsksForThePhonebook(AgProfile profile) throws Exception {
        try (LoopbackPhone link = LoopbackPhone.start(dir, profile)) {
            connected(link);
            link.phone.ring("08971040233", ClipFormat.NATIONAL);
            PhoneCall ringing = link.events.await(c -> !c.number().isEmpty());
            link.engine.answer(ringing.callId());
            link.events.await(c -> c.state() == CallState.ACTIVE);

            List<String> commands = link.phone.receivedCommands();

            assertThat(commands).allMatch(c -> c.startsWith("AT"));
            assertThat(commands).noneMatch(c -> c.contains("CPB") || c.contains("CNUM") || c.contains("CMG"));
        }
    }

    @Test
    void closingTheEngineTellsListenersAndIsIdempotent() throws Exception {
        LoopbackPhone link = LoopbackPhone.start(dir, AgProfile.iphoneLike());
        connected(link);

        link.engine.close();
        link.engine.close();
        LinkState down = link.events.awaitLink(s -> !s.connected());
        link.phone.close();

        assertThat(down.detail()).contains("closed");
        assertThat(link.engine.state().connected()).isFalse();
    }

    @Test
    void listenerMayRejectARingingCallFromTheEventThreadWithoutBlockingIt() throws Exception {
        try (LoopbackPhone link = LoopbackPhone.start(dir, AgProfile.iphoneLike())) {
            connected(link);
            link.engine.addListener(call -> {
                if (call.state() == CallState.INCOMING && !call.number().isEmpty()) {
                    try {
                        link.engine.hangUp(call.callId());
                    } catch (PhoneLinkException e) {
                        throw new AssertionError(e);
                    }
                }
            });

            link.phone.ring("08971040233", ClipFormat.NATIONAL);
            PhoneCall ended = link.events.await(c -> c.state() == CallState.ENDED);

            assertThat(ended.number()).isEqualTo("08971040233");
            assertThat(link.phone.receivedCommands()).contains("AT+CHUP");
        }
    }

    @Test
    void failingListenerDoesNotStopTheOthers() throws Exception {
        try (LoopbackPhone link = LoopbackPhone.start(dir, AgProfile.androidLike())) {
            link.engine.addListener(call -> {
                throw new IllegalStateException("listener bug");
            });
            link.engine.removeListener(link.events);
            link.engine.addListener(link.events);
            connected(link);

            link.phone.ring("+498971040120", ClipFormat.INTERNATIONAL);
            PhoneCall ringing = link.events.await(c -> !c.number().isEmpty());

            assertThat(ringing.state()).isEqualTo(CallState.INCOMING);
            assertThat(link.engine.calls()).containsExactly(ringing);
        }
    }

    @Test
    void silentPhoneFailsTheSetupOnTheRealTimerAndClosesTheSocket() throws Exception {
        UnixDomainSocketAddress address = UnixDomainSocketAddress.of(dir.resolve("silent.sock"));
        try (ServerSocketChannel server = ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
            server.bind(address);
            SocketChannel engineSide = SocketChannel.open(StandardProtocolFamily.UNIX);
            engineSide.connect(address);
            try (SocketChannel silent = server.accept();
                 HandsFreeEngine engine = HandsFreeEngine.start(engineSide, HandsFreeSettings.forPhone("Silent")
                         .withResponseTimeout(Duration.ofMillis(300)))) {

                LinkState state = engine.setup().get(WAIT.toSeconds(), TimeUnit.SECONDS);
                int read = silent.read(ByteBuffer.allocate(64));
                int afterClose = silent.read(ByteBuffer.allocate(64));

                assertThat(state.connected()).isFalse();
                assertThat(state.detail()).contains("AT+BRSF");
                assertThat(read).isPositive();
                assertThat(afterClose).isEqualTo(-1);
            }
        }
    }
}
