package app.contactshield.graphsync.graph;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The value of the Outlook source's {@code DeltaCursor}: each folder's nextLink or deltaLink in one small JSON
 * object, {@code {"v":1,"folders":{"":"https://...","AAMk...":"https://..."}}}; the empty id is the default
 * folder. Holds opaque server links, never personal data; never logged. Stateless and thread-safe.
 */
final class FolderCursor {
    /** The id used for the default Contacts folder. */
    static final String DEFAULT_FOLDER = "";
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private FolderCursor() {
    }

    static String encode(Map<String, String> links) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("v", 1);
        ObjectNode folders = root.putObject("folders");
        links.forEach(folders::put);
        try {
            return MAPPER.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The stored links per folder; an unreadable cursor yields none, so the source makes a full sync. */
    static Map<String, String> decode(String value) {
        try {
            JsonNode folders = MAPPER.readTree(value).path("folders");
            Map<String, String> links = new LinkedHashMap<>();
            folders.fields().forEachRemaining(e -> links.put(e.getKey(), e.getValue().asText()));
            return Collections.unmodifiableMap(links);
        } catch (JsonProcessingException e) {
            return Map.of();
        }
    }
}
