package app.contactshield.callerid.bluez;

import org.freedesktop.dbus.transport.junixsocket.JUnixSocketSocketProvider;
import org.junit.jupiter.api.Test;
import org.newsclub.net.unix.AFUNIXSocketChannel;
import org.newsclub.net.unix.AFUNIXSocketPair;

import static org.assertj.core.api.Assertions.assertThat;

class NativeSocketsTest {

    @Test
    void putsANonBlockingSocketBackIntoBlockingMode() throws Exception {
        try (AFUNIXSocketPair<AFUNIXSocketChannel> pair = AFUNIXSocketPair.open()) {
            int fd = new JUnixSocketSocketProvider().getFileDescriptorValue(pair.getSocket1().getFileDescriptor())
                    .orElseThrow();
            NativeSockets.makeNonBlocking(fd);
            assertThat(NativeSockets.isNonBlocking(fd)).isTrue();

            boolean blocking = NativeSockets.makeBlocking(fd);

            assertThat(blocking).isTrue();
            assertThat(NativeSockets.isNonBlocking(fd)).isFalse();
        }
    }

    @Test
    void leavesABlockingSocketAsItIs() throws Exception {
        try (AFUNIXSocketPair<AFUNIXSocketChannel> pair = AFUNIXSocketPair.open()) {
            int fd = new JUnixSocketSocketProvider().getFileDescriptorValue(pair.getSocket2().getFileDescriptor())
                    .orElseThrow();

            boolean blocking = NativeSockets.makeBlocking(fd);

            assertThat(blocking).isTrue();
            assertThat(NativeSockets.isNonBlocking(fd)).isFalse();
        }
    }
}
