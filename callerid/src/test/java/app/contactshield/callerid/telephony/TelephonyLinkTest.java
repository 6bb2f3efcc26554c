package app.contactshield.callerid.telephony;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import org.freedesktop.dbus.types.Variant;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import app.contactshield.callerid.bluez.AllowedPhones;
import app.contactshield.callerid.bluez.PrivateDbusDaemon;
import app.contactshield.callerid.link.CallState;
import app.contactshield.callerid.link.LinkState;
import app.contactshield.callerid.link.PhoneCall;
import app.contactshield.callerid.link.PhoneLinkException;
import app.contactshield.callerid.link.PhoneLinkListener;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TelephonyLinkTest {

    private static final long TIMEOUT_SECONDS = 15;

    @TempDir
    static Path busDir;

    private static PrivateDbusDaemon daemon;
    private static OfonoMock ofono;
    private static int nextCall = 10;

    private final Recorder events = new Recorder();
    private TelephonyLink link;

    @BeforeAll
    static void startOfono() throws Exception {
        Assumptions.assumeTrue(PrivateDbusDaemon.available(), PrivateDbusDaemon.missingMessage());
        Assumptions.assumeTrue(OfonoMock.available(), OfonoMock.missingMessage());
        daemon = PrivateDbusDaemon.start(busDir);
        ofono = OfonoMock.start(daemon.address(), busDir);
    }

    @AfterAll
    static void stopOfono() throws Exception {
        if (ofono != null) {
            ofono.close();
        }
        if (daemon != null) {
            daemon.close();
        }
    }

    @AfterEach
    void closeLink() {
        if (link != null) {
            link.close();
        }
    }

    @Test
    void findsTheHandsFreeModemAndReportsTheLinkConnected() throws Exception {
        link = openOfono(AllowedPhones.anyPhone());

        LinkState state = events.awaitLink(LinkState::connected);

        assertThat(state.backend()).isEqualTo("oFono");
        assertThat(link.serviceName()).isEqualTo("org.ofono");
        assertThat(link.hidesCallerIdNatively()).isTrue();
    }

    @Test
    void reportsAnIncomingCallWithTheNumberTheNetworkDelivered() throws Exception {
        link = openConnected(AllowedPhones.anyPhone());

        String callPath = ofono.ring(newCallName(), "+498971041234", "incoming");

        PhoneCall call = events.awaitCall(c -> c.callId().equals(callPath));
        assertThat(call.state()).isEqualTo(CallState.INCOMING);
        assertThat(call.number()).isEqualTo("+498971041234");
        assertThat(call.withheld()).isFalse();
        assertThat(link.calls()).contains(call);
        ofono.remove(callPath);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "withheld"})
    void reportsAWithheldCallerWithoutANumber(String lineIdentification) throws Exception {
        link = openConnected(AllowedPhones.anyPhone());

        String callPath = ofono.ring(newCallName(), lineIdentification, "incoming");

        PhoneCall call = events.awaitCall(c -> c.callId().equals(callPath));
        assertThat(call.withheld()).isTrue();
        assertThat(call.number()).isEmpty();
        ofono.remove(callPath);
    }

    @Test
    void reportsACallWaitingDuringAnotherCall() throws Exception {
        link = openConnected(AllowedPhones.anyPhone());

        String callPath = ofono.ring(newCallName(), "+498971049876", "waiting");

        assertThat(events.awaitCall(c -> c.callId().equals(callPath)).state()).isEqualTo(CallState.WAITING);
        ofono.remove(callPath);
    }

    @Test
    void answeringMakesTheServiceAnswerAndTheCallActive() throws Exception {
        link = openConnected(AllowedPhones.anyPhone());
        String callPath = ofono.ring(newCallName(), "+498971041234", "incoming");
        events.awaitCall(c -> c.callId().equals(callPath) && c.state() == CallState.INCOMING);

        link.answer(callPath);

        assertThat(ofono.calls(callPath, "Answer")).hasSize(1);
        PhoneCall active = events.awaitCall(c -> c.callId().equals(callPath) && c.state() == CallState.ACTIVE);
        assertThat(active.number()).isEqualTo("+498971041234");
        ofono.remove(callPath);
    }

    @Test
    void hangingUpRemovesTheCall() throws Exception {
        link = openConnected(AllowedPhones.anyPhone());
        String callPath = ofono.ring(newCallName(), "+498971041234", "incoming");
        events.awaitCall(c -> c.callId().equals(callPath));

        link.hangUp(callPath);

        events.awaitCall(c -> c.callId().equals(callPath) && c.state() == CallState.ENDED);
        assertThat(link.calls()).noneMatch(c -> c.callId().equals(callPath));
    }

    @Test
    void followsTheCallThroughItsStatesUntilItEnds() throws Exception {
        link = openConnected(AllowedPhones.anyPhone());
        String callPath = ofono.ring(newCallName(), "+498971041234", "incoming");

        ofono.changeState(callPath, "active");
        ofono.changeState(callPath, "held");
        ofono.remove(callPath);

        assertThat(events.awaitCall(c -> c.callId().equals(callPath)).state()).isEqualTo(CallState.INCOMING);
        assertThat(events.awaitCall(c -> c.callId().equals(callPath)).state()).isEqualTo(CallState.ACTIVE);
        assertThat(events.awaitCall(c -> c.callId().equals(callPath)).state()).isEqualTo(CallState.HELD);
        assertThat(events.awaitCall(c -> c.callId().equals(callPath)).state()).isEqualTo(CallState.ENDED);
    }

    @Test
    void dialsWithTheCallerIdHiddenWhenAsked() throws Exception {
        link = openConnected(AllowedPhones.anyPhone());
        ofono.mock("/").ClearCalls();

        link.dial("+49 89 7104-5678", true);

        assertThat(ofono.calls("/", "Dial")).containsExactly(List.of("+498971045678", "enabled"));
        PhoneCall dialled = events.awaitCall(c -> c.state() == CallState.DIALING);
        assertThat(dialled.number()).isEqualTo("+498971045678");
        link.hangUp(dialled.callId());
    }

    @Test
    void dialsWithTheNetworkDefaultWhenTheCallerIdMayShow() throws Exception {
        link = openConnected(AllowedPhones.anyPhone());
        ofono.mock("/").ClearCalls();

        link.dial("+498971045678", false);

        assertThat(ofono.calls("/", "Dial")).containsExactly(List.of("+498971045678", "default"));
        link.hangUp(events.awaitCall(c -> c.state() == CallState.DIALING).callId());
    }

    @Test
    void refusesToDialANumberWithLetters() throws Exception {
        link = openConnected(AllowedPhones.anyPhone());

        assertThatThrownBy(() -> link.dial("+49 89 HELP", false))
                .isInstanceOf(PhoneLinkException.class)
                .hasMessageContaining("character 8");
    }

    @Test
    void refusesToAnswerACallThePhoneDoesNotHave() throws Exception {
        link = openConnected(AllowedPhones.anyPhone());

        assertThatThrownBy(() -> link.answer("/ril_0/voicecall99"))
                .isInstanceOf(PhoneLinkException.class)
                .hasMessageContaining("voicecall99");
    }

    @Test
    void ignoresThePhoneWhenThePolicyDoesNotAllowIt() throws Exception {
        link = openOfono(AllowedPhones.matching(List.of("00:1A:7D:*", "Work phone*")));
        LinkState state = events.awaitLink(s -> s.detail().contains("not allowed"));
        Recorder allowedEvents = new Recorder();
        try (TelephonyLink allowedLink = openOfono(AllowedPhones.anyPhone(), allowedEvents)) {
            allowedEvents.awaitLink(LinkState::connected);

            String callPath = ofono.ring(newCallName(), "+498971041234", "incoming");

            allowedEvents.awaitCall(c -> c.callId().equals(callPath));
            assertThat(state.connected()).isFalse();
            assertThat(state.detail()).isEqualTo("The connected phone is not allowed by the policy");
            assertThat(link.calls()).isEmpty();
            assertThat(events.calls).isEmpty();
            ofono.remove(callPath);
        }
    }

    @Test
    void powersAnAllowedHandsFreeModemThatIsOff() throws Exception {
        OfonoModem modem = ofono.modem();
        modem.SetProperty("Type", new Variant<>("hfp"));
        modem.SetProperty("Powered", new Variant<>(false));
        ofono.mock(OfonoMock.MODEM).ClearCalls();
        try {
            link = openOfono(AllowedPhones.anyPhone());

            events.awaitLink(LinkState::connected);

            assertThat(ofono.calls(OfonoMock.MODEM, "SetProperty")).containsExactly(List.of("Powered", true));
        } finally {
            modem.SetProperty("Type", new Variant<>("hardware"));
            modem.SetProperty("Powered", new Variant<>(true));
        }
    }

    @Test
    void autodetectionFallsBackToOfonoWhenPipeWireDoesNotRun(@TempDir Path emptyBusDir) throws Exception {
        try (PrivateDbusDaemon emptySession = PrivateDbusDaemon.start(emptyBusDir)) {
            TelephonyConfig config = TelephonyConfig.autodetect(AllowedPhones.anyPhone())
                    .withSessionBusAddress(emptySession.address())
                    .withSystemBusAddress(daemon.address());

            link = TelephonyLink.open(config);

            assertThat(link.serviceName()).isEqualTo("org.ofono");
        }
    }

    @Test
    void autodetectionNamesTheServicesItTriedWhenNoneRuns(@TempDir Path emptyBusDir) throws Exception {
        try (PrivateDbusDaemon empty = PrivateDbusDaemon.start(emptyBusDir)) {
            TelephonyConfig config = TelephonyConfig.autodetect(AllowedPhones.anyPhone())
                    .withSessionBusAddress(empty.address())
                    .withSystemBusAddress(empty.address());

            assertThatThrownBy(() -> TelephonyLink.open(config))
                    .isInstanceOf(PhoneLinkException.class)
                    .hasMessageContaining("org.freedesktop.PipeWire.Telephony")
                    .hasMessageContaining("org.ofono");
        }
    }

    private TelephonyLink openConnected(AllowedPhones allowed) throws Exception {
        TelephonyLink opened = openOfono(allowed);
        events.awaitLink(LinkState::connected);
        return opened;
    }

    private TelephonyLink openOfono(AllowedPhones allowed) throws Exception {
        return openOfono(allowed, events);
    }

    private static TelephonyLink openOfono(AllowedPhones allowed, Recorder recorder) throws Exception {
        TelephonyConfig config = TelephonyConfig.autodetect(allowed)
                .withService(TelephonyConfig.Service.OFONO)
                .withSystemBusAddress(daemon.address());
        TelephonyLink opened = TelephonyLink.open(config);
        opened.addListener(recorder);
        return opened;
    }

    private static synchronized String newCallName() {
        nextCall++;
        return "voicecall" + nextCall;
    }

    /** Records what the link reports, in order. */
    static final class Recorder implements PhoneLinkListener {
        private final BlockingQueue<PhoneCall> calls = new LinkedBlockingQueue<>();
        private final BlockingQueue<LinkState> links = new LinkedBlockingQueue<>();

        @Override
        public void callChanged(PhoneCall call) {
            calls.add(call);
        }

        @Override
        public void linkChanged(LinkState state) {
            links.add(state);
        }

        PhoneCall awaitCall(Predicate<PhoneCall> wanted) throws InterruptedException {
            return await(calls, wanted, "call event");
        }

        LinkState awaitLink(Predicate<LinkState> wanted) throws InterruptedException {
            return await(links, wanted, "link event");
        }

        private static <T> T await(BlockingQueue<T> queue, Predicate<T> wanted, String what)
                throws InterruptedException {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(TIMEOUT_SECONDS);
            while (true) {
                long left = deadline - System.nanoTime();
                T next = queue.poll(Math.max(left, 0), TimeUnit.NANOSECONDS);
                if (next == null) {
                    throw new AssertionError("no matching " + what + " within " + TIMEOUT_SECONDS + " s");
                }
                if (wanted.test(next)) {
                    return next;
                }
            }
        }
    }
}
