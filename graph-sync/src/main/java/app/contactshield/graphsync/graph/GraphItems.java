package app.contactshield.graphsync.graph;

import app.contactshield.graphsync.model.ContactRecord;
import app.contactshield.graphsync.model.PhoneNumber;
import app.contactshield.graphsync.model.PhoneType;
import app.contactshield.graphsync.model.SourceId;
import app.contactshield.graphsync.sync.ChangePage;
import app.contactshield.graphsync.sync.DeltaCursor;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Reads Graph item trees into records and pages. Stateless; runs on the syncing thread. */
final class GraphItems {
    private static final int PARALLEL_THRESHOLD = 200;
    private static final Object NO_ID = new Object();

    private GraphItems() {
    }

    /**
     * Turns a parsed page into a change page: {@code @removed} items with reason {@code deleted} become removals,
     * other reasons hide the record; items the mapper rejects (filtered out) are removed so that a user who became
     * a guest or was disabled disappears; items without an id are skipped. Large pages are mapped on the common
     * fork-join pool (phone normalisation dominates the cost), keeping Graph's order.
     */
    static ChangePage toChangePage(SourceId source, GraphPage page, Function<JsonNode, Optional<ContactRecord>> mapper,
            DeltaCursor cursor, boolean fullSyncStart) {
        List<JsonNode> items = page.items();
        Stream<JsonNode> stream = items.size() >= PARALLEL_THRESHOLD ? items.parallelStream() : items.stream();
        List<Object> outcomes = stream.map(item -> outcome(item, mapper)).collect(Collectors.toList());
        List<ContactRecord> upserts = new ArrayList<>(items.size());
        List<String> removed = new ArrayList<>();
        List<String> hidden = new ArrayList<>();
        for (Object outcome : outcomes) {
            if (outcome instanceof ContactRecord) {
                upserts.add((ContactRecord) outcome);
            } else if (outcome instanceof Removal) {
                Removal removal = (Removal) outcome;
                (removal.deleted() ? removed : hidden).add(removal.id());
            }
        }
        return new ChangePage(source, upserts, removed, hidden, cursor, fullSyncStart);
    }

    /**
     * What one item means: a record, a removal, or nothing (no id). Items the mapper rejects are removals, so that
     * a user who became a guest or was disabled disappears.
     */
    private static Object outcome(JsonNode item, Function<JsonNode, Optional<ContactRecord>> mapper) {
        String id = text(item, "id");
        if (id == null) {
            return NO_ID;
        }
        JsonNode removal = item.get("@removed");
        if (removal != null) {
            return new Removal(id, "deleted".equals(removal.path("reason").asText("")));
        }
        Optional<ContactRecord> record = mapper.apply(item);
        return record.isPresent() ? record.get() : new Removal(id, true);
    }

    /** An item removed for good ({@code deleted}) or hidden until it comes back. */
    private record Removal(String id, boolean deleted) {
    }

    /** A trimmed text member, or {@code null} when absent, null or blank. */
    static String text(JsonNode item, String name) {
        JsonNode node = item.get(name);
        if (node == null || !node.isTextual()) {
            return null;
        }
        String value = node.asText().trim();
        return value.isEmpty() ? null : value;
    }

    /** The non-blank texts of an array member, in order. */
    static List<String> texts(JsonNode item, String name) {
        JsonNode node = item.get(name);
        if (node == null || !node.isArray()) {
            return List.of();
        }
        List<String> values = new ArrayList<>(node.size());
        for (JsonNode element : node) {
            if (element.isTextual() && !element.asText().isBlank()) {
                values.add(element.asText().trim());
            }
        }
        return values;
    }

    /** Distinct e-mail addresses (case-insensitive), in order, without blanks. */
    static List<String> emails(List<String> candidates) {
        Set<String> seen = new LinkedHashSet<>();
        List<String> result = new ArrayList<>(candidates.size());
        for (String candidate : candidates) {
            if (candidate != null && !candidate.isBlank()
                    && seen.add(candidate.trim().toLowerCase(java.util.Locale.ROOT))) {
                result.add(candidate.trim());
            }
        }
        return result;
    }

    /** Adds a normalised phone when the raw text is not blank; unnormalisable numbers are kept as delivered. */
    static void addPhone(List<PhoneNumber> phones, NumberCache normalizer, PhoneType type, String raw) {
        if (raw != null && !raw.isBlank()) {
            phones.add(normalizer.normalise(type, raw.trim()));
        }
    }
}
