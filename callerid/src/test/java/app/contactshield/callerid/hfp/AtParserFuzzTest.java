package app.contactshield.callerid.hfp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.IntConsumer;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

/** Property-based fuzz of the AT framer, parser and session: garbage, huge lines, NUL bytes, cut lines. */
class AtParserFuzzTest {

    private static final Duration BOUND = Duration.ofSeconds(5);
    private static final List<String> PIECES = List.of("+CLIP: ", "+CLCC: ", "+CIEV: ", "+CIND: ", "+CCWA: ",
            "+CHLD: ", "+BIND: ", "+BRSF:", "+CME ERROR: ", "RING", "OK", "ERROR", "(", ")", "\"", ",", " ", "\r",
            "\n", "\r\n", "\u0000", "0", "1", "3", "7", "145", "-", "x", "((((((((((", "\"\"", "ü", "\uFFFF");

    @Provide
    Arbitrary<byte[]> streams() {
        Arbitrary<String> piece = Arbitraries.of(PIECES);
        Arbitrary<String> garbage = Arbitraries.strings().all().ofMaxLength(40);
        Arbitrary<String> huge = Arbitraries.integers().between(400, 3000).map("A"::repeat);
        Arbitrary<String> token = Arbitraries.frequencyOf(Tuple.of(12, piece), Tuple.of(4, garbage), Tuple.of(1, huge));
        Arbitrary<byte[]> rawBytes = Arbitraries.bytes().array(byte[].class).ofMaxSize(200);
        Arbitrary<byte[]> text = token.list().ofMaxSize(120).map(list -> String.join("", list))
                .map(s -> s.getBytes(StandardCharsets.UTF_8));
        return Arbitraries.frequencyOf(Tuple.of(4, text), Tuple.of(1, rawBytes));
    }

    @Provide
    Arbitrary<String> lines() {
        Arbitrary<String> piece = Arbitraries.of(PIECES);
        Arbitrary<String> garbage = Arbitraries.strings().all().ofMaxLength(30);
        return Arbitraries.frequencyOf(Tuple.of(3, piece), Tuple.of(1, garbage)).list().ofMaxSize(60)
                .map(list -> String.join("", list));
    }

    private static void feedInPieces(byte[] bytes, long seed, IntConsumer afterChunk,
                                     ChunkSink sink) {
        Random random = new Random(seed);
        int i = 0;
        while (i < bytes.length) {
            int n = Math.min(bytes.length - i, 1 + random.nextInt(3));
            sink.feed(bytes, i, n);
            afterChunk.accept(i);
            i += n;
        }
    }

    private interface ChunkSink {
        void feed(byte[] bytes, int offset, int count);
    }

    @Property(tries = 400)
    void framerNeverThrowsAndItsBufferStaysWithinTheLimit(@ForAll("streams") byte[] stream, @ForAll long seed) {
        List<String> lines = new ArrayList<>();
        AtLineFramer framer = new AtLineFramer(lines::add);

        assertTimeoutPreemptively(BOUND, () -> feedInPieces(stream, seed,
                at -> assertThat(framer.bufferedBytes()).isLessThanOrEqualTo(framer.maxLineBytes()), framer::feed));

        assertThat(lines).allSatisfy(line -> {
            assertThat(line.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(framer.maxLineBytes());
            assertThat(line).doesNotContain("\r", "\n", "\u0000").isNotBlank();
        });
    }

    @Property(tries = 400)
    void parserAndTokenizerAcceptAnyLine(@ForAll("lines") String line) {
        AtResult result = assertTimeoutPreemptively(BOUND, () -> AtResultParser.parse(line));
        AtCommand command = AtCommand.parse(line);

        assertThat(result).isNotNull();
        assertThat(result.toString()).isNotNull();
        assertThat(AtTokenizer.tokenize(line)).isNotNull();
        assertThat(command == null || command.name() != null).isTrue();
    }

    @Property(tries = 200)
    void connectedSessionSurvivesAnyStreamFromThePhone(@ForAll("streams") byte[] stream, @ForAll long seed) {
        SessionHarness h = SessionHarness.standard();
        h.connectIphone();

        assertTimeoutPreemptively(BOUND, () -> {
            feedInPieces(stream, seed, at -> { }, h.session::onBytes);
            h.advance(Duration.ofMinutes(1));
        });

        assertThat(h.session.calls().size()).isLessThanOrEqualTo(h.events.size());
    }

    @Property(tries = 100)
    void hugeLineIsDroppedAndTheFollowingResultStillArrives(@ForAll("streams") byte[] prefix,
                                                            @ForAll long seed) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes(prefix);
        bytes.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
        bytes.writeBytes("B".repeat(AtLineFramer.DEFAULT_MAX_LINE * 3).getBytes(StandardCharsets.US_ASCII));
        bytes.writeBytes("\r\nOK\r\n".getBytes(StandardCharsets.US_ASCII));
        List<String> lines = new ArrayList<>();
        AtLineFramer framer = new AtLineFramer(lines::add);

        feedInPieces(bytes.toByteArray(), seed, at -> { }, framer::feed);

        assertThat(lines).endsWith("OK");
        assertThat(lines).noneMatch(line -> line.startsWith("BBBB"));
    }
}
