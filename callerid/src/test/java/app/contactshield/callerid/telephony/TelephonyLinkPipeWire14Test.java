package app.contactshield.callerid.telephony;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import app.contactshield.callerid.bluez.AllowedPhones;
import app.contactshield.callerid.bluez.PrivateDbusDaemon;
import app.contactshield.callerid.call.AnonymousDialing;
import app.contactshield.callerid.link.CallState;
import app.contactshield.callerid.link.LinkState;
import app.contactshield.callerid.link.PhoneCall;

import static org.assertj.core.api.Assertions.assertThat;

/** The link against PipeWire 1.4's telephony service, {@code org.pipewire.Telephony} on the session bus. */
class TelephonyLinkPipeWire14Test {

    private static final String NAME = "org.pipewire.Telephony";
    private static final String MANAGER = "/org/pipewire/Telephony";

    private PrivateDbusDaemon sessionBus;
    private OfonoMock pipeWire;
    private TelephonyLink link;
    private final TelephonyLinkTest.Recorder events = new TelephonyLinkTest.Recorder();

    @BeforeEach
    void startService(@TempDir Path dir) throws Exception {
        Assumptions.assumeTrue(PrivateDbusDaemon.available(), PrivateDbusDaemon.missingMessage());
        Assumptions.assumeTrue(OfonoMock.available(), OfonoMock.missingMessage());
        sessionBus = PrivateDbusDaemon.start(dir);
        pipeWire = OfonoMock.startPipeWire(sessionBus.address(), dir, NAME, MANAGER);
        TelephonyConfig config = new TelephonyConfig(TelephonyConfig.Service.PIPEWIRE, sessionBus.address(),
                sessionBus.address(), AllowedPhones.anyPhone(), "*67");
        link = TelephonyLink.open(config);
        link.addListener(events);
    }

    @AfterEach
    void stopService() throws Exception {
        if (link != null) {
            link.close();
        }
        if (pipeWire != null) {
            pipeWire.close();
        }
        if (sessionBus != null) {
            sessionBus.close();
        }
    }

    @Test
    void findsTheServiceUnderItsPipeWire14NameAndReportsPipeWire() throws Exception {
        LinkState state = events.awaitLink(LinkState::connected);

        assertThat(link.serviceName()).isEqualTo(NAME);
        assertThat(state.backend()).isEqualTo("PipeWire");
    }

    @Test
    void agreesWithAnonymousDialingThatPipeWireCannotHideTheCallerId() throws Exception {
        LinkState state = events.awaitLink(LinkState::connected);

        assertThat(link.hidesCallerIdNatively()).isFalse();
        assertThat(AnonymousDialing.hidesNatively(state)).isEqualTo(link.hidesCallerIdNatively());
    }

    @Test
    void dialsWithTheSingleStringSignatureAndThePolicysPrefix() throws Exception {
        events.awaitLink(LinkState::connected);
        pipeWire.mock(MANAGER + "/ag0").ClearCalls();

        link.dial("+1 212 555 0100", true);

        assertThat(pipeWire.calls(MANAGER + "/ag0", "Dial")).containsExactly(List.of("*67+12125550100"));
    }

    @Test
    void reportsAnIncomingCall() throws Exception {
        events.awaitLink(LinkState::connected);

        String callPath = pipeWire.ring("call3", "+12125550100", "incoming");

        PhoneCall call = events.awaitCall(c -> c.callId().equals(callPath));
        assertThat(call.state()).isEqualTo(CallState.INCOMING);
    }
}
