package app.contactshield.desktop.ui;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.ToggleButton;

/** Finds the controls a screen reader could not name: buttons without text or accessible text, unnamed fields. */
public final class AccessibleNames {
    private AccessibleNames() {
    }

    /** Every Button, ToggleButton and text field under {@code root} that has no name, described for a message. */
    public static List<String> unnamed(Node root) {
        List<String> missing = new ArrayList<>();
        visit(root, missing);
        return missing;
    }

    /** How many Buttons, ToggleButtons and text fields are under {@code root}, to show a check looked at some. */
    public static int controls(Node root) {
        List<Node> found = new ArrayList<>();
        collect(root, found);
        return found.size();
    }

    private static void visit(Node node, List<String> missing) {
        List<Node> found = new ArrayList<>();
        collect(node, found);
        for (Node control : found) {
            if (!named(control)) {
                missing.add(control.getClass().getSimpleName() + (control.getId() == null ? "" : "#" + control.getId())
                        + " " + control.getStyleClass());
            }
        }
    }

    private static void collect(Node node, List<Node> found) {
        if (node instanceof ButtonBase || node instanceof ToggleButton || node instanceof TextInputControl) {
            found.add(node);
        }
        if (node instanceof ScrollPane scroll && scroll.getContent() != null) {
            collect(scroll.getContent(), found);
        }
        if (node instanceof Parent parent) {
            parent.getChildrenUnmodifiable().forEach(child -> collect(child, found));
        }
    }

    private static boolean named(Node control) {
        if (notBlank(control.getAccessibleText())) {
            return true;
        }
        if (control instanceof TextInputControl field) {
            return notBlank(field.getPromptText());
        }
        return control instanceof Labeled labeled && notBlank(labeled.getText());
    }

    private static boolean notBlank(String text) {
        return text != null && !text.isBlank();
    }
}
