package app.contactshield.callerid.bluez;

import com.sun.jna.Library;
import com.sun.jna.Native;

/**
 * The one system call the JDK lacks here: BlueZ hands over its RFCOMM socket in non-blocking mode (the descriptor
 * shares BlueZ's file status flags), and Java's streams need it blocking.
 */
final class NativeSockets {

    private static final int F_GETFL = 3;
    private static final int F_SETFL = 4;
    /** {@code O_NONBLOCK} on Linux for x86, x86-64, ARM and AArch64. */
    private static final int O_NONBLOCK = 0x800;
    private static final int SHUT_RDWR = 2;

    private NativeSockets() {
    }

    /** The C library's {@code fcntl}. */
    interface CLibrary extends Library {
        int fcntl(int fd, int cmd, Object... args);

        int shutdown(int fd, int how);
    }

    private static final class Holder {
        private static final CLibrary LIBC = Native.load("c", CLibrary.class);
    }

    /**
     * Clears {@code O_NONBLOCK} on the descriptor.
     *
     * @return whether the descriptor is now in blocking mode
     */
    static boolean makeBlocking(int fd) {
        int flags = Holder.LIBC.fcntl(fd, F_GETFL);
        if (flags < 0) {
            return false;
        }
        if ((flags & O_NONBLOCK) == 0) {
            return true;
        }
        return Holder.LIBC.fcntl(fd, F_SETFL, flags & ~O_NONBLOCK) == 0;
    }

    /**
     * Shuts the socket down in both directions: a read blocked on another thread returns, and the peer sees the end
     * even while another process (BlueZ) still holds a copy of the descriptor.
     */
    static void shutdown(int fd) {
        Holder.LIBC.shutdown(fd, SHUT_RDWR);
    }

    /** Whether the descriptor is in non-blocking mode; for tests that act as BlueZ. */
    static boolean isNonBlocking(int fd) {
        int flags = Holder.LIBC.fcntl(fd, F_GETFL);
        return flags >= 0 && (flags & O_NONBLOCK) != 0;
    }

    /** Sets {@code O_NONBLOCK} on the descriptor, as BlueZ does; for tests that act as BlueZ. */
    static boolean makeNonBlocking(int fd) {
        int flags = Holder.LIBC.fcntl(fd, F_GETFL);
        return flags >= 0 && Holder.LIBC.fcntl(fd, F_SETFL, flags | O_NONBLOCK) == 0;
    }
}
