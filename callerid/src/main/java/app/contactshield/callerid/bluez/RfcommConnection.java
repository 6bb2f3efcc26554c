package app.contactshield.callerid.bluez;

import java.io.Closeable;
import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;

import org.freedesktop.dbus.transport.junixsocket.JUnixSocketSocketProvider;

/**
 * One connected RFCOMM socket to a phone, as BlueZ handed it over, with the phone's address and alias. Reading and
 * writing block. {@link #close()} may be called from any thread, once or more: it shuts the socket down, so a read
 * blocked on another thread returns end of stream, and the phone sees the channel drop.
 */
public final class RfcommConnection implements Closeable {

    private final String devicePath;
    private final String address;
    private final String alias;
    private final FileInputStream input;
    private final FileOutputStream output;
    private final Optional<Integer> fdNumber;
    private final AtomicBoolean open = new AtomicBoolean(true);

    /**
     * Wraps a connected socket.
     *
     * @param devicePath the BlueZ device object path
     * @param address    the phone's Bluetooth address ({@code AA:BB:CC:DD:EE:FF}), or empty when unknown
     * @param alias      the phone's Bluetooth alias, or empty
     * @param socket     the connected socket; this connection owns it from now on
     */
    public RfcommConnection(String devicePath, String address, String alias, FileDescriptor socket) {
        this.devicePath = Objects.requireNonNull(devicePath, "devicePath");
        this.address = address == null ? "" : address;
        this.alias = alias == null ? "" : alias;
        Objects.requireNonNull(socket, "socket");
        this.fdNumber = new JUnixSocketSocketProvider().getFileDescriptorValue(socket);
        this.input = new FileInputStream(socket);
        this.output = new FileOutputStream(socket);
    }

    /** The BlueZ device object path. */
    public String devicePath() {
        return devicePath;
    }

    /** The phone's Bluetooth address; log only its {@link BluetoothAddresses#mask(String) masked form}. */
    public String address() {
        return address;
    }

    /** The phone's Bluetooth alias as the user named it. */
    public String alias() {
        return alias;
    }

    /** Bytes from the phone (AT responses and unsolicited results). */
    public InputStream input() {
        return input;
    }

    /** Bytes to the phone (AT commands). */
    public OutputStream output() {
        return output;
    }

    /** Whether {@link #close()} has not been called yet. */
    public boolean isOpen() {
        return open.get();
    }

    /** Shuts the socket down and closes it; the phone sees the RFCOMM channel drop. */
    @Override
    public void close() {
        if (!open.compareAndSet(true, false)) {
            return;
        }
        fdNumber.ifPresent(NativeSockets::shutdown);
        try {
            input.close();
        } catch (IOException ignored) {
            // The descriptor is gone either way; there is nothing left to release.
        }
    }

    @Override
    public String toString() {
        return "RfcommConnection[" + BluetoothAddresses.mask(address) + (open.get() ? ", open]" : ", closed]");
    }
}
