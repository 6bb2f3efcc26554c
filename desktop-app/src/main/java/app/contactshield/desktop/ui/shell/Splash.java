package app.contactshield.desktop.ui.shell;

import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;

/** What the window shows while the contacts open: a spinner and one sentence. JavaFX thread. */
final class Splash {
    private Splash() {
    }

    static Scene scene(String sentence) {
        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setAccessibleText(sentence);
        Label label = new Label(sentence);
        label.getStyleClass().add("empty-title");
        VBox box = new VBox(14, spinner, label);
        box.getStyleClass().addAll("main-window", "splash");
        box.setAlignment(javafx.geometry.Pos.CENTER);
        return new Scene(box, 760, 520);
    }

    /** Whether the stage shows the splash already. */
    static boolean shows(Stage stage) {
        return stage.getScene() != null && stage.getScene().getRoot().getStyleClass().contains("splash");
    }
}
