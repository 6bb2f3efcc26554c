package app.contactshield.callerid.hfp;

import static org.assertj.core.api.Assertions.assertThat;

import app.contactshield.callerid.demo.AgProfile;
import app.contactshield.callerid.demo.ClipFormat;
import app.contactshield.callerid.demo.SimulatedPhone;
import app.contactshield.callerid.link.CallState;
import app.contactshield.callerid.link.LinkState;
import app.contactshield.callerid.link.PhoneCall;
import java.io.FileDescriptor;
import java.io.IOException;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.newsclub.net.unix.AFUNIXSocketChannel;
import org.newsclub.net.unix.AFUNIXSocketPair;
import org.newsclub.net.unix.FileDescriptorCast;

/**
 * The hand-over BlueZ uses: {@code Profile1.NewConnection} passes a connected socket's file descriptor. Here a
 * junixsocket socket pair stands in for the RFCOMM link and the engine gets a duplicate of one end's descriptor.
 */
class HandsFreeEngineFileDescriptorTest {

    /** A duplicate of one end's descriptor, as a D-Bus file descriptor arrives: the engine owns and closes it. */
    private static FileDescriptor handOver(AFUNIXSocketPair<AFUNIXSocketChannel> pair) throws IOException {
        return FileDescriptorCast.duplicating(pair.getSocket1().getFileDescriptor()).getFileDescriptor();
    }

    @Test
    void engineRunsOnAHandedOverSocketDescriptor() throws Exception {
        RecordingListener events = new RecordingListener();

        try (AFUNIXSocketPair<AFUNIXSocketChannel> pair = AFUNIXSocketPair.open();
             AFUNIXSocketChannel phoneSide = pair.getSocket2();
             SimulatedPhone phone = SimulatedPhone.start(AgProfile.iphoneLike(), phoneSide, phoneSide, phoneSide,
                new Random(4));
             HandsFreeEngine engine = HandsFreeEngine.start(handOver(pair), HandsFreeSettings.forPhone("Descriptor"))) {
            engine.addListener(events);
            LinkState state = engine.setup().get(RecordingListener.WAIT.toSeconds(), TimeUnit.SECONDS);
            phone.awaitCommand("AT+CLCC", RecordingListener.WAIT);

            phone.ring("+498971040120", ClipFormat.INTERNATIONAL);
            PhoneCall ringing = events.await(c -> c.state() == CallState.INCOMING && !c.number().isEmpty());

            assertThat(state.connected()).isTrue();
            assertThat(ringing.number()).isEqualTo("+498971040120");
        }
    }
}
