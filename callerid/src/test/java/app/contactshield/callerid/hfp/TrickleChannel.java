package app.contactshield.callerid.hfp;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.ReadableByteChannel;
import java.util.Random;

/** Hands out what a channel reads one to three bytes at a time, as a slow RFCOMM link may. */
final class TrickleChannel implements ReadableByteChannel {

    private final ReadableByteChannel delegate;
    private final Random random;

    TrickleChannel(ReadableByteChannel delegate, long seed) {
        this.delegate = delegate;
        this.random = new Random(seed);
    }

    @Override
    public int read(ByteBuffer dst) throws IOException {
        int n;
        synchronized (random) {
            n = 1 + random.nextInt(3);
        }
        ByteBuffer small = ByteBuffer.allocate(Math.min(n, dst.remaining()));
        int got = delegate.read(small);
        small.flip();
        dst.put(small);
        return got;
    }

    @Override
    public boolean isOpen() {
        return delegate.isOpen();
    }

    @Override
    public void close() throws IOException {
        delegate.close();
    }
}
