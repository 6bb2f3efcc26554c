package app.contactshield.callerid.demo;

import static app.contactshield.callerid.demo.AgCalls.ACTIVE;
import static app.contactshield.callerid.demo.AgCalls.ALERTING;
import static app.contactshield.callerid.demo.AgCalls.DIALING;
import static app.contactshield.callerid.demo.AgCalls.HELD;
import static app.contactshield.callerid.demo.AgCalls.INCOMING;
import static app.contactshield.callerid.demo.AgCalls.WAITING;

import app.contactshield.callerid.demo.AgCalls.AgCall;
import app.contactshield.callerid.hfp.AtCommand;
import app.contactshield.callerid.hfp.AtLineFramer;
import app.contactshield.callerid.hfp.IndicatorSpec;
import java.io.Closeable;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.ReadableByteChannel;
import java.nio.channels.WritableByteChannel;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The audio-gateway side of the hands-free dialogue: a small phone that answers the service level connection as
 * its {@link AgProfile} says, keeps its calls (27.007 statuses), reports them through indicators, {@code RING},
 * {@code +CLIP}, {@code +CCWA} and {@code +CLCC}, and obeys {@code ATA}, {@code AT+CHUP}, {@code ATD} and
 * {@code AT+CHLD}. Script it with {@link #ring}, {@link #callWaiting}, {@link #answerOnHandset()},
 * {@link #callerHangsUp()}, {@link #remoteAnswers()} and {@link #remoteHangsUp()}.
 *
 * <p>Threads: a reader thread ({@code simulated-phone-N}) answers commands; script methods may be called from any
 * thread. All state is guarded by this object's monitor. Whoever starts it closes it; closing closes its channels.
 */
public final class SimulatedPhone implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(SimulatedPhone.class);
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private final AgProfile profile;
    private final ReadableByteChannel in;
    private final WritableByteChannel out;
    private final Closeable transport;
    private final Random chunks;
    private final List<String> indicatorKeys = new ArrayList<>();
    private final AgCalls calls = new AgCalls();
    private final List<String> received = new ArrayList<>();
    private final int[] reported = new int[3];
    private boolean reporting;
    private boolean clip;
    private boolean ccwa;
    private boolean cmee;
    private int rings;
    private boolean closed;

    private SimulatedPhone(AgProfile profile, ReadableByteChannel in, WritableByteChannel out, Closeable transport,
                           Random chunks) {
        this.profile = profile;
        this.in = in;
        this.out = out;
        this.transport = transport;
        this.chunks = chunks;
        for (String group : profile.indicators()) {
            int open = group.indexOf('"');
            int close = group.indexOf('"', open + 1);
            indicatorKeys.add(IndicatorSpec.canonical(group.substring(open + 1, close)));
        }
    }

    /**
     * Starts a phone on two blocking channels.
     *
     * @param profile   how it behaves
     * @param in        bytes from the hands-free unit
     * @param out       bytes to the hands-free unit
     * @param transport closed by {@link #close()}
     * @param chunks    when not {@code null}, every write is cut into pieces of one to three bytes chosen by it
     */
    public static SimulatedPhone start(AgProfile profile, ReadableByteChannel in, WritableByteChannel out,
                                       Closeable transport, Random chunks) {
        SimulatedPhone phone = new SimulatedPhone(profile, in, out, transport, chunks);
        Thread reader = new Thread(phone::readLoop, "simulated-phone-" + SEQUENCE.incrementAndGet());
        reader.setDaemon(true);
        reader.start();
        return phone;
    }

    /** The profile. */
    public AgProfile profile() {
        return profile;
    }

    private void readLoop() {
        AtLineFramer framer = new AtLineFramer(this::onCommand);
        ByteBuffer buffer = ByteBuffer.allocate(256);
        try {
            while (true) {
                buffer.clear();
                int n = in.read(buffer);
                if (n < 0) {
                    break;
                }
                framer.feed(buffer.array(), 0, n);
            }
        } catch (ClosedChannelException e) {
            LOG.debug("Simulated phone: link closed");
        } catch (IOException e) {
            LOG.debug("Simulated phone: reading failed", e);
        }
        close();
    }

    private synchronized void onCommand(String line) {
        received.add(line);
        notifyAll();
        AtCommand command = AtCommand.parse(line);
        if (command == null) {
            send("ERROR");
            return;
        }
        if (!handle(command)) {
            send(cmee ? "+CME ERROR: 4" : "ERROR");
        }
    }

    private boolean handle(AtCommand c) {
        switch (c.name()) {
            case "+BRSF":
                send((profile.compactBrsf() ? "+BRSF:" : "+BRSF: ") + profile.features());
                return ok();
            case "+CIND":
                return indicators(c.type());
            case "+CMER":
                reporting = c.arguments().replace(" ", "").endsWith(",1");
                syncReported();
                return ok();
            case "+CHLD":
                if (c.type() == AtCommand.Type.TEST) {
                    return test("+CHLD: " + profile.callHoldModes());
                }
                return hold(c.arguments());
            case "+BIND":
                return bind(c.type());
            case "+CLIP":
                clip = c.arguments().strip().startsWith("1");
                return ok();
            case "+CCWA":
                ccwa = c.arguments().strip().startsWith("1");
                return ok();
            case "+CMEE":
                cmee = c.arguments().strip().startsWith("1");
                return ok();
            case "+BAC", "+BCS", "+NREC", "+VGS", "+VGM", "+BIA", "+BIEV":
                return ok();
            case "+CLCC":
                return listCalls();
            case "A":
                return answer();
            case "+CHUP":
                return hangUp();
            case "D":
                return dial(c.arguments());
            default:
                return false;
        }
    }

    private boolean ok() {
        send("OK");
        return true;
    }

    private boolean test(String answer) {
        send(answer);
        return ok();
    }

    private boolean indicators(AtCommand.Type type) {
        if (type == AtCommand.Type.TEST) {
            return test("+CIND: " + String.join(",", profile.indicators()));
        }
        if (type != AtCommand.Type.READ) {
            return false;
        }
        StringBuilder values = new StringBuilder("+CIND: ");
        for (int i = 0; i < indicatorKeys.size(); i++) {
            values.append(i == 0 ? "" : ",").append(indicatorValue(indicatorKeys.get(i)));
        }
        send(values.toString());
        return ok();
    }

    private boolean bind(AtCommand.Type type) {
        if (profile.hfIndicators().isEmpty()) {
            return false;
        }
        if (type == AtCommand.Type.TEST) {
            StringBuilder ids = new StringBuilder();
            for (Integer id : profile.hfIndicators()) {
                ids.append(ids.length() == 0 ? "" : ",").append(id);
            }
            return test("+BIND: (" + ids + ")");
        }
        if (type == AtCommand.Type.READ) {
            for (Integer id : profile.hfIndicators()) {
                send("+BIND: " + id + ",1");
            }
        }
        return ok();
    }

    private int indicatorValue(String key) {
        switch (key) {
            case "service":
                return 1;
            case "signal":
                return 4;
            case "battchg":
                return 3;
            case "call":
                return calls.callIndicator();
            case "callsetup":
                return calls.setupIndicator();
            case "callheld":
                return calls.heldIndicator();
            default:
                return 0;
        }
    }

    private void syncReported() {
        reported[0] = calls.callIndicator();
        reported[1] = calls.setupIndicator();
        reported[2] = calls.heldIndicator();
    }

    /** Sends {@code +CIEV} for each call indicator that changed, in the order call, callsetup, callheld. */
    private void reportIndicators() {
        int[] now = {calls.callIndicator(), calls.setupIndicator(), calls.heldIndicator()};
        String[] keys = {"call", "callsetup", "callheld"};
        for (int i = 0; i < now.length; i++) {
            if (now[i] != reported[i]) {
                reported[i] = now[i];
                int position = indicatorKeys.indexOf(keys[i]);
                if (reporting && position >= 0) {
                    send("+CIEV: " + (position + 1) + "," + now[i]);
                }
            }
        }
    }

    private boolean listCalls() {
        if (profile.bareClccWhileRinging() && calls.has(INCOMING)) {
            return ok();
        }
        String sep = profile.paddedClcc() ? ", " : ",";
        for (AgCall call : calls.all()) {
            StringBuilder row = new StringBuilder("+CLCC: ").append(call.index).append(sep)
                    .append(call.incoming ? 1 : 0).append(sep).append(call.status).append(sep).append(0).append(sep)
                    .append(0);
            if (!call.format.hidesNumber()) {
                row.append(sep).append('"').append(call.number).append('"').append(sep).append(call.format.type());
                if (profile.clccAlpha()) {
                    row.append(sep).append(profile.paddedClcc() ? "\"  \"" : "\"\"");
                }
            }
            send(row.toString());
        }
        return ok();
    }

    private boolean answer() {
        AgCall ringing = calls.find(INCOMING);
        if (ringing == null) {
            return false;
        }
        ringing.status = ACTIVE;
        send("OK");
        reportIndicators();
        return true;
    }

    private boolean hangUp() {
        AgCall target = calls.first(INCOMING, ACTIVE, ALERTING, DIALING);
        if (target == null) {
            return false;
        }
        calls.remove(target);
        send("OK");
        reportIndicators();
        return true;
    }

    private boolean dial(String arguments) {
        String number = arguments.endsWith(";") ? arguments.substring(0, arguments.length() - 1) : arguments;
        if (number.isEmpty() || calls.has(DIALING) || calls.has(ALERTING)) {
            return false;
        }
        calls.holdActive();
        calls.add(new AgCall(false, DIALING, number, ClipFormat.NATIONAL));
        send("OK");
        reportIndicators();
        calls.find(DIALING).status = ALERTING;
        reportIndicators();
        return true;
    }

    private boolean hold(String argument) {
        String a = argument.strip();
        if (a.isEmpty() || !profile.callHoldModes().contains(a.length() > 1 ? a.charAt(0) + "x" : a)) {
            return false;
        }
        int index = a.length() > 1 ? parseIndex(a.substring(1)) : 0;
        if ((a.length() > 1 && index < 1) || !calls.hold(a.charAt(0), index)) {
            return false;
        }
        send("OK");
        reportIndicators();
        return true;
    }

    private static int parseIndex(String s) {
        try {
            return Integer.parseInt(s);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /**
     * An incoming call: {@code callsetup=1}, then {@code RING} with {@code +CLIP} as the profile times it. While
     * another call is in progress this becomes call waiting instead.
     *
     * @param number the number as the network delivers it (ignored when the format hides it)
     * @param format how the network delivers it
     */
    public synchronized void ring(String number, ClipFormat format) {
        if (calls.has(ACTIVE) || calls.has(HELD)) {
            callWaiting(number, format);
            return;
        }
        if (calls.has(INCOMING)) {
            return;
        }
        calls.add(new AgCall(true, INCOMING, format.hidesNumber() ? "" : number, format));
        rings = 0;
        reportIndicators();
        ringAgain();
    }

    /** The periodic repeat while the phone rings: {@code RING} again (with {@code +CLIP} as the profile says). */
    public synchronized void ringAgain() {
        AgCall ringing = calls.find(INCOMING);
        if (ringing == null) {
            return;
        }
        rings++;
        send("RING");
        boolean clipNow = profile.clipTiming() == AgProfile.ClipTiming.WITH_EVERY_RING
                || (profile.clipTiming() == AgProfile.ClipTiming.FROM_SECOND_RING && rings >= 2);
        if (clip && clipNow) {
            send(clipLine(ringing));
        }
    }

    private String clipLine(AgCall call) {
        if (call.format.hidesNumber()) {
            return "+CLIP: \"\",128,\"\",0,\"\"," + call.format.validity();
        }
        String head = "+CLIP: \"" + call.number + "\"," + call.format.type();
        return profile.longClip() ? head + ",\"\",0,\"\",0" : head;
    }

    /** A second caller while a call is active: {@code callsetup=1} and {@code +CCWA}. */
    public synchronized void callWaiting(String number, ClipFormat format) {
        if (calls.has(WAITING) || !(calls.has(ACTIVE) || calls.has(HELD))) {
            return;
        }
        calls.add(new AgCall(true, WAITING, format.hidesNumber() ? "" : number, format));
        reportIndicators();
        repeatCallWaiting();
    }

    /** Repeats the {@code +CCWA} notice, as phones do while the second call waits. */
    public synchronized void repeatCallWaiting() {
        AgCall waiting = calls.find(WAITING);
        if (waiting == null || !ccwa) {
            return;
        }
        String number = waiting.format.hidesNumber() ? "" : waiting.number;
        String tail = waiting.format.hidesNumber() ? ",1,\"\"," + waiting.format.validity() : ",1";
        send("+CCWA: \"" + number + "\"," + waiting.format.type() + tail);
    }

    /** The ringing (or waiting) caller gives up before anyone answered. */
    public synchronized void callerHangsUp() {
        AgCall ringing = calls.first(INCOMING, WAITING);
        if (ringing != null) {
            calls.remove(ringing);
            reportIndicators();
        }
    }

    /** The called party answers the outgoing call. */
    public synchronized void remoteAnswers() {
        AgCall outgoing = calls.first(ALERTING, DIALING);
        if (outgoing != null) {
            outgoing.status = ACTIVE;
            reportIndicators();
        }
    }

    /** Whether an outgoing call is being set up or rings at the other end. */
    public synchronized boolean isCallingOut() {
        return calls.first(ALERTING, DIALING) != null;
    }

    /** The other party of the active call hangs up. */
    public synchronized void remoteHangsUp() {
        AgCall active = calls.find(ACTIVE);
        if (active != null) {
            calls.remove(active);
            reportIndicators();
        }
    }

    /** The user picks the ringing call up on the handset itself: it becomes active without any command. */
    public synchronized void answerOnHandset() {
        AgCall ringing = calls.find(INCOMING);
        if (ringing != null) {
            ringing.status = ACTIVE;
            reportIndicators();
        }
    }

    /** Whether a second call is waiting now. */
    public synchronized boolean isWaiting() {
        return calls.has(WAITING);
    }

    /** Whether a call is ringing now. */
    public synchronized boolean isRinging() {
        return calls.has(INCOMING);
    }

    /** How many calls the phone has. */
    public synchronized int callCount() {
        return calls.all().size();
    }

    /** Every command line received so far, in order. */
    public synchronized List<String> receivedCommands() {
        return List.copyOf(received);
    }

    /**
     * Waits until a command line equal to {@code line} (ignoring case) arrives.
     *
     * @return whether it arrived within the timeout
     */
    public synchronized boolean awaitCommand(String line, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        int seen = 0;
        while (true) {
            for (Iterator<String> it = received.listIterator(seen); it.hasNext(); seen++) {
                if (it.next().equalsIgnoreCase(line)) {
                    return true;
                }
            }
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return false;
            }
            wait(Math.max(1, left / 1_000_000));
        }
    }

    private void send(String line) {
        if (closed) {
            return;
        }
        byte[] bytes = ("\r\n" + line + "\r\n").getBytes(StandardCharsets.UTF_8);
        try {
            int offset = 0;
            while (offset < bytes.length) {
                int n = chunks == null ? bytes.length : Math.min(bytes.length - offset, 1 + chunks.nextInt(3));
                ByteBuffer piece = ByteBuffer.wrap(bytes, offset, n);
                while (piece.hasRemaining()) {
                    out.write(piece);
                }
                offset += n;
            }
        } catch (IOException e) {
            LOG.debug("Simulated phone: writing failed", e);
            closed = true;
        }
    }

    /** Closes the link (as when the phone leaves); idempotent. */
    @Override
    public void close() {
        synchronized (this) {
            closed = true;
            notifyAll();
        }
        try {
            transport.close();
        } catch (IOException e) {
            LOG.debug("Simulated phone: closing failed", e);
        }
    }
}
