package app.contactshield.callerid.phone;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import org.freedesktop.dbus.transport.junixsocket.JUnixSocketSocketProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsclub.net.unix.AFUNIXSocketChannel;
import org.newsclub.net.unix.AFUNIXSocketPair;

import app.contactshield.callerid.bluez.FakeBluez;
import app.contactshield.callerid.bluez.PrivateDbusDaemon;
import app.contactshield.callerid.bluez.ProfileRegistration;
import app.contactshield.callerid.demo.AgProfile;
import app.contactshield.callerid.demo.ClipFormat;
import app.contactshield.callerid.demo.SimulatedPhone;
import app.contactshield.callerid.link.LinkState;
import app.contactshield.callerid.link.PhoneCall;
import app.contactshield.callerid.link.PhoneLinkException;
import app.contactshield.callerid.link.PhoneLinkListener;
import app.contactshield.callerid.telephony.OfonoMock;
import app.contactshield.graphsync.policy.AllowedPhone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The selector against a private system bus where a test object plays BlueZ, and oFono's dbusmock template. */
class PhoneLinkSelectorTest {

    private static final long TIMEOUT_SECONDS = 15;

    private PrivateDbusDaemon systemBus;
    private PrivateDbusDaemon sessionBus;
    private FakeBluez bluez;
    private OfonoMock ofono;
    private PhoneLinkSelection selection;
    private SimulatedPhone phone;
    private AFUNIXSocketPair<AFUNIXSocketChannel> sockets;
    private final Events events = new Events();

    @BeforeEach
    void startBuses(@TempDir Path dir) throws Exception {
        Assumptions.assumeTrue(PrivateDbusDaemon.available(), PrivateDbusDaemon.missingMessage());
        systemBus = PrivateDbusDaemon.start(Files.createDirectory(dir.resolve("system")));
        sessionBus = PrivateDbusDaemon.start(Files.createDirectory(dir.resolve("session")));
        bluez = new FakeBluez(systemBus.address());
    }

    @AfterEach
    void stopBuses() throws Exception {
        for (AutoCloseable closeable : new AutoCloseable[] {selection == null ? null : selection.link(), phone,
            sockets, ofono, bluez, sessionBus, systemBus}) {
            if (closeable != null) {
                closeable.close();
            }
        }
    }

    @Test
    void registersTheHandsFreeProfileAndLinksTheAllowedPhoneThroughTheEngine() throws Exception {
        selection = PhoneLinkSelector.open(settings(List.of(new AllowedPhone("AA:BB:*", "*"))));
        selection.link().addListener(events);

        connectPhone();
        LinkState state = events.awaitLink(LinkState::connected);

        assertThat(selection.handsFree()).isTrue();
        assertThat(bluez.registrations()).hasSize(1);
        assertThat(state.backend()).isEqualTo("Hands-free");
        assertThat(state.phoneName()).isEqualTo(FakeBluez.DEVICE_ALIAS);
        assertThat(selection.state()).isEqualTo(state);
    }

    @Test
    void hidesTheCallerIdOverHandsFreeWithTheCountrysPrefixWhenThePolicyGivesNone() throws Exception {
        selection = PhoneLinkSelector.open(settings(List.of()));
        selection.link().addListener(events);
        connectPhone();
        events.awaitLink(LinkState::connected);

        selection.link().dial("+49 89 7104 5678", true);

        assertThat(phone.awaitCommand("ATD#31#+498971045678;", Duration.ofSeconds(TIMEOUT_SECONDS))).isTrue();
    }

    @Test
    void anIncomingCallOnThePhoneReachesTheLinksListeners() throws Exception {
        selection = PhoneLinkSelector.open(settings(List.of()));
        selection.link().addListener(events);
        connectPhone();
        events.awaitLink(LinkState::connected);

        phone.ring("+498971041234", ClipFormat.INTERNATIONAL);

        assertThat(events.awaitCall(call -> "+498971041234".equals(call.number())).number())
                .isEqualTo("+498971041234");
    }

    @Test
    void aPhoneThePolicyDoesNotAllowNeverReachesTheEngine() throws Exception {
        selection = PhoneLinkSelector.open(settings(List.of(new AllowedPhone("00:1A:7D:*", "*"))));
        selection.link().addListener(events);

        assertThatThrownBy(this::connectPhone).isInstanceOf(RuntimeException.class);

        assertThat(selection.state().connected()).isFalse();
        assertThatThrownBy(() -> selection.link().dial("+498971045678", false))
                .isInstanceOf(PhoneLinkException.class);
    }

    @Test
    void fallsBackToOfonoWhenTheHandsFreeRoleIsHeldAndSaysHowToFreeIt(@TempDir Path logs) throws Exception {
        Assumptions.assumeTrue(OfonoMock.available(), OfonoMock.missingMessage());
        bluez.takeSlot();
        ofono = OfonoMock.start(systemBus.address(), logs);

        selection = PhoneLinkSelector.open(settings(List.of()));
        selection.link().addListener(events);
        LinkState state = events.awaitLink(LinkState::connected);

        assertThat(selection.handsFree()).isFalse();
        assertThat(selection.registration().status()).isEqualTo(ProfileRegistration.Status.HELD_BY_OTHER_SERVICE);
        assertThat(selection.registration().likelyHolders()).contains("oFono");
        assertThat(selection.registration().detail()).contains("systemctl disable --now ofono");
        assertThat(state.backend()).isEqualTo("oFono");
        assertThat(bluez.registrations()).isEmpty();
    }

    @Test
    void explainsBothFailuresWhenNoTelephonyServiceRunsEither() throws Exception {
        bluez.takeSlot();

        selection = PhoneLinkSelector.open(settings(List.of()));

        assertThat(selection.state().connected()).isFalse();
        assertThat(selection.state().detail()).contains("hands-free role is held", "No telephony service found");
        assertThatThrownBy(() -> selection.link().dial("+498971045678", false))
                .isInstanceOf(PhoneLinkException.class);
    }

    private PhoneLinkSettings settings(List<AllowedPhone> allowed) {
        return PhoneLinkSettings.fromPolicy(allowed, null, "DE", "")
                .onBuses(systemBus.address(), sessionBus.address());
    }

    /** A phone connects: BlueZ hands one end of a socket pair to the profile; a simulated phone speaks at the other. */
    private void connectPhone() throws Exception {
        sockets = AFUNIXSocketPair.open();
        AFUNIXSocketChannel phoneSide = sockets.getSocket2();
        phone = SimulatedPhone.start(AgProfile.androidLike(), phoneSide, phoneSide, phoneSide, new Random(3));
        int fd = new JUnixSocketSocketProvider().getFileDescriptorValue(sockets.getSocket1().getFileDescriptor())
                .orElseThrow(() -> new IOException("no descriptor"));
        bluez.connect(fd);
    }

    private static final class Events implements PhoneLinkListener {
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
            return await(calls, wanted);
        }

        LinkState awaitLink(Predicate<LinkState> wanted) throws InterruptedException {
            return await(links, wanted);
        }

        private static <T> T await(BlockingQueue<T> queue, Predicate<T> wanted) throws InterruptedException {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(TIMEOUT_SECONDS);
            while (true) {
                T next = queue.poll(Math.max(deadline - System.nanoTime(), 0), TimeUnit.NANOSECONDS);
                if (next == null) {
                    throw new AssertionError("nothing matching within " + TIMEOUT_SECONDS + " s");
                }
                if (wanted.test(next)) {
                    return next;
                }
            }
        }
    }
}
