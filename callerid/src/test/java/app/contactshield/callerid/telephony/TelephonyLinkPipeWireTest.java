package app.contactshield.callerid.telephony;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import app.contactshield.callerid.bluez.AllowedPhones;
import app.contactshield.callerid.bluez.PrivateDbusDaemon;
import app.contactshield.callerid.link.CallState;
import app.contactshield.callerid.link.LinkState;
import app.contactshield.callerid.link.PhoneCall;
import app.contactshield.callerid.link.PhoneLinkException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The link against a PipeWire-like telephony service on the session bus, with oFono also running. */
class TelephonyLinkPipeWireTest {

    @TempDir
    static Path busDir;

    private static PrivateDbusDaemon sessionBus;
    private static PrivateDbusDaemon systemBus;
    private static OfonoMock pipeWire;
    private static OfonoMock ofono;
    private static OfonoMock bluez;

    private final TelephonyLinkTest.Recorder events = new TelephonyLinkTest.Recorder();
    private TelephonyLink link;

    @BeforeAll
    static void startServices() throws Exception {
        Assumptions.assumeTrue(PrivateDbusDaemon.available(), PrivateDbusDaemon.missingMessage());
        Assumptions.assumeTrue(OfonoMock.available(), OfonoMock.missingMessage());
        sessionBus = PrivateDbusDaemon.start(Files.createDirectory(busDir.resolve("session")));
        systemBus = PrivateDbusDaemon.start(Files.createDirectory(busDir.resolve("system")));
        pipeWire = OfonoMock.startPipeWire(sessionBus.address(), busDir);
        ofono = OfonoMock.start(systemBus.address(), busDir);
        bluez = OfonoMock.startBluez(systemBus.address(), busDir);
        bluez.bluez().AddAdapter("hci0", "desk");
        bluez.bluez().AddDevice("hci0", "AA:BB:CC:DD:EE:FF", "Ada Beispiel iPhone");
        bluez.bluez().PairDevice("hci0", "AA:BB:CC:DD:EE:FF", 5_898_764);
        bluez.bluez().ConnectDevice("hci0", "AA:BB:CC:DD:EE:FF");
    }

    @AfterAll
    static void stopServices() throws Exception {
        for (AutoCloseable closeable : new AutoCloseable[] {pipeWire, ofono, bluez, sessionBus, systemBus}) {
            if (closeable != null) {
                closeable.close();
            }
        }
    }

    @AfterEach
    void closeLink() {
        if (link != null) {
            link.close();
        }
    }

    @Test
    void autodetectionPrefersPipeWireOnTheSessionBus() throws Exception {
        link = open("");

        LinkState state = events.awaitLink(LinkState::connected);

        assertThat(link.serviceName()).isEqualTo(OfonoMock.PIPEWIRE_NAME);
        assertThat(state.backend()).isEqualTo("PipeWire");
        assertThat(link.hidesCallerIdNatively()).isFalse();
    }

    @Test
    void namesThePhoneThatBluezConnectedAsAudioGateway() throws Exception {
        link = open("");

        LinkState state = events.awaitLink(LinkState::connected);

        assertThat(state.phoneName()).isEqualTo("Ada Beispiel iPhone");
    }

    @Test
    void appliesThePolicyToThePhoneBluezNames() throws Exception {
        link = open(AllowedPhones.matching(List.of("00:1A:7D:*")), "");

        LinkState state = events.awaitLink(s -> s.detail().contains("not allowed"));

        assertThat(state.connected()).isFalse();
        assertThat(link.calls()).isEmpty();
    }

    @Test
    void usesThePhoneWhenThePolicyAllowsItsAddress() throws Exception {
        link = open(AllowedPhones.matching(List.of("aa:bb:cc:*")), "");

        LinkState state = events.awaitLink(LinkState::connected);

        assertThat(state.phoneName()).isEqualTo("Ada Beispiel iPhone");
    }

    @Test
    void reportsAnIncomingCallFromTheAudioGateway() throws Exception {
        link = open("");
        events.awaitLink(LinkState::connected);

        String callPath = pipeWire.ring("call7", "+498971041234", "incoming");

        PhoneCall call = events.awaitCall(c -> c.callId().equals(callPath));
        assertThat(call.state()).isEqualTo(CallState.INCOMING);
        assertThat(call.number()).isEqualTo("+498971041234");
        pipeWire.remove(callPath);
    }

    @Test
    void hidesTheCallerIdWithThePolicysPrefixBecausePipeWireCannot() throws Exception {
        link = open("#31#");
        events.awaitLink(LinkState::connected);
        pipeWire.mock(OfonoMock.PIPEWIRE_AG).ClearCalls();

        link.dial("+49 89 7104 5678", true);

        assertThat(pipeWire.calls(OfonoMock.PIPEWIRE_AG, "Dial"))
                .as("PipeWire's Dial takes the number only")
                .containsExactly(List.of("#31#+498971045678"));
    }

    @Test
    void refusesToDialHiddenWhenThePolicyHasNoPrefix() throws Exception {
        link = open("");
        events.awaitLink(LinkState::connected);

        assertThatThrownBy(() -> link.dial("+498971045678", true))
                .isInstanceOf(PhoneLinkException.class)
                .hasMessageContaining("PipeWire cannot hide the caller id");
    }

    private TelephonyLink open(String anonymousPrefix) throws Exception {
        return open(AllowedPhones.anyPhone(), anonymousPrefix);
    }

    private TelephonyLink open(AllowedPhones allowed, String anonymousPrefix) throws Exception {
        TelephonyConfig config = TelephonyConfig.autodetect(allowed)
                .withSessionBusAddress(sessionBus.address())
                .withSystemBusAddress(systemBus.address())
                .withAnonymousDialPrefix(anonymousPrefix);
        TelephonyLink opened = TelephonyLink.open(config);
        opened.addListener(events);
        return opened;
    }
}
