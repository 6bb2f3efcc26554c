package app.contactshield.desktop.ui.main;

import app.contactshield.desktop.search.SearchIndex;
import app.contactshield.graphsync.model.PersonKey;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Favourites marked or unmarked while an index was being built from an older reading of the store: each change is
 * applied to every index shown until one shows whose build read the favourites after the change was saved, so a
 * star set while the store is still being indexed stays set. Thread-safe.
 */
final class FavouriteEdits {
    private final Map<PersonKey, Edit> edits = new ConcurrentHashMap<>();

    /** The user changed a favourite; it is not saved yet. */
    void marked(PersonKey key, boolean favourite) {
        edits.put(key, new Edit(favourite, Integer.MAX_VALUE));
    }

    /** The change was saved; builds from {@code seenFrom} on read it from the store. */
    void saved(PersonKey key, boolean favourite, int seenFrom) {
        edits.computeIfPresent(key, (k, edit) -> edit.favourite() == favourite ? new Edit(favourite, seenFrom) : edit);
    }

    /** Applies the changes an index of build {@code generation} may lack, and forgets those it holds. */
    void applyTo(SearchIndex index, int generation) {
        edits.entrySet().removeIf(edit -> generation >= edit.getValue().seenFrom());
        edits.forEach((key, edit) -> index.setFavourite(key, edit.favourite()));
    }

    /**
     * @param favourite whether it is a favourite now
     * @param seenFrom  the first build generation sure to have read the saved change
     */
    private record Edit(boolean favourite, int seenFrom) {
    }
}
