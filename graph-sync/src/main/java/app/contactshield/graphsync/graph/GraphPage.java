package app.contactshield.graphsync.graph;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Optional;

/**
 * One parsed Graph collection page: its items and the link that follows it.
 *
 * @param items     the objects of {@code value}, each as delivered
 * @param nextLink  {@code @odata.nextLink}, or {@code null} on the last page of a round
 * @param deltaLink {@code @odata.deltaLink}, or {@code null} before the last page
 */
public record GraphPage(List<JsonNode> items, String nextLink, String deltaLink) {

    public GraphPage {
        items = List.copyOf(items);
    }

    /** The link to continue from: the nextLink mid-round, else the deltaLink. */
    public Optional<String> followingLink() {
        return Optional.ofNullable(nextLink != null ? nextLink : deltaLink);
    }
}
