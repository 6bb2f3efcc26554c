package app.contactshield.graphsync.graph;

import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A response body as an {@link InputStream} that gives up when no byte arrives for the read deadline: the HTTP
 * client's own timeout ends when the response head arrives, so a server that stalls mid-body would otherwise block
 * the sync forever. A read that waits longer fails with {@link HttpTimeoutException} and cancels the body, and the
 * caller retries the page. Fed by the HTTP client's threads, read by one caller thread; closing it cancels the body.
 */
final class BodyReadDeadline extends InputStream implements HttpResponse.BodySubscriber<InputStream> {
    private static final List<ByteBuffer> END = List.of();

    private final long deadlineNanos;
    private final String what;
    private final LinkedBlockingQueue<Object> arrived = new LinkedBlockingQueue<>();
    private volatile Flow.Subscription subscription;
    private Iterator<ByteBuffer> buffers = END.iterator();
    private ByteBuffer current = ByteBuffer.allocate(0);
    private boolean finished;

    /**
     * @param deadline how long one read may wait for the next bytes
     * @param what     names the request in the timeout's message (a path, never a token)
     */
    BodyReadDeadline(Duration deadline, String what) {
        this.deadlineNanos = deadline.toNanos();
        this.what = what;
    }

    /** The stream itself, available at once: the body is read as it arrives, not after it. */
    @Override
    public CompletionStage<InputStream> getBody() {
        return CompletableFuture.completedFuture(this);
    }

    @Override
    public void onSubscribe(Flow.Subscription s) {
        subscription = s;
        s.request(1);
    }

    @Override
    public void onNext(List<ByteBuffer> item) {
        arrived.add(item);
    }

    @Override
    public void onError(Throwable error) {
        arrived.add(error);
    }

    @Override
    public void onComplete() {
        arrived.add(END);
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] target, int offset, int length) throws IOException {
        if (length == 0) {
            return 0;
        }
        while (!current.hasRemaining()) {
            if (buffers.hasNext()) {
                current = buffers.next();
            } else if (finished || !nextItem()) {
                return -1;
            }
        }
        int n = Math.min(length, current.remaining());
        current.get(target, offset, n);
        return n;
    }

    /** Waits for the next list of buffers; false at the end of the body. */
    private boolean nextItem() throws IOException {
        Object item;
        try {
            item = arrived.poll(deadlineNanos, TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            close();
            throw new java.io.InterruptedIOException("Interrupted while reading the body of " + what);
        }
        if (item == null) {
            close();
            throw new HttpTimeoutException("No body bytes of " + what + " arrived for "
                    + TimeUnit.NANOSECONDS.toMillis(deadlineNanos) + " ms (the body read deadline)");
        }
        if (item instanceof Throwable error) {
            finished = true;
            throw error instanceof IOException io ? io : new IOException("Reading the body of " + what
                    + " failed", error);
        }
        @SuppressWarnings("unchecked")
        List<ByteBuffer> list = (List<ByteBuffer>) item;
        if (list == END) {
            finished = true;
            return false;
        }
        buffers = list.iterator();
        subscription.request(1);
        return true;
    }

    @Override
    public void close() {
        finished = true;
        Flow.Subscription s = subscription;
        if (s != null) {
            s.cancel();
        }
    }
}
