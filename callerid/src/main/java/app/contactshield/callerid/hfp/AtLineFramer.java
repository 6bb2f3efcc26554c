package app.contactshield.callerid.hfp;

import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Cuts a byte stream into AT lines, whatever the chunking. A line ends at CR, LF or any run of them, so the
 * {@code \r\n<result>\r\n} framing of results and the bare {@code \r} ending commands both work; empty lines are
 * skipped. NUL and other control bytes (except TAB) are dropped. A line longer than the limit is discarded whole
 * with a WARN that gives only its length; the buffer never grows past the limit. Bytes are read as UTF-8 (names
 * in {@code +CLCC} may be non-ASCII); invalid sequences become U+FFFD.
 *
 * <p>Not thread-safe: feed it from one thread (the link's event thread).
 */
public final class AtLineFramer {

    /** The default longest line in bytes; HFP results are far shorter. */
    public static final int DEFAULT_MAX_LINE = 512;

    private static final Logger LOG = LoggerFactory.getLogger(AtLineFramer.class);

    private final byte[] line;
    private final Consumer<String> sink;
    private int length;
    private boolean discarding;
    private long discardedLength;
    private long droppedBytes;
    private long discardedLines;

    /**
     * A framer with the default limit.
     *
     * @param sink receives every complete, non-empty line, without delimiters, on the feeding thread
     */
    public AtLineFramer(Consumer<String> sink) {
        this(DEFAULT_MAX_LINE, sink);
    }

    /**
     * A framer with a given limit.
     *
     * @param maxLineBytes the longest line kept, in bytes (at least 16)
     * @param sink         receives every complete, non-empty line on the feeding thread
     */
    public AtLineFramer(int maxLineBytes, Consumer<String> sink) {
        if (maxLineBytes < 16) {
            throw new IllegalArgumentException("maxLineBytes " + maxLineBytes + " is below the minimum of 16");
        }
        this.line = new byte[maxLineBytes];
        this.sink = sink;
    }

    /**
     * Feeds bytes; calls the sink for each line they complete.
     *
     * @param bytes  the buffer
     * @param offset where the new bytes start
     * @param count  how many bytes
     */
    public void feed(byte[] bytes, int offset, int count) {
        for (int i = offset; i < offset + count; i++) {
            byte b = bytes[i];
            if (b == '\r' || b == '\n') {
                endLine();
            } else if ((b >= 0 && b < 0x20 && b != '\t') || b == 0x7f) {
                droppedBytes++;
            } else if (discarding) {
                discardedLength++;
            } else if (length == line.length) {
                discarding = true;
                discardedLength = length + 1L;
                length = 0;
            } else {
                line[length++] = b;
            }
        }
    }

    /** Feeds a whole array. */
    public void feed(byte[] bytes) {
        feed(bytes, 0, bytes.length);
    }

    /** Drops a partial line, as when the connection ends mid-line. */
    public void reset() {
        length = 0;
        discarding = false;
        discardedLength = 0;
    }

    /** How many bytes the current partial line holds; never more than the limit. */
    public int bufferedBytes() {
        return length;
    }

    /** The line limit in bytes. */
    public int maxLineBytes() {
        return line.length;
    }

    /** How many NUL and other control bytes were dropped so far. */
    public long droppedBytes() {
        return droppedBytes;
    }

    /** How many over-long lines were discarded so far. */
    public long discardedLines() {
        return discardedLines;
    }

    private void endLine() {
        if (discarding) {
            discardedLines++;
            LOG.warn("Discarded an AT line of {} bytes: longer than the limit of {} bytes", discardedLength,
                    line.length);
            reset();
            return;
        }
        if (length == 0) {
            return;
        }
        String text = new String(line, 0, length, StandardCharsets.UTF_8).strip();
        length = 0;
        if (!text.isEmpty()) {
            sink.accept(text);
        }
    }
}
