package app.contactshield.desktop.ui.main;

import java.util.List;
import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Labeled;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;

/**
 * Keeps the app bar whole at any window width: labels never shrink below their text, and when the bar is too narrow
 * for the search field and every button's text, the buttons show only their icons (their text moves into a tooltip
 * and stays their accessible name). JavaFX thread.
 */
final class CompactToolbar {
    private final HBox bar;
    private final List<Button> buttons;
    private final double minSearchWidth;
    private double textButtonsWidth;
    private boolean compact;

    private CompactToolbar(HBox bar, List<Button> buttons, double minSearchWidth) {
        this.bar = bar;
        this.buttons = List.copyOf(buttons);
        this.minSearchWidth = minSearchWidth;
    }

    /**
     * Follows the bar's width.
     *
     * @param bar            the app bar
     * @param fixed          labels that always show in full (the brand, the demo badge)
     * @param buttons        buttons that may drop their text
     * @param minSearchWidth the width the search field keeps before the buttons give up their text
     */
    static CompactToolbar follow(HBox bar, List<? extends Labeled> fixed, List<Button> buttons,
            double minSearchWidth) {
        CompactToolbar toolbar = new CompactToolbar(bar, buttons, minSearchWidth);
        fixed.forEach(label -> label.setMinWidth(Region.USE_PREF_SIZE));
        for (Button button : buttons) {
            button.setMinWidth(Region.USE_PREF_SIZE);
            button.setTooltip(new Tooltip(button.getText()));
        }
        bar.widthProperty().addListener((obs, old, width) -> toolbar.fit(width.doubleValue()));
        return toolbar;
    }

    /** Whether the buttons show only their icons now. */
    boolean isCompact() {
        return compact;
    }

    private void fit(double width) {
        if (!compact) {
            textButtonsWidth = buttons.stream().filter(Button::isManaged).mapToDouble(b -> b.prefWidth(-1)).sum();
        }
        double others = bar.getChildren().stream().filter(node -> node.isManaged() && !buttons.contains(node)
                && !(node instanceof Region region && HBox.getHgrow(region) != null))
                .mapToDouble(node -> node.prefWidth(-1)).sum();
        long managed = bar.getChildren().stream().filter(javafx.scene.Node::isManaged).count();
        double needed = bar.snappedLeftInset() + bar.snappedRightInset() + bar.getSpacing() * Math.max(0, managed - 1)
                + others + textButtonsWidth + minSearchWidth;
        setCompact(width < needed);
    }

    private void setCompact(boolean wanted) {
        if (wanted == compact) {
            return;
        }
        compact = wanted;
        ContentDisplay display = wanted ? ContentDisplay.GRAPHIC_ONLY : ContentDisplay.LEFT;
        buttons.forEach(button -> button.setContentDisplay(display));
    }
}
