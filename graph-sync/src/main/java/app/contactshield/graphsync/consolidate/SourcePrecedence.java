package app.contactshield.graphsync.consolidate;

import app.contactshield.graphsync.model.SourceId;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * The order in which sources give a consolidated person its fields: sources named in the list first, in that order,
 * then every other source alphabetically. Immutable and thread-safe.
 */
public final class SourcePrecedence implements Comparator<SourceId> {
    /** The product's default: directory users, then organisational contacts, then personal Outlook contacts. */
    public static final SourcePrecedence DEFAULT = new SourcePrecedence(
            List.of(SourceId.GRAPH_USERS, SourceId.GRAPH_ORG_CONTACTS, SourceId.GRAPH_OUTLOOK));

    private final List<SourceId> order;

    /** @param order the sources that come first, highest precedence first */
    public SourcePrecedence(List<SourceId> order) {
        this.order = List.copyOf(Objects.requireNonNull(order, "order"));
    }

    /** The explicitly ordered sources, highest precedence first. */
    public List<SourceId> order() {
        return order;
    }

    @Override
    public int compare(SourceId a, SourceId b) {
        int ia = rank(a);
        int ib = rank(b);
        if (ia != ib) {
            return Integer.compare(ia, ib);
        }
        return a.value().compareTo(b.value());
    }

    private int rank(SourceId source) {
        int index = order.indexOf(source);
        return index < 0 ? Integer.MAX_VALUE : index;
    }
}
