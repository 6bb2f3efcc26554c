package app.contactshield.desktop.card;

import app.contactshield.desktop.calls.IncomingCallWindow;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * The business-card screen. Entry points for the app shell: {@link #load(BusinessCardViewModel)} for the view to
 * embed, {@link #open(Window, BusinessCardViewModel, List)} for a window of its own. JavaFX thread.
 */
public final class BusinessCardWindow {
    private BusinessCardWindow() {
    }

    /** Loads the card view bound to its model. */
    public static Parent load(BusinessCardViewModel vm) {
        FXMLLoader fxml = new FXMLLoader(BusinessCardWindow.class.getResource("BusinessCard.fxml"),
                vm.text().bundle());
        Parent root;
        try {
            root = fxml.load();
        } catch (IOException e) {
            throw new UncheckedIOException("BusinessCard.fxml could not be loaded from the application", e);
        }
        BusinessCardController controller = fxml.getController();
        controller.bind(vm);
        root.getStylesheets().add(IncomingCallWindow.stylesheet());
        return root;
    }

    /** Opens the card in a window of its own, owned by {@code owner} when given. */
    public static Stage open(Window owner, BusinessCardViewModel vm, List<String> stylesheets) {
        Stage stage = new Stage();
        if (owner != null) {
            stage.initOwner(owner);
        }
        Scene scene = new Scene(load(vm));
        scene.getStylesheets().addAll(stylesheets);
        stage.setScene(scene);
        scene.addEventHandler(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.ESCAPE) {
                stage.close();
            }
        });
        stage.setTitle(vm.text().get("card.title"));
        stage.show();
        return stage;
    }
}
