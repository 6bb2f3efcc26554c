package app.contactshield.desktop.ui.main;

import app.contactshield.desktop.search.SearchHit;
import app.contactshield.graphsync.model.PersonKey;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The user's order of their favourites, as the store keeps it: the empty search and the favourites editor list them
 * in this order. Favourites the order does not know yet (marked elsewhere) follow in the index's order. Use on the
 * JavaFX thread.
 */
final class FavouriteOrder {
    private final List<PersonKey> keys = new ArrayList<>();

    /** Replaces the order with the one read from the store. */
    void set(List<PersonKey> order) {
        keys.clear();
        order.stream().distinct().forEach(keys::add);
    }

    /** A new favourite goes last; one already in the order keeps its place. */
    void add(PersonKey key) {
        if (!keys.contains(key)) {
            keys.add(key);
        }
    }

    void remove(PersonKey key) {
        keys.remove(key);
    }

    /** The order, first to last. */
    List<PersonKey> keys() {
        return List.copyOf(keys);
    }

    /** The favourites among {@code hits}, in the user's order. */
    List<SearchHit> sorted(List<SearchHit> favouriteHits) {
        List<SearchHit> sorted = new ArrayList<>(favouriteHits);
        sorted.sort(Comparator.comparingInt(this::rank));
        return sorted;
    }

    /**
     * The hits of an empty search (favourites first, then everyone) with the leading favourites put in the user's
     * order; the rest stays as it is.
     */
    List<SearchHit> favouritesFirst(List<SearchHit> hits) {
        int leading = 0;
        while (leading < hits.size() && hits.get(leading).favourite()) {
            leading++;
        }
        List<SearchHit> ordered = new ArrayList<>(sorted(hits.subList(0, leading)));
        ordered.addAll(hits.subList(leading, hits.size()));
        return ordered;
    }

    private int rank(SearchHit hit) {
        int position = keys.indexOf(hit.entry().key());
        return position < 0 ? Integer.MAX_VALUE : position;
    }
}
