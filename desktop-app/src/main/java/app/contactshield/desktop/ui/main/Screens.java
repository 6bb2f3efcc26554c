package app.contactshield.desktop.ui.main;

import javafx.stage.Window;

/** Opens the secondary screens; the composition root implements it. Call on the JavaFX thread. */
public interface Screens {

    /** Shows the settings screen over {@code owner}. */
    void openSettings(Window owner);

    /** Shows the favourites editor over {@code owner}. */
    void openFavourites(Window owner);

    /** Shows the signed-in user's business card (fetched off the JavaFX thread first). */
    void openCard(Window owner);

    /** Shows the recent calls. */
    void openHistory(Window owner);

    /** Whether "Connect your organisation" is offered (demo mode started because no tenant is configured). */
    default boolean connectOffered() {
        return false;
    }

    /** Leaves demo mode for the sign-in screen's first-run form. */
    default void connectOrganisation(Window owner) {
    }
}
