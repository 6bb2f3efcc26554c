package app.contactshield.callerid.hfp;

import app.contactshield.callerid.demo.AgProfile;
import app.contactshield.callerid.demo.SimulatedPhone;
import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Random;

/**
 * The real engine and a simulated phone joined by a Unix-domain socket pair, each side reading one to three bytes
 * at a time and the phone writing in one to three byte pieces.
 */
final class LoopbackPhone implements AutoCloseable {

    final HandsFreeEngine engine;
    final SimulatedPhone phone;
    final RecordingListener events = new RecordingListener();

    private LoopbackPhone(HandsFreeEngine engine, SimulatedPhone phone) {
        this.engine = engine;
        this.phone = phone;
    }

    static LoopbackPhone start(Path dir, AgProfile profile, HandsFreeSettings settings) throws IOException {
        UnixDomainSocketAddress address = UnixDomainSocketAddress.of(dir.resolve("rfcomm.sock"));
        SocketChannel engineSide;
        SocketChannel phoneSide;
        try (ServerSocketChannel server = ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
            server.bind(address);
            engineSide = SocketChannel.open(StandardProtocolFamily.UNIX);
            engineSide.connect(address);
            phoneSide = server.accept();
        }
        SimulatedPhone phone = SimulatedPhone.start(profile, new TrickleChannel(phoneSide, 5), phoneSide, phoneSide,
                new Random(9));
        HandsFreeEngine engine = HandsFreeEngine.start(new TrickleChannel(engineSide, 3), engineSide, engineSide,
                settings.withResponseTimeout(Duration.ofSeconds(3)));
        LoopbackPhone link = new LoopbackPhone(engine, phone);
        engine.addListener(link.events);
        return link;
    }

    static LoopbackPhone start(Path dir, AgProfile profile) throws IOException {
        return start(dir, profile, HandsFreeSettings.forPhone("Loopback phone").withHideCallerIdPrefix("#31#"));
    }

    @Override
    public void close() {
        engine.close();
        phone.close();
    }
}
