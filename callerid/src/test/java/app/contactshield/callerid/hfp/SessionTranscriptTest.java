package app.contactshield.callerid.hfp;

import static org.assertj.core.api.Assertions.assertThat;

import app.contactshield.callerid.link.CallState;
import app.contactshield.callerid.link.PhoneCall;
import app.contactshield.callerid.link.PhoneLinkException;
import java.io.IOException;
import java.io.InputStream;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Replays full hands-free sessions written down in {@code src/test/resources/hfp/sessions}: the test plays the phone
 * over a Unix-domain socket pair, writing one to three bytes at a time, and checks every command the engine sends
 * and every call event it reports, in order.
 */
class SessionTranscriptTest {

    private static final Duration WAIT = Duration.ofSeconds(10);

    @TempDir
    Path dir;

    private static List<String> transcript(String name) throws IOException {
        try (InputStream in = SessionTranscriptTest.class.getResourceAsStream("/hfp/sessions/" + name)) {
            assertThat(in).as("transcript %s", name).isNotNull();
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return text.lines().filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"iphone-like-late-clip-answered.txt", "android-like-call-waiting.txt",
        "iphone-like-withheld-rejected-then-hidden-dial.txt"})
    void engineFollowsTheWrittenSession(String name) throws Exception {
        List<String> steps = transcript(name);
        UnixDomainSocketAddress address = UnixDomainSocketAddress.of(dir.resolve("hfp.sock"));
        try (ServerSocketChannel server = ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
            server.bind(address);
            SocketChannel engineSide = SocketChannel.open(StandardProtocolFamily.UNIX);
            engineSide.connect(address);
            try (SocketChannel phoneSide = server.accept();
                 HandsFreeEngine engine = HandsFreeEngine.start(new TrickleChannel(engineSide, 1), engineSide,
                         engineSide, HandsFreeSettings.forPhone("Transcript phone").withHideCallerIdPrefix("#31#"))) {
                RecordingListener events = new RecordingListener();
                engine.addListener(events);

                new Replay(engine, phoneSide, events).run(steps);

                assertThat(events.threads()).allMatch(t -> t.startsWith("hfp-events-"));
            }
        }
    }

    /** The phone's side of one transcript. */
    private static final class Replay {
        private final HandsFreeEngine engine;
        private final SocketChannel phone;
        private final RecordingListener events;
        private final BlockingQueue<String> commands = new LinkedBlockingQueue<>();
        private final Random chunks = new Random(17);
        private final List<CompletableFuture<Void>> actions = new ArrayList<>();
        private int callEvents;
        private int linkEvents;

        Replay(HandsFreeEngine engine, SocketChannel phone, RecordingListener events) {
            this.engine = engine;
            this.phone = phone;
            this.events = events;
            Thread reader = new Thread(this::read, "transcript-phone");
            reader.setDaemon(true);
            reader.start();
        }

        private void read() {
            AtLineFramer framer = new AtLineFramer(commands::add);
            ByteBuffer buffer = ByteBuffer.allocate(64);
            try {
                while (phone.read(buffer.clear()) >= 0) {
                    framer.feed(buffer.array(), 0, buffer.position());
                }
            } catch (IOException e) {
                commands.add("<closed>");
            }
        }

        void run(List<String> steps) throws Exception {
            for (int i = 0; i < steps.size(); i++) {
                String step = steps.get(i);
                String body = step.substring(2);
                String where = "step " + (i + 1) + " '" + step + "'";
                switch (step.charAt(0)) {
                    case '>' -> assertThat(commands.poll(WAIT.toSeconds(), TimeUnit.SECONDS)).as(where)
                            .isEqualTo(body);
                    case '<' -> send(body);
                    case '=' -> expect(body, where);
                    case '!' -> act(body);
                    default -> throw new AssertionError("unknown transcript " + where);
                }
            }
            for (CompletableFuture<Void> action : actions) {
                action.get(WAIT.toSeconds(), TimeUnit.SECONDS);
            }
        }

        private void send(String line) throws IOException {
            byte[] bytes = ("\r\n" + line + "\r\n").getBytes(StandardCharsets.UTF_8);
            int offset = 0;
            while (offset < bytes.length) {
                int n = Math.min(bytes.length - offset, 1 + chunks.nextInt(3));
                ByteBuffer piece = ByteBuffer.wrap(bytes, offset, n);
                while (piece.hasRemaining()) {
                    phone.write(piece);
                }
                offset += n;
            }
        }

        private void expect(String body, String where) throws InterruptedException {
            if (body.startsWith("LINK ")) {
                boolean up = body.endsWith("connected") && !body.endsWith("disconnected");
                int index = linkEvents++;
                assertThat(events.awaitLink(s -> events.links().size() > index).connected()).isTrue();
                assertThat(events.links().get(index).connected()).as(where).isEqualTo(up);
                return;
            }
            String[] parts = body.split(" ");
            int index = callEvents++;
            events.await(c -> events.calls().size() > index);
            PhoneCall call = events.calls().get(index);
            assertThat(call.state()).as(where).isEqualTo(CallState.valueOf(parts[0]));
            assertThat(call.number()).as(where).isEqualTo(parts[1].replace("\"", ""));
            assertThat(call.withheld()).as(where).isEqualTo(Boolean.parseBoolean(parts[2]));
        }

        private void act(String body) {
            List<PhoneCall> calls = events.calls();
            String latest = calls.isEmpty() ? "" : calls.get(calls.size() - 1).callId();
            actions.add(CompletableFuture.runAsync(() -> {
                try {
                    if (body.equals("answer")) {
                        engine.answer(latest);
                    } else if (body.equals("hangup")) {
                        engine.hangUp(latest);
                    } else if (body.startsWith("dial ")) {
                        boolean hide = body.endsWith(" hide");
                        String number = body.substring(5, hide ? body.length() - 5 : body.length());
                        engine.dial(number, hide);
                    } else {
                        throw new AssertionError("unknown action " + body);
                    }
                } catch (PhoneLinkException e) {
                    throw new AssertionError("the engine refused " + body + ": " + e.getMessage(), e);
                }
            }));
        }
    }
}
