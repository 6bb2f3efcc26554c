package app.contactshield.desktop.calls;

import java.io.IOException;
import java.io.UncheckedIOException;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;

/**
 * A loaded call card: its root node and controller.
 *
 * @param root       the card's root node
 * @param controller the card's controller
 */
record CallCardView(Parent root, CallCardController controller) {

    /** Loads card nodes. */
    @FunctionalInterface
    interface Loader {
        CallCardView load();

        /** Loads {@code CallCard.fxml} with the given texts. */
        static Loader fxml(CallsText text) {
            return () -> {
                FXMLLoader fxml = new FXMLLoader(CallCardView.class.getResource("CallCard.fxml"), text.bundle());
                try {
                    Parent root = fxml.load();
                    return new CallCardView(root, fxml.getController());
                } catch (IOException e) {
                    throw new UncheckedIOException("CallCard.fxml could not be loaded from the application", e);
                }
            };
        }
    }
}
