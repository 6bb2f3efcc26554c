package app.contactshield.desktop.instance;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The one line each way that a second start and the running instance exchange, in UTF-8: the start sends
 * {@value #OPEN} or {@value #OPEN} followed by a space and its link; the instance answers {@value #TAKEN}, or
 * {@value #REFUSED} to any other line.
 */
final class InstanceLine {
    static final String OPEN = "OPEN";
    static final String TAKEN = "OK";
    static final String REFUSED = "NO";
    /** The longest line either side reads, newline included. */
    static final int MAX_BYTES = 2_048;

    private InstanceLine() {
    }

    /**
     * The line that hands over {@code link} (or none).
     *
     * @throws IllegalArgumentException when the link holds a line break or control character, or is too long
     */
    static String request(Optional<String> link) {
        if (link.isEmpty()) {
            return OPEN + "\n";
        }
        String text = link.get();
        if (text.isBlank() || text.chars().anyMatch(Character::isISOControl)
                || text.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES - OPEN.length() - 2) {
            throw new IllegalArgumentException("A link to hand over must be one line of at most "
                    + (MAX_BYTES - OPEN.length() - 2) + " bytes without control characters");
        }
        return OPEN + " " + text + "\n";
    }

    /**
     * The link a request line hands over: empty inside when it hands over none; empty outside when the line is no
     * request.
     */
    static Optional<Optional<String>> linkOf(String line) {
        if (line.equals(OPEN)) {
            return Optional.of(Optional.empty());
        }
        if (line.startsWith(OPEN + " ") && !line.substring(OPEN.length() + 1).isBlank()
                && line.chars().noneMatch(Character::isISOControl)) {
            return Optional.of(Optional.of(line.substring(OPEN.length() + 1)));
        }
        return Optional.empty();
    }

    /** Writes {@code line} and a newline. */
    static void write(SocketChannel channel, String line) throws IOException {
        ByteBuffer bytes = ByteBuffer.wrap((line.endsWith("\n") ? line : line + "\n")
                .getBytes(StandardCharsets.UTF_8));
        while (bytes.hasRemaining()) {
            channel.write(bytes);
        }
    }

    /**
     * The next line the other side sends, without its newline; empty when none came within {@code limit}, the other
     * side closed first or the line is longer than {@value #MAX_BYTES} bytes. Leaves the channel non-blocking.
     */
    static Optional<String> read(SocketChannel channel, Duration limit) throws IOException {
        channel.configureBlocking(false);
        ByteBuffer buffer = ByteBuffer.allocate(MAX_BYTES);
        long deadline = System.nanoTime() + limit.toNanos();
        try (Selector selector = Selector.open()) {
            channel.register(selector, SelectionKey.OP_READ);
            while (buffer.hasRemaining()) {
                long left = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
                if (left <= 0) {
                    return Optional.empty();
                }
                selector.select(left);
                selector.selectedKeys().clear();
                int before = buffer.position();
                if (channel.read(buffer) < 0) {
                    return Optional.empty();
                }
                for (int i = before; i < buffer.position(); i++) {
                    if (buffer.get(i) == '\n') {
                        return Optional.of(new String(buffer.array(), 0, i, StandardCharsets.UTF_8));
                    }
                }
            }
            return Optional.empty();
        }
    }
}
