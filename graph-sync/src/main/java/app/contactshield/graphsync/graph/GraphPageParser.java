package app.contactshield.graphsync.graph;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Streams a Graph collection page ({@code value}, {@code @odata.nextLink}, {@code @odata.deltaLink}) with Jackson,
 * keeping each item as a small tree and skipping every other top-level member. Thread-safe; parses on the calling
 * thread.
 */
public final class GraphPageParser {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    /**
     * Parses a whole page.
     *
     * @param body the page body; read to its end, not closed
     * @return the page
     * @throws IOException when the body is not a complete JSON object (truncated, malformed, connection broken)
     */
    public GraphPage parse(InputStream body) throws IOException {
        try (JsonParser parser = MAPPER.getFactory().createParser(body)) {
            parser.disable(JsonParser.Feature.AUTO_CLOSE_SOURCE);
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw new com.fasterxml.jackson.core.JsonParseException(parser, "A Graph page must be a JSON object");
            }
            List<JsonNode> items = new ArrayList<>();
            String nextLink = null;
            String deltaLink = null;
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                JsonToken value = parser.nextToken();
                if ("value".equals(name) && value == JsonToken.START_ARRAY) {
                    while (parser.nextToken() == JsonToken.START_OBJECT) {
                        items.add(parser.readValueAsTree());
                    }
                } else if ("@odata.nextLink".equals(name)) {
                    nextLink = parser.getValueAsString();
                } else if ("@odata.deltaLink".equals(name)) {
                    deltaLink = parser.getValueAsString();
                } else {
                    parser.skipChildren();
                }
            }
            if (parser.currentToken() != JsonToken.END_OBJECT || parser.nextToken() != null) {
                throw new com.fasterxml.jackson.core.JsonParseException(parser, "A Graph page must end after its "
                        + "top-level object");
            }
            return new GraphPage(items, nextLink, deltaLink);
        }
    }

    /** Parses a Graph error body ({@code {"error":{"code":...}}}); returns the code or an empty string. */
    public String errorCode(InputStream body) {
        try {
            JsonNode root = MAPPER.readTree(body);
            return root == null ? "" : root.path("error").path("code").asText("");
        } catch (IOException e) {
            return "";
        }
    }
}
