package app.contactshield.graphsync.loopback;

import app.contactshield.graphsync.demo.DemoGraphTransport;
import app.contactshield.graphsync.demo.DemoPages;
import app.contactshield.graphsync.graph.GraphResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.SSLSocketFactory;

/**
 * A loopback HTTPS Graph stand-in on raw sockets, for faults a mock server cannot make: a {@code 200} whose head and
 * first half of the body arrive and then the TCP connection is reset, or the body stalls. Serves a demo tenant's
 * pages where Graph's links point (the same pages as {@link GraphStandIn}). One thread per connection, HTTP/1.1
 * keep-alive; {@link #close} ends every connection, stalled ones included.
 */
public final class RawGraphStandIn implements AutoCloseable {
    /** What a faulted response does after its head and half its body. */
    public enum Fault { RESET_MID_BODY, STALL_MID_BODY }

    private final ServerSocket server;
    private final DemoGraphTransport pages;
    private final SSLSocketFactory tls = TestTls.serverContext().getSocketFactory();
    private final Map<String, Deque<Fault>> faults = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> requests = new ConcurrentHashMap<>();
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
    private final CountDownLatch closed = new CountDownLatch(1);

    /** Starts serving the tenant's pages on a loopback port. */
    public RawGraphStandIn(DemoPages tenant) {
        try {
            server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        pages = new DemoGraphTransport(tenant, root());
        Thread acceptor = new Thread(this::accept, "raw-graph-stand-in");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    /** The Graph v1.0 root of the stand-in. */
    public URI root() {
        return URI.create("https://localhost:" + server.getLocalPort() + "/v1.0/");
    }

    /** Answers the next {@code times} requests for a page (path and query below the root) with a fault. */
    public void fault(String pageUrl, Fault fault, int times) {
        Deque<Fault> queue = faults.computeIfAbsent("/v1.0/" + pageUrl, k -> new ArrayDeque<>());
        synchronized (queue) {
            for (int i = 0; i < times; i++) {
                queue.add(fault);
            }
        }
    }

    /** How many requests a page (path and query below the root) received. */
    public int requests(String pageUrl) {
        AtomicInteger count = requests.get("/v1.0/" + pageUrl);
        return count == null ? 0 : count.get();
    }

    private void accept() {
        while (!server.isClosed()) {
            try {
                Socket plain = server.accept();
                open.add(plain);
                Thread worker = new Thread(() -> serve(plain), "raw-graph-stand-in-connection");
                worker.setDaemon(true);
                worker.start();
            } catch (IOException e) {
                return;
            }
        }
    }

    private void serve(Socket plain) {
        try (SSLSocket socket = (SSLSocket) tls.createSocket(plain, null, plain.getPort(), true)) {
            socket.setUseClientMode(false);
            InputStream in = socket.getInputStream();
            OutputStream out = socket.getOutputStream();
            String target;
            while ((target = requestTarget(in)) != null) {
                requests.computeIfAbsent(target, k -> new AtomicInteger()).incrementAndGet();
                if (!answer(target, plain, out)) {
                    return;
                }
            }
        } catch (IOException e) {
            // The client went away or the connection was reset on purpose; either ends this connection.
        } finally {
            open.remove(plain);
        }
    }

    /** Writes one response; false when the connection must end (a fault was served). */
    private boolean answer(String target, Socket plain, OutputStream out) throws IOException {
        byte[] body;
        int status;
        try (GraphResponse response = pages.get(URI.create("https://localhost:" + server.getLocalPort() + target),
                "stand-in")) {
            status = response.status();
            body = response.body().readAllBytes();
        }
        String reason = status == 200 ? " OK" : " Not Found";
        byte[] head = ("HTTP/1.1 " + status + reason + "\r\nContent-Type: application/json\r\nContent-Length: "
                + body.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
        out.write(head);
        Fault fault = nextFault(target);
        if (fault == null) {
            out.write(body);
            out.flush();
            return true;
        }
        out.write(body, 0, body.length / 2);
        out.flush();
        if (fault == Fault.STALL_MID_BODY) {
            awaitClose();
        }
        plain.setSoLinger(true, 0);
        plain.close();
        return false;
    }

    private Fault nextFault(String target) {
        Deque<Fault> queue = faults.get(target);
        if (queue == null) {
            return null;
        }
        synchronized (queue) {
            return queue.poll();
        }
    }

    private void awaitClose() {
        try {
            closed.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Reads one request head and returns its target, or {@code null} when the client closed the connection. */
    private static String requestTarget(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        int last4 = 0;
        int b;
        while ((b = in.read()) >= 0) {
            head.write(b);
            last4 = (last4 << 8) | b;
            if (last4 == 0x0d0a0d0a) {
                String requestLine = head.toString(StandardCharsets.US_ASCII).split("\r\n", 2)[0];
                return requestLine.split(" ")[1];
            }
        }
        return null;
    }

    @Override
    public void close() {
        closed.countDown();
        try {
            server.close();
        } catch (IOException e) {
            // Closing a listening socket that is already gone changes nothing.
        }
        for (Socket socket : open) {
            try {
                socket.close();
            } catch (IOException e) {
                // The connection is being torn down anyway.
            }
        }
    }
}
