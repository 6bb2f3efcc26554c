package app.contactshield.desktop.ui.main;

import javafx.stage.Window;

/** Opens the secondary screens; the composition root implements it. Call on the JavaFX thread. */
public interface Screens {

    /** Shows the settings screen over {@code owner}. */
    void openSettings(Window owner);

    /** Shows the favourites editor over {@code owner}. */
    void openFavourites(Window owner);
}
