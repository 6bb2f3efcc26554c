package app.contactshield.callerid.bluez;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.freedesktop.dbus.connections.impl.DBusConnection;
import org.freedesktop.dbus.connections.impl.DBusConnectionBuilder;
import org.freedesktop.dbus.exceptions.DBusExecutionException;
import org.freedesktop.dbus.transport.junixsocket.JUnixSocketSocketProvider;
import org.freedesktop.dbus.types.UInt16;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsclub.net.unix.AFUNIXSocketChannel;
import org.newsclub.net.unix.AFUNIXSocketPair;

import app.contactshield.callerid.hfp.HandsFreeEngine;
import app.contactshield.callerid.hfp.HandsFreeSettings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BluezHandsFreeProfileTest {

    private static final long TIMEOUT_SECONDS = 10;

    private PrivateDbusDaemon daemon;
    private FakeBluez bluez;
    private BluezHandsFreeProfile profile;
    private AFUNIXSocketPair<AFUNIXSocketChannel> sockets;
    private final RecordingHandler handler = new RecordingHandler();

    @BeforeEach
    void startBus(@TempDir Path dir) throws Exception {
        Assumptions.assumeTrue(PrivateDbusDaemon.available(), PrivateDbusDaemon.missingMessage());
        daemon = PrivateDbusDaemon.start(dir);
        bluez = new FakeBluez(daemon.address());
        sockets = AFUNIXSocketPair.open();
    }

    @AfterEach
    void stopBus() throws Exception {
        if (profile != null) {
            profile.close();
        }
        if (sockets != null) {
            sockets.close();
        }
        if (bluez != null) {
            bluez.close();
        }
        if (daemon != null) {
            daemon.close();
        }
    }

    @Test
    void registersOnlyTheHandsFreeUnitRoleWithVersionAndFeatures() throws Exception {
        profile = openProfile(AllowedPhones.anyPhone());

        ProfileRegistration result = profile.register();

        assertThat(result.status()).isEqualTo(ProfileRegistration.Status.REGISTERED);
        assertThat(result.useTelephonyApi()).isFalse();
        assertThat(bluez.registrations()).singleElement().satisfies(registration -> {
            assertThat(registration.uuid()).isEqualTo(BluetoothProfiles.HFP_HANDS_FREE_UUID);
            assertThat(registration.path()).isEqualTo(BluezHandsFreeProfile.PROFILE_PATH);
            assertThat(registration.options().get("Role").getValue()).isEqualTo("client");
            assertThat(registration.options().get("Version").getValue()).isEqualTo(new UInt16(0x0108));
            assertThat(registration.options().get("Features").getValue()).isEqualTo(new UInt16(0x0006));
            assertThat(registration.options()).containsKey("Name");
        });
    }

    @Test
    void handsTheSocketOfAnAllowedPhoneToTheHandlerAndBytesPassBothWays() throws Exception {
        profile = openProfile(AllowedPhones.matching(List.of("AA:BB:*")));
        profile.register();
        int bluezFd = bluezSideDescriptor();
        assertThat(NativeSockets.makeNonBlocking(bluezFd)).isTrue();

        bluez.connect(bluezFd);
        RfcommConnection connection = handler.connected.poll(TIMEOUT_SECONDS, TimeUnit.SECONDS);

        assertThat(connection).isNotNull();
        assertThat(connection.address()).isEqualTo(FakeBluez.DEVICE_ADDRESS);
        assertThat(connection.alias()).isEqualTo(FakeBluez.DEVICE_ALIAS);
        CompletableFuture<String> engineRead = CompletableFuture.supplyAsync(() -> readFrom(connection, "OK\r\n"));
        connection.output().write("AT+BRSF=191\r".getBytes(StandardCharsets.US_ASCII));
        connection.output().flush();
        assertThat(readPhoneSide("\r")).isEqualTo("AT+BRSF=191\r");
        writePhoneSide("\r\n+BRSF: 871\r\n\r\nOK\r\n");
        assertThat(engineRead.get(TIMEOUT_SECONDS, TimeUnit.SECONDS)).isEqualTo("\r\n+BRSF: 871\r\n\r\nOK\r\n");
    }

    @Test
    void theHandsFreeEngineSpeaksToThePhoneOverTheHandedOverSocket() throws Exception {
        BlockingQueue<HandsFreeEngine> engines = new LinkedBlockingQueue<>();
        RfcommConnectionHandler toEngine = connection -> engines.add(HandsFreeEngine.start(connection.input(),
                connection.output(), connection, HandsFreeSettings.forPhone(connection.alias())));
        profile = BluezHandsFreeProfile.onBus(daemon.address(), AllowedPhones.anyPhone(), toEngine, Set::of);
        profile.register();
        int bluezFd = bluezSideDescriptor();
        NativeSockets.makeNonBlocking(bluezFd);

        bluez.connect(bluezFd);

        try (HandsFreeEngine engine = engines.poll(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            assertThat(engine).isNotNull();
            assertThat(readPhoneSide("\r")).startsWith("AT+BRSF=");
        }
        assertThat(readPhoneSide("\r")).as("closing the engine drops the link").isEmpty();
    }

    @Test
    void refusesAPhoneThePolicyDoesNotAllowAndClosesItsSocket() throws Exception {
        profile = openProfile(AllowedPhones.matching(List.of("00:1A:7D:*", "Work phone*")));
        profile.register();
        int bluezFd = bluezSideDescriptor();

        assertThatThrownBy(() -> bluez.connect(bluezFd))
                .isInstanceOfSatisfying(DBusExecutionException.class,
                        e -> assertThat(e.getType()).isEqualTo(ConnectionRefused.ERROR_NAME));

        assertThat(handler.connected).isEmpty();
        assertThat(readPhoneSide("\r")).as("the phone side sees the end of stream").isEmpty();
    }

    @Test
    void closesTheConnectionWhenBluezRequestsDisconnection() throws Exception {
        profile = openProfile(AllowedPhones.anyPhone());
        profile.register();
        bluez.connect(bluezSideDescriptor());
        RfcommConnection connection = handler.connected.poll(TIMEOUT_SECONDS, TimeUnit.SECONDS);

        bluez.requestDisconnection();

        assertThat(handler.disconnected.poll(TIMEOUT_SECONDS, TimeUnit.SECONDS)).isSameAs(connection);
        assertThat(connection.isOpen()).isFalse();
        assertThat(readPhoneSide("\r")).isEmpty();
        assertThat(profile.connections()).isEmpty();
    }

    @Test
    void closesEveryConnectionWhenBluezReleasesTheProfile() throws Exception {
        profile = openProfile(AllowedPhones.anyPhone());
        profile.register();
        bluez.connect(bluezSideDescriptor());
        RfcommConnection connection = handler.connected.poll(TIMEOUT_SECONDS, TimeUnit.SECONDS);

        bluez.release();

        assertThat(handler.disconnected.poll(TIMEOUT_SECONDS, TimeUnit.SECONDS)).isSameAs(connection);
        assertThat(connection.isOpen()).isFalse();
        assertThat(readPhoneSide("\r")).isEmpty();
    }

    @Test
    void tellsWhichServiceHoldsTheHandsFreeRoleAndFallsBackToTheTelephonyApi() throws Exception {
        bluez.takeSlot();
        try (DBusConnection ofono = DBusConnectionBuilder.forAddress(daemon.address()).withShared(false).build()) {
            ofono.requestBusName("org.ofono");
            profile = openProfile(AllowedPhones.anyPhone());

            ProfileRegistration result = profile.register();

            assertThat(result.status()).isEqualTo(ProfileRegistration.Status.HELD_BY_OTHER_SERVICE);
            assertThat(result.useTelephonyApi()).isTrue();
            assertThat(result.likelyHolders()).containsExactly("oFono");
            assertThat(result.detail())
                    .startsWith("The hands-free role is held by another service (likely oFono)")
                    .contains("for oFono, stop it (`systemctl disable --now ofono`)", "telephony API")
                    .as("the advice fits the holder").doesNotContain("WirePlumber");
        }
    }

    @Test
    void recognisesPipeWireAmongTheRunningProcesses() throws Exception {
        bluez.takeSlot();
        profile = BluezHandsFreeProfile.onBus(daemon.address(), AllowedPhones.anyPhone(), handler,
                () -> Set.of("bash", "pipewire", "wireplumber"));

        ProfileRegistration result = profile.register();

        assertThat(result.likelyHolders()).containsExactly("PipeWire");
        assertThat(result.detail()).contains("(likely PipeWire)", "WirePlumber's `bluez5.roles` without `hfp_hf`")
                .doesNotContain("oFono");
    }

    @Test
    void givesHsphfpdItsOwnAdviceWhenItOwnsItsBusName() throws Exception {
        bluez.takeSlot();
        try (DBusConnection hsphfpd = DBusConnectionBuilder.forAddress(daemon.address()).withShared(false).build()) {
            hsphfpd.requestBusName("org.hsphfpd");
            profile = openProfile(AllowedPhones.anyPhone());

            ProfileRegistration result = profile.register();

            assertThat(result.likelyHolders()).containsExactly("hsphfpd");
            assertThat(result.detail()).contains("systemctl disable --now hsphfpd").doesNotContain("WirePlumber");
        }
    }

    @Test
    void namesTheUsualSuspectsWhenNoHolderIsRecognised() throws Exception {
        bluez.takeSlot();
        profile = openProfile(AllowedPhones.anyPhone());

        ProfileRegistration result = profile.register();

        assertThat(result.likelyHolders()).isEmpty();
        assertThat(result.detail()).contains("(e.g. PipeWire/oFono/hsphfpd)", "for PipeWire", "for oFono",
                "for hsphfpd");
    }

    @Test
    void reportsBluetoothUnavailableWhenNoBluezIsOnTheBus() throws Exception {
        bluez.close();
        bluez = null;
        profile = openProfile(AllowedPhones.anyPhone());

        ProfileRegistration result = profile.register();

        assertThat(result.status()).isEqualTo(ProfileRegistration.Status.UNAVAILABLE);
        assertThat(result.useTelephonyApi()).isTrue();
    }

    @Test
    void unregistersFromBluezAndClosesConnectionsOnClose() throws Exception {
        profile = openProfile(AllowedPhones.anyPhone());
        profile.register();
        bluez.connect(bluezSideDescriptor());
        RfcommConnection connection = handler.connected.poll(TIMEOUT_SECONDS, TimeUnit.SECONDS);

        profile.close();

        assertThat(bluez.unregistered()).containsExactly(BluezHandsFreeProfile.PROFILE_PATH);
        assertThat(connection.isOpen()).isFalse();
        assertThat(readPhoneSide("\r")).isEmpty();
    }

    private BluezHandsFreeProfile openProfile(AllowedPhones allowed) throws Exception {
        return BluezHandsFreeProfile.onBus(daemon.address(), allowed, handler, Set::of);
    }

    private int bluezSideDescriptor() throws IOException {
        return new JUnixSocketSocketProvider().getFileDescriptorValue(sockets.getSocket1().getFileDescriptor())
                .orElseThrow();
    }

    private String readPhoneSide(String terminator) throws Exception {
        return CompletableFuture.supplyAsync(() -> readChannel(sockets.getSocket2(), terminator))
                .get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
    }

    private void writePhoneSide(String text) throws IOException {
        ByteBuffer buffer = ByteBuffer.wrap(text.getBytes(StandardCharsets.US_ASCII));
        while (buffer.hasRemaining()) {
            sockets.getSocket2().write(buffer);
        }
    }

    private static String readChannel(AFUNIXSocketChannel channel, String terminator) {
        StringBuilder text = new StringBuilder();
        ByteBuffer one = ByteBuffer.allocate(1);
        try {
            while (!text.toString().endsWith(terminator)) {
                one.clear();
                if (channel.read(one) < 0) {
                    break;
                }
                text.append((char) one.get(0));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString();
    }

    private static String readFrom(RfcommConnection connection, String terminator) {
        StringBuilder text = new StringBuilder();
        try {
            while (!text.toString().endsWith(terminator)) {
                int b = connection.input().read();
                if (b < 0) {
                    break;
                }
                text.append((char) b);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString();
    }

    private static final class RecordingHandler implements RfcommConnectionHandler {
        private final BlockingQueue<RfcommConnection> connected = new LinkedBlockingQueue<>();
        private final BlockingQueue<RfcommConnection> disconnected = new LinkedBlockingQueue<>();

        @Override
        public void connected(RfcommConnection connection) {
            connected.add(connection);
        }

        @Override
        public void disconnected(RfcommConnection connection) {
            disconnected.add(connection);
        }
    }
}
