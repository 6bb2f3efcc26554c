package app.contactshield.callerid.hfp;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AtLineFramerTest {

    private final List<String> lines = new ArrayList<>();
    private final AtLineFramer framer = new AtLineFramer(lines::add);

    private void feedInPieces(byte[] bytes, long seed) {
        Random random = new Random(seed);
        int i = 0;
        while (i < bytes.length) {
            int n = Math.min(bytes.length - i, 1 + random.nextInt(3));
            framer.feed(bytes, i, n);
            i += n;
        }
    }

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @ParameterizedTest
    @ValueSource(strings = {"\r\nOK\r\n\r\nRING\r\n", "OK\rRING\r", "OK\nRING\n", "\n\r\n\rOK\r\r\n\nRING\n\r",
        "\r\n  OK  \r\n\r\nRING"})
    void everyDelimiterStyleGivesTheSameLines(String stream) {
        for (long seed = 0; seed < 20; seed++) {
            lines.clear();
            framer.reset();

            feedInPieces(ascii(stream + "\r\n"), seed);

            assertThat(lines).containsExactly("OK", "RING");
        }
    }

    @Test
    void nulAndControlBytesAreDroppedFromALine() {
        byte[] bytes = ascii("\r\nO\u0000K\r\n\u0000\u0000\r\nR\u0007ING\r\n");

        framer.feed(bytes);

        assertThat(lines).containsExactly("OK", "RING");
        assertThat(framer.droppedBytes()).isEqualTo(4);
    }

    @Test
    void overlongLineIsDiscardedWholeAndTheNextLineSurvives() {
        byte[] huge = new byte[5000];
        Arrays.fill(huge, (byte) 'A');

        framer.feed(ascii("\r\n"));
        feedInPieces(huge, 1);
        int buffered = framer.bufferedBytes();
        framer.feed(ascii("\r\nOK\r\n"));

        assertThat(buffered).isLessThanOrEqualTo(AtLineFramer.DEFAULT_MAX_LINE);
        assertThat(lines).containsExactly("OK");
        assertThat(framer.discardedLines()).isEqualTo(1);
    }

    @Test
    void lineOfExactlyTheLimitIsKept() {
        byte[] exact = new byte[AtLineFramer.DEFAULT_MAX_LINE];
        Arrays.fill(exact, (byte) 'B');

        framer.feed(exact);
        framer.feed(ascii("\r"));

        assertThat(lines).hasSize(1);
        assertThat(lines.get(0)).hasSize(AtLineFramer.DEFAULT_MAX_LINE);
    }

    @Test
    void cutLineIsHeldUntilItsDelimiterArrives() {
        framer.feed(ascii("\r\n+CLIP: \"0897"));
        List<String> early = List.copyOf(lines);

        framer.feed(ascii("1040233\",129\r\n"));

        assertThat(early).isEmpty();
        assertThat(lines).containsExactly("+CLIP: \"08971040233\",129");
    }

    @Test
    void utf8AlphaSplitAcrossChunksIsDecoded() {
        byte[] bytes = ascii("+CLCC: 1,1,4,0,0,\"08971040233\",129,\"Müller\"\r\n");

        feedInPieces(bytes, 3);

        assertThat(lines).containsExactly("+CLCC: 1,1,4,0,0,\"08971040233\",129,\"Müller\"");
    }
}
