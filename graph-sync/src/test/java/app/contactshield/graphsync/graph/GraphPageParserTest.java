package app.contactshield.graphsync.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class GraphPageParserTest {
    private final GraphPageParser parser = new GraphPageParser();

    static byte[] ownPage() throws IOException {
        try (InputStream in = GraphPageParserTest.class.getResourceAsStream("/graph/users-delta-page.json")) {
            return in.readAllBytes();
        }
    }

    @Test
    void readsItemsAndTheNextLinkAndSkipsOtherMembers() throws IOException {
        byte[] body = ownPage();

        GraphPage page = parser.parse(new ByteArrayInputStream(body));

        assertThat(page.items()).hasSize(4);
        assertThat(page.items().get(0).path("displayName").asText()).isEqualTo("Ada Beispiel");
        assertThat(page.nextLink()).endsWith("$skiptoken=own-page-2");
        assertThat(page.deltaLink()).isNull();
        assertThat(page.followingLink()).contains(page.nextLink());
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3})
    void givesTheSamePageWhenTheBodyArrivesInTinyChunks(int chunk) throws IOException {
        byte[] body = ownPage();
        GraphPage whole = parser.parse(new ByteArrayInputStream(body));

        GraphPage chunked = parser.parse(new TrickleStream(body, chunk));

        assertThat(chunked).isEqualTo(whole);
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 10, 200, 500})
    void rejectsATruncatedBody(int keep) throws IOException {
        byte[] truncated = Arrays.copyOf(ownPage(), keep);

        assertThatThrownBy(() -> parser.parse(new ByteArrayInputStream(truncated))).isInstanceOf(IOException.class);
    }

    @Test
    void rejectsABodyThatIsNotAnObject() {
        byte[] body = "[1, 2]".getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> parser.parse(new ByteArrayInputStream(body))).isInstanceOf(IOException.class)
                .hasMessageContaining("must be a JSON object");
    }

    @Test
    void readsTheCodeOfAGraphError() {
        byte[] body = "{\"error\":{\"code\":\"syncStateNotFound\",\"message\":\"x\"}}".getBytes(StandardCharsets.UTF_8);

        String code = parser.errorCode(new ByteArrayInputStream(body));

        assertThat(code).isEqualTo("syncStateNotFound");
    }

    /** Hands out at most {@code chunk} bytes per read, as a slow network would. */
    private static final class TrickleStream extends InputStream {
        private final byte[] data;
        private final int chunk;
        private int position;

        TrickleStream(byte[] data, int chunk) {
            this.data = data;
            this.chunk = chunk;
        }

        @Override
        public int read() {
            return position < data.length ? data[position++] & 0xFF : -1;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            if (position >= data.length) {
                return -1;
            }
            int n = Math.min(Math.min(length, chunk), data.length - position);
            System.arraycopy(data, position, buffer, offset, n);
            position += n;
            return n;
        }
    }
}
