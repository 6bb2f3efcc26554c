package app.contactshield.desktop.ui.favourites;

import app.contactshield.desktop.search.SearchHit;
import app.contactshield.desktop.ui.main.SearchViewModel;
import app.contactshield.graphsync.model.PersonKey;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The favourites editor: the favourites in the user's order, moving one up or down, removing one, and adding people
 * found by an inline search. The order is saved in the store at once and the empty search lists the favourites in
 * it; new favourites go last. Use on the JavaFX thread: the search answers from the in-memory index.
 */
public final class FavouritesViewModel {
    /** The most people the inline search offers. */
    static final int CANDIDATES = 8;

    private final SearchViewModel search;
    private final ObservableList<SearchHit> favourites = FXCollections.observableArrayList();
    private final ObjectProperty<SearchHit> selected = new SimpleObjectProperty<>(this, "selected");
    private final StringProperty query = new SimpleStringProperty(this, "query", "");
    private final ObservableList<SearchHit> candidates = FXCollections.observableArrayList();

    /** @param search holds the index with the favourite marks */
    public FavouritesViewModel(SearchViewModel search) {
        this.search = search;
        query.addListener((obs, old, text) -> findCandidates(text));
    }

    /** Re-reads the favourites in the user's order. */
    public void reload() {
        favourites.setAll(search.favouritesInOrder());
    }

    /** Removes the selected favourite. */
    public void removeSelected() {
        SearchHit hit = selected.get();
        if (hit != null) {
            search.setFavourite(hit.entry().key(), false);
            reload();
        }
    }

    /** Moves the selected favourite one place up; returns its new position, or -1 when it did not move. */
    public int moveSelectedUp() {
        return move(-1);
    }

    /** Moves the selected favourite one place down; returns its new position, or -1 when it did not move. */
    public int moveSelectedDown() {
        return move(1);
    }

    private int move(int step) {
        SearchHit hit = selected.get();
        List<PersonKey> order = new ArrayList<>(favourites.stream().map(favourite -> favourite.entry().key())
                .toList());
        int from = hit == null ? -1 : order.indexOf(hit.entry().key());
        int to = from + step;
        if (from < 0 || to < 0 || to >= order.size()) {
            return -1;
        }
        order.add(to, order.remove(from));
        search.reorderFavourites(order);
        reload();
        return to;
    }

    /** Makes a person found by the inline search a favourite (last in the order) and clears the search. */
    public void add(SearchHit hit) {
        if (hit == null || hit.favourite()) {
            return;
        }
        search.setFavourite(hit.entry().key(), true);
        query.set("");
        reload();
    }

    private void findCandidates(String text) {
        if (text == null || text.isBlank()) {
            candidates.clear();
            return;
        }
        candidates.setAll(search.index().query(text, CANDIDATES + favourites.size()).hits().stream()
                .filter(hit -> !hit.favourite()).limit(CANDIDATES).toList());
    }

    /** The favourites in the user's order. */
    public ObservableList<SearchHit> favourites() {
        return favourites;
    }

    public ObjectProperty<SearchHit> selectedProperty() {
        return selected;
    }

    /** What the user types to find a person to add. */
    public StringProperty queryProperty() {
        return query;
    }

    /** People the query finds who are not favourites yet. */
    public ObservableList<SearchHit> candidates() {
        return candidates;
    }
}
