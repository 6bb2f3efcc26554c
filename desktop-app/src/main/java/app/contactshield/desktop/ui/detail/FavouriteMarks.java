package app.contactshield.desktop.ui.detail;

import app.contactshield.graphsync.model.PersonKey;

/**
 * Where the detail pane reads and sets the favourite mark: the same marks the result list shows (the search index),
 * which change at once, while the store is written in the background. JavaFX thread.
 */
public interface FavouriteMarks {

    /** Whether a person is marked as favourite now. */
    boolean isFavourite(PersonKey key);

    /** Marks or unmarks a favourite. */
    void mark(PersonKey key, boolean favourite);
}
