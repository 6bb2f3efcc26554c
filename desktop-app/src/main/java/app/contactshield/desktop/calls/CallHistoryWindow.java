package app.contactshield.desktop.calls;

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
 * The call-history window. Entry points for the app shell: {@link #open(Window, CallHistoryViewModel, List)} opens
 * it as its own window; {@link #load(CallHistoryViewModel)} gives the view to embed. JavaFX thread.
 */
public final class CallHistoryWindow {
    private CallHistoryWindow() {
    }

    /** Loads the history view bound to its model and starts loading the calls. */
    public static Parent load(CallHistoryViewModel vm, CallsText text) {
        FXMLLoader fxml = new FXMLLoader(CallHistoryWindow.class.getResource("CallHistory.fxml"), text.bundle());
        Parent root;
        try {
            root = fxml.load();
        } catch (IOException e) {
            throw new UncheckedIOException("CallHistory.fxml could not be loaded from the application", e);
        }
        CallHistoryController controller = fxml.getController();
        controller.bind(vm);
        root.getStylesheets().add(IncomingCallWindow.stylesheet());
        vm.reload();
        return root;
    }

    /** Loads the history view with the model's own texts. */
    public static Parent load(CallHistoryViewModel vm) {
        return load(vm, vm.text());
    }

    /**
     * Opens the history in a window of its own.
     *
     * @param owner       the main window, or {@code null}
     * @param vm          the model
     * @param stylesheets the app's theme stylesheets
     */
    public static Stage open(Window owner, CallHistoryViewModel vm, List<String> stylesheets) {
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
        stage.setTitle(vm.text().get("history.title"));
        stage.show();
        return stage;
    }
}
