package app.contactshield.callerid.phone;

import static org.assertj.core.api.Assertions.assertThat;

import app.contactshield.callerid.bluez.AllowedPhones;
import app.contactshield.callerid.bluez.RfcommConnection;
import app.contactshield.callerid.demo.AgProfile;
import app.contactshield.callerid.demo.SimulatedPhone;
import app.contactshield.callerid.link.LinkState;
import app.contactshield.callerid.link.PhoneCall;
import app.contactshield.callerid.link.PhoneLinkListener;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.newsclub.net.unix.AFUNIXSocketChannel;
import org.newsclub.net.unix.AFUNIXSocketPair;

/** Which phone the hands-free link follows when more than one connects. */
class HandsFreeLinkTest {
    private static final long TIMEOUT_SECONDS = 15;

    private final List<AutoCloseable> opened = new ArrayList<>();
    private final BlockingQueue<LinkState> states = new LinkedBlockingQueue<>();
    private HandsFreeLink link;

    @AfterEach
    void closeAll() throws Exception {
        if (link != null) {
            link.close();
        }
        for (AutoCloseable closeable : opened) {
            closeable.close();
        }
    }

    @Test
    void aSecondPhoneReplacesTheFirstWhenNoPhoneIsPreferred() throws Exception {
        link = start("");
        PhoneEnd first = connect("AA:BB:CC:DD:EE:01", "Work phone");
        awaitConnected("Work phone");

        connect("AA:BB:CC:DD:EE:02", "Private phone");

        assertThat(awaitConnected("Private phone").backend()).isEqualTo("Hands-free");
        assertThat(first.connection().isOpen()).isFalse();
    }

    @Test
    void thePreferredPhoneKeepsTheLinkWhenAnotherPhoneConnects() throws Exception {
        link = start("Work phone");
        PhoneEnd work = connect("AA:BB:CC:DD:EE:01", "Work phone");
        awaitConnected("Work phone");

        PhoneEnd other = connect("AA:BB:CC:DD:EE:02", "Private phone");

        assertThat(other.connection().isOpen()).as("the other phone's channel is dropped").isFalse();
        assertThat(work.connection().isOpen()).isTrue();
        assertThat(link.state().phoneName()).isEqualTo("Work phone");
    }

    @Test
    void saysItWaitsForAPhoneUntilOneConnects() {
        link = start("");

        assertThat(link.state().connected()).isFalse();
        assertThat(link.state().backend()).isEqualTo("Hands-free");
        assertThat(link.state().detail()).contains("Waiting for the phone");
    }

    private HandsFreeLink start(String preferred) {
        HandsFreeLink started = new HandsFreeLink(new PhoneLinkSettings(AllowedPhones.anyPhone(), null, "DE",
                preferred, "", ""));
        started.addListener(new PhoneLinkListener() {
            @Override
            public void callChanged(PhoneCall call) {
            }

            @Override
            public void linkChanged(LinkState state) {
                states.add(state);
            }
        });
        return started;
    }

    private PhoneEnd connect(String address, String alias) throws IOException {
        AFUNIXSocketPair<AFUNIXSocketChannel> sockets = AFUNIXSocketPair.open();
        opened.add(sockets);
        AFUNIXSocketChannel phoneSide = sockets.getSocket2();
        opened.add(SimulatedPhone.start(AgProfile.iphoneLike(), phoneSide, phoneSide, phoneSide, new Random(5)));
        RfcommConnection connection = new RfcommConnection("/org/bluez/hci0/dev_" + address.replace(':', '_'),
                address, alias, sockets.getSocket1().getFileDescriptor());
        link.connected(connection);
        return new PhoneEnd(connection);
    }

    private LinkState awaitConnected(String phoneName) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(TIMEOUT_SECONDS);
        while (true) {
            LinkState state = states.poll(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            if (state == null) {
                throw new AssertionError("the link never connected " + phoneName);
            }
            if (state.connected() && phoneName.equals(state.phoneName())) {
                return state;
            }
        }
    }

    private record PhoneEnd(RfcommConnection connection) {
    }
}
