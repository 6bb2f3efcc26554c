package app.contactshield.callerid.hfp;

import app.contactshield.callerid.link.LinkState;
import app.contactshield.callerid.link.PhoneCall;
import app.contactshield.callerid.link.PhoneLink;
import app.contactshield.callerid.link.PhoneLinkException;
import app.contactshield.callerid.link.PhoneLinkListener;
import java.io.Closeable;
import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.ByteChannel;
import java.nio.channels.Channels;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.ReadableByteChannel;
import java.nio.channels.WritableByteChannel;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The project's own hands-free (HFP HF) engine: a {@link PhoneLink} over any connected byte stream to a phone's
 * audio gateway, normally the RFCOMM socket BlueZ hands over in {@code Profile1.NewConnection}. It only speaks AT
 * commands: it never requests the phonebook (PBAP), messages (MAP) or phonebook AT commands.
 *
 * <p>Threads: a reader thread ({@code hfp-reader-N}) blocks on the transport; all protocol work and every listener
 * call happens on one event thread ({@code hfp-events-N}). {@link #answer}, {@link #hangUp}, {@link #dial} and
 * {@link #hold} block the caller until the phone answers (never call them on the JavaFX thread); called from a
 * listener, on the event thread, they return at once and a failure is only logged.
 *
 * <p>Lifecycle: {@code start(...)} begins the service level connection; {@link #setup()} completes when it is up
 * (or failed). Whoever started the engine closes it; {@link #close()} closes the transport too. When the phone
 * drops the link, listeners get every call ENDED and a disconnected {@link LinkState}, and the engine ends its
 * threads; a new connection needs a new engine.
 */
public final class HandsFreeEngine implements PhoneLink {

    private static final Logger LOG = LoggerFactory.getLogger(HandsFreeEngine.class);
    private static final AtomicInteger SEQUENCE = new AtomicInteger();
    private static final int READ_BUFFER = 1024;

    private final int number;
    private final HandsFreeSettings settings;
    private final ReadableByteChannel in;
    private final WritableByteChannel out;
    private final Closeable transport;
    private final ScheduledThreadPoolExecutor events;
    private final HandsFreeSession session;
    private final List<PhoneLinkListener> listeners = new CopyOnWriteArrayList<>();
    private final CompletableFuture<LinkState> setup = new CompletableFuture<>();
    private final AtomicBoolean closed = new AtomicBoolean();
    private final AtomicBoolean transportClosed = new AtomicBoolean();
    private volatile Thread eventThread;
    private volatile LinkState state;
    private volatile List<PhoneCall> calls = List.of();
    private volatile List<String> indicatorNames = List.of();
    private volatile List<String> callHoldModes = List.of();
    private volatile int phoneFeatures;

    private HandsFreeEngine(ReadableByteChannel in, WritableByteChannel out, Closeable transport,
                            HandsFreeSettings settings) {
        this.in = Objects.requireNonNull(in, "in");
        this.out = Objects.requireNonNull(out, "out");
        this.transport = Objects.requireNonNull(transport, "transport");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.state = LinkState.disconnected(settings.backend(), "setting up the hands-free link");
        this.number = SEQUENCE.incrementAndGet();
        int n = number;
        this.events = new ScheduledThreadPoolExecutor(1, r -> {
            Thread t = new Thread(r, "hfp-events-" + n);
            t.setDaemon(true);
            eventThread = t;
            return t;
        });
        events.setRemoveOnCancelPolicy(true);
        events.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
        this.session = new HandsFreeSession(settings, new Output(), this::schedule);
    }

    /**
     * Starts the engine on a connected, blocking byte channel (a {@code SocketChannel}, say). The channel is read
     * and written concurrently and closed by {@link #close()}.
     */
    public static HandsFreeEngine start(ByteChannel channel, HandsFreeSettings settings) {
        return start(channel, channel, channel, settings);
    }

    /**
     * Starts the engine on two blocking channels (two {@code Pipe} ends, say).
     *
     * @param in        bytes from the phone
     * @param out       bytes to the phone
     * @param transport closed by {@link #close()} and when the link ends; closing it must end a blocked read
     * @param settings  how the engine presents itself
     */
    public static HandsFreeEngine start(ReadableByteChannel in, WritableByteChannel out, Closeable transport,
                                        HandsFreeSettings settings) {
        HandsFreeEngine engine = new HandsFreeEngine(in, out, transport, settings);
        engine.begin();
        return engine;
    }

    /**
     * Starts the engine on a stream pair, e.g. a socket's streams. {@code transport} closes the socket; closing it
     * must end a read blocked on {@code in} (a socket's close does).
     */
    public static HandsFreeEngine start(InputStream in, OutputStream out, Closeable transport,
                                        HandsFreeSettings settings) {
        return start(Channels.newChannel(in), Channels.newChannel(out), transport, settings);
    }

    /**
     * Starts the engine on a stream pair as {@link #start(InputStream, OutputStream, Closeable, HandsFreeSettings)}
     * does, with {@code listener} told of every event from the first one on: a listener added after the start can
     * miss the link coming up, which happens within milliseconds of it.
     */
    public static HandsFreeEngine start(InputStream in, OutputStream out, Closeable transport,
                                        HandsFreeSettings settings, PhoneLinkListener listener) {
        HandsFreeEngine engine = new HandsFreeEngine(Channels.newChannel(in), Channels.newChannel(out), transport,
                settings);
        engine.addListener(listener);
        engine.begin();
        return engine;
    }

    /**
     * Starts the engine on a connected socket's file descriptor, as BlueZ hands it over in
     * {@code Profile1.NewConnection} (with junixsocket:
     * {@code FileDescriptorCast.unsafeUsing(fd).getFileDescriptor()}).
     * The engine owns the descriptor from now on and closes it; reads go through the descriptor's
     * {@link java.nio.channels.FileChannel}, so {@link #close()} also ends a blocked read.
     */
    public static HandsFreeEngine start(FileDescriptor socket, HandsFreeSettings settings) {
        FileInputStream input = new FileInputStream(socket);
        FileOutputStream output = new FileOutputStream(socket);
        return start(input, output, () -> {
            try (input; output) {
                LOG.debug("Closing the hands-free socket");
            }
        }, settings);
    }

    private void begin() {
        Thread reader = new Thread(this::readLoop, "hfp-reader-" + number);
        reader.setDaemon(true);
        submit(session::start);
        reader.start();
    }

    private void readLoop() {
        ByteBuffer buffer = ByteBuffer.allocate(READ_BUFFER);
        String reason = "the phone closed the link";
        try {
            while (true) {
                buffer.clear();
                int n = in.read(buffer);
                if (n < 0) {
                    break;
                }
                byte[] bytes = Arrays.copyOf(buffer.array(), n);
                submit(() -> session.onBytes(bytes, 0, bytes.length));
            }
        } catch (ClosedChannelException e) {
            reason = "the link was closed";
        } catch (IOException e) {
            reason = "reading from the phone failed";
            LOG.info("Reading from the phone failed", e);
        }
        String why = reason;
        submit(() -> session.onTransportClosed(why));
        shutTransport();
        events.shutdown();
    }

    /** Completes with the connected state once the service level connection is up, or the failed state. */
    public CompletableFuture<LinkState> setup() {
        return setup.copy();
    }

    /** The phone's {@code +BRSF} feature bits, known once {@link #setup()} completed. */
    public int phoneFeatures() {
        return phoneFeatures;
    }

    /** The indicator names in the order the phone announced them, known once {@link #setup()} completed. */
    public List<String> indicatorNames() {
        return indicatorNames;
    }

    /** The {@code AT+CHLD} modes the phone offers, known once {@link #setup()} completed. */
    public List<String> callHoldModes() {
        return callHoldModes;
    }

    @Override
    public void addListener(PhoneLinkListener listener) {
        listeners.add(Objects.requireNonNull(listener, "listener"));
    }

    @Override
    public void removeListener(PhoneLinkListener listener) {
        listeners.remove(listener);
    }

    @Override
    public LinkState state() {
        return state;
    }

    @Override
    public List<PhoneCall> calls() {
        return calls;
    }

    @Override
    public void answer(String callId) throws PhoneLinkException {
        run("answer", done -> session.answer(callId, done));
    }

    @Override
    public void hangUp(String callId) throws PhoneLinkException {
        run("hang up", done -> session.hangUp(callId, done));
    }

    /**
     * Dials from the phone. With {@code hideCallerId} the engine dials the settings' prefix before the number
     * ({@code ATD#31#<number>;}): HFP has no per-call caller id restriction command.
     */
    @Override
    public void dial(String number, boolean hideCallerId) throws PhoneLinkException {
        run("dial", done -> session.dial(number, hideCallerId, done));
    }

    /**
     * Runs a call hold or multiparty action ({@code AT+CHLD}).
     *
     * @param action what to do
     * @param callId the call for the per-call actions ({@link CallHoldAction#perCall()}), else {@code null}
     */
    public void hold(CallHoldAction action, String callId) throws PhoneLinkException {
        Objects.requireNonNull(action, "action");
        run("call hold", done -> session.hold(action, callId, done));
    }

    private void run(String what, Consumer<CompletableFuture<Void>> command) throws PhoneLinkException {
        CompletableFuture<Void> done = new CompletableFuture<>();
        try {
            events.execute(guard(() -> command.accept(done)));
        } catch (RejectedExecutionException e) {
            throw new PhoneLinkException("cannot " + what + ": the hands-free link is closed", e);
        }
        if (Thread.currentThread() == eventThread) {
            done.whenComplete((ok, failure) -> {
                if (failure != null) {
                    LOG.warn("Could not {}: {}", what, failure.getMessage());
                }
            });
            return;
        }
        Duration wait = settings.responseTimeout().multipliedBy(4);
        try {
            done.get(wait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            throw new PhoneLinkException(e.getCause().getMessage(), e.getCause());
        } catch (TimeoutException e) {
            throw new PhoneLinkException("cannot " + what + ": no answer from the phone within " + wait.toMillis()
                    + " ms", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PhoneLinkException("interrupted while waiting for the phone to " + what, e);
        }
    }

    /** Closes the link and the transport; idempotent. Listeners get every call ENDED and the disconnected state. */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        submit(() -> session.onTransportClosed("closed by the app"));
        shutTransport();
        events.shutdown();
        if (Thread.currentThread() != eventThread) {
            try {
                if (!events.awaitTermination(2, TimeUnit.SECONDS)) {
                    LOG.warn("The hands-free event thread did not end within 2 s");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private void shutTransport() {
        if (!transportClosed.compareAndSet(false, true)) {
            return;
        }
        try {
            transport.close();
        } catch (IOException e) {
            LOG.debug("Closing the hands-free transport failed", e);
        }
    }

    private SessionTimer.Cancellable schedule(Duration delay, Runnable task) {
        try {
            ScheduledFuture<?> future = events.schedule(guard(task), delay.toNanos(), TimeUnit.NANOSECONDS);
            return () -> future.cancel(false);
        } catch (RejectedExecutionException e) {
            return () -> { };
        }
    }

    private void submit(Runnable task) {
        try {
            events.execute(guard(task));
        } catch (RejectedExecutionException e) {
            LOG.debug("Hands-free engine closed; a task was dropped");
        }
    }

    /** The event thread's boundary: a bug in handling one line must not end the link. */
    private static Runnable guard(Runnable task) {
        return () -> {
            try {
                task.run();
            } catch (RuntimeException e) {
                LOG.error("The hands-free engine failed handling an event", e);
            }
        };
    }

    /** The session's output on the event thread. */
    private final class Output implements SessionOutput {

        @Override
        public void send(String command) {
            ByteBuffer bytes = ByteBuffer.wrap((command + "\r").getBytes(StandardCharsets.US_ASCII));
            try {
                while (bytes.hasRemaining()) {
                    out.write(bytes);
                }
            } catch (IOException e) {
                LOG.info("Writing to the phone failed", e);
                submit(() -> session.onTransportClosed("writing to the phone failed"));
                shutTransport();
            }
        }

        @Override
        public void callChanged(PhoneCall call) {
            calls = session.calls();
            for (PhoneLinkListener listener : listeners) {
                try {
                    listener.callChanged(call);
                } catch (RuntimeException e) {
                    LOG.warn("A phone link listener failed on a call event", e);
                }
            }
        }

        @Override
        public void linkChanged(LinkState newState) {
            if (newState.connected()) {
                phoneFeatures = session.phoneFeatures();
                indicatorNames = List.copyOf(session.indicatorNames());
                callHoldModes = List.copyOf(session.callHoldModes());
            }
            state = newState;
            setup.complete(newState);
            for (PhoneLinkListener listener : listeners) {
                try {
                    listener.linkChanged(newState);
                } catch (RuntimeException e) {
                    LOG.warn("A phone link listener failed on a link event", e);
                }
            }
        }

        @Override
        public void closeTransport(String reason) {
            shutTransport();
        }
    }
}
