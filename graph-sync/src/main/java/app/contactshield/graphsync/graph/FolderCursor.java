package app.contactshield.graphsync.graph;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * The value of the Outlook source's {@code DeltaCursor}: each folder's nextLink or deltaLink, and which folders
 * already reached their deltaLink in the current round, in one small JSON object:
 * {@code {"v":1,"folders":{"":"https://...","AAMk...":"https://..."},"done":[""]}}. The empty id is the default
 * folder. Holds opaque server links, never personal data; never logged. Stateless and thread-safe.
 */
final class FolderCursor {
    /** The id used for the default Contacts folder. */
    static final String DEFAULT_FOLDER = "";
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private FolderCursor() {
    }

    /**
     * The decoded cursor.
     *
     * @param links each folder's link to continue from
     * @param done  folders that reached their deltaLink in the round the cursor is in
     */
    record State(Map<String, String> links, Set<String> done) {
        static final State EMPTY = new State(Map.of(), Set.of());

        State {
            links = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(links));
            done = Set.copyOf(done);
        }
    }

    static String encode(Map<String, String> links, Set<String> done) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("v", 1);
        ObjectNode folders = root.putObject("folders");
        links.forEach(folders::put);
        ArrayNode completed = root.putArray("done");
        done.forEach(completed::add);
        try {
            return MAPPER.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The stored state; an unreadable cursor yields an empty state, so the source makes a full sync. */
    static State decode(String value) {
        try {
            JsonNode root = MAPPER.readTree(value);
            Map<String, String> links = new LinkedHashMap<>();
            root.path("folders").fields().forEachRemaining(e -> links.put(e.getKey(), e.getValue().asText()));
            Set<String> done = new LinkedHashSet<>();
            root.path("done").forEach(id -> done.add(id.asText()));
            return new State(links, done);
        } catch (JsonProcessingException e) {
            return State.EMPTY;
        }
    }
}
