package app.contactshield.desktop.ui.favourites;

import app.contactshield.desktop.search.SearchHit;
import app.contactshield.desktop.ui.main.SearchViewModel;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The favourites editor: the list of favourites and removal. Use on the JavaFX thread. */
public final class FavouritesViewModel {
    private final SearchViewModel search;
    private final ObservableList<SearchHit> favourites = FXCollections.observableArrayList();
    private final ObjectProperty<SearchHit> selected = new SimpleObjectProperty<>(this, "selected");

    /** @param search holds the index with the favourite marks */
    public FavouritesViewModel(SearchViewModel search) {
        this.search = search;
    }

    /** Re-reads the favourites. */
    public void reload() {
        favourites.setAll(search.index().favouriteHits());
    }

    /** Removes the selected favourite. */
    public void removeSelected() {
        SearchHit hit = selected.get();
        if (hit != null) {
            search.setFavourite(hit.entry().key(), false);
            reload();
        }
    }

    public ObservableList<SearchHit> favourites() {
        return favourites;
    }

    public ObjectProperty<SearchHit> selectedProperty() {
        return selected;
    }
}
