package app.contactshield.callerid.telephony;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.freedesktop.dbus.DBusPath;
import org.freedesktop.dbus.types.Variant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import app.contactshield.callerid.bluez.AllowedPhones;
import app.contactshield.callerid.bluez.PrivateDbusDaemon;
import app.contactshield.callerid.link.CallState;
import app.contactshield.callerid.link.LinkState;

import static org.assertj.core.api.Assertions.assertThat;

/** Modems and the service itself coming and going; each test has its own bus and oFono. */
class TelephonyLinkModemsTest {

    @TempDir
    Path busDir;

    private PrivateDbusDaemon daemon;
    private OfonoMock ofono;
    private TelephonyLink link;
    private final TelephonyLinkTest.Recorder events = new TelephonyLinkTest.Recorder();

    @BeforeEach
    void startOfono() throws Exception {
        Assumptions.assumeTrue(PrivateDbusDaemon.available(), PrivateDbusDaemon.missingMessage());
        Assumptions.assumeTrue(OfonoMock.available(), OfonoMock.missingMessage());
        daemon = PrivateDbusDaemon.start(busDir);
        ofono = OfonoMock.start(daemon.address(), busDir);
        TelephonyConfig config = TelephonyConfig.autodetect(AllowedPhones.anyPhone())
                .withService(TelephonyConfig.Service.OFONO)
                .withSystemBusAddress(daemon.address());
        link = TelephonyLink.open(config);
        link.addListener(events);
        events.awaitLink(LinkState::connected);
    }

    @AfterEach
    void stop() throws Exception {
        if (link != null) {
            link.close();
        }
        if (ofono != null) {
            ofono.close();
        }
        if (daemon != null) {
            daemon.close();
        }
    }

    @Test
    void followsAModemThatAppearsAndEndsItsCallsWhenItGoes() throws Exception {
        ofono.mock("/").AddModem("ril_1", Map.of());
        String callPath = ofono.ringOn("/ril_1", "voicecall01", "+498971041234", "incoming");
        assertThat(events.awaitCall(c -> c.callId().equals(callPath)).state()).isEqualTo(CallState.INCOMING);

        ofono.mock("/").EmitSignal("org.ofono.Manager", "ModemRemoved", "o",
                List.of(new Variant<>(new DBusPath("/ril_1"))));

        assertThat(events.awaitCall(c -> c.callId().equals(callPath)).state()).isEqualTo(CallState.ENDED);
        assertThat(link.calls()).isEmpty();
    }

    @Test
    void endsTheCallsWhenTheServiceLeavesAndFollowsItWhenItReturns() throws Exception {
        String callPath = ofono.ring("voicecall05", "+498971041234", "incoming");
        events.awaitCall(c -> c.callId().equals(callPath));

        ofono.close();
        ofono = null;

        assertThat(events.awaitCall(c -> c.callId().equals(callPath)).state()).isEqualTo(CallState.ENDED);
        assertThat(events.awaitLink(s -> !s.connected()).backend()).isEqualTo("oFono");
        ofono = OfonoMock.start(daemon.address(), busDir);
        events.awaitLink(LinkState::connected);
        String nextCall = ofono.ring("voicecall06", "+498971045678", "incoming");
        assertThat(events.awaitCall(c -> c.callId().equals(nextCall)).number()).isEqualTo("+498971045678");
    }
}
