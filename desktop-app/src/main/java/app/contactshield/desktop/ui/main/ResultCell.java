package app.contactshield.desktop.ui.main;

import app.contactshield.desktop.search.SearchEntry;
import app.contactshield.desktop.ui.Icons;
import app.contactshield.desktop.ui.Messages;
import app.contactshield.desktop.ui.detail.PresenceText;
import app.contactshield.desktop.ui.detail.SourceLabels;
import app.contactshield.graphsync.model.SourceId;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** A result row: presence dot, name with favourite star, title and company, and source badges. */
final class ResultCell extends ListCell<ResultRow> {
    private static final List<String> DOT_STYLES = List.of("available", "away", "busy", "dnd", "offline", "unknown",
            "none", "stale");

    private final Messages messages;
    private final SourceLabels sources;
    private final PresenceText presenceText;
    private final Region dot = new Region();
    private final Label name = new Label();
    private final Node star = Icons.of(Icons.STAR, "star-icon");
    private final Label subtitle = new Label();
    private final Label staleAge = new Label();
    private final HBox badges = new HBox(4);
    private final HBox root;
    private final Tooltip dotTip = new Tooltip();

    ResultCell(Messages messages, SourceLabels sources, PresenceText presenceText) {
        this.messages = messages;
        this.sources = sources;
        this.presenceText = presenceText;
        dot.getStyleClass().add("presence-dot");
        name.getStyleClass().add("result-name");
        subtitle.getStyleClass().add("result-subtitle");
        badges.setAlignment(Pos.CENTER_RIGHT);
        badges.setMinWidth(Region.USE_PREF_SIZE);
        name.setMinWidth(0);
        subtitle.setMinWidth(0);
        staleAge.getStyleClass().add("stale-age");
        HBox nameLine = new HBox(6, name, star, staleAge);
        nameLine.setAlignment(Pos.CENTER_LEFT);
        VBox text = new VBox(2, nameLine, subtitle);
        HBox.setHgrow(text, Priority.ALWAYS);
        text.setMinWidth(0);
        root = new HBox(12, dot, text, badges);
        root.setAlignment(Pos.CENTER_LEFT);
        root.getStyleClass().add("result-row");
        Tooltip.install(dot, dotTip);
        setContentDisplay(javafx.scene.control.ContentDisplay.GRAPHIC_ONLY);
        setPrefWidth(0);
    }

    @Override
    protected void updateItem(ResultRow row, boolean empty) {
        super.updateItem(row, empty);
        if (empty || row == null) {
            setGraphic(null);
            setAccessibleText(null);
            return;
        }
        SearchEntry entry = row.hit().entry();
        name.setText(entry.displayName());
        star.setVisible(row.hit().favourite());
        star.setManaged(row.hit().favourite());
        subtitle.setText(String.join(" · ", nonBlank(entry.jobTitle(), entry.company())));
        dot.getStyleClass().removeAll(DOT_STYLES);
        String presence = "";
        if (row.presence() != null) {
            dot.getStyleClass().add(row.stale() ? "stale" : row.presence().availability().styleName());
            presence = presenceText.line(row.presence());
            dotTip.setText(row.stale() ? presence + " · " + row.age() : presence);
            staleAge.setText(row.age());
        } else {
            dot.getStyleClass().add("none");
            dotTip.setText(messages.get("detail.presence.none"));
            staleAge.setText("");
        }
        badges.getChildren().clear();
        for (SourceId source : entry.sources()) {
            Label badge = new Label(sources.label(source));
            badge.getStyleClass().addAll("source-badge", "source-" + source.value().replaceAll("[^A-Za-z0-9]", "-"));
            badges.getChildren().add(badge);
        }
        List<String> spoken = new ArrayList<>(nonBlank(entry.displayName(), entry.jobTitle(), entry.company(),
                presence));
        if (row.hit().favourite()) {
            spoken.add(messages.get("search.favourite"));
        }
        setAccessibleText(String.join(", ", spoken));
        setGraphic(root);
    }

    private static List<String> nonBlank(String... values) {
        List<String> out = new ArrayList<>(values.length);
        for (String value : values) {
            if (value != null && !value.isBlank()) {
                out.add(value);
            }
        }
        return out;
    }
}
