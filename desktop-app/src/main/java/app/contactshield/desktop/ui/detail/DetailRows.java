package app.contactshield.desktop.ui.detail;

import app.contactshield.desktop.ui.Icons;
import app.contactshield.desktop.ui.Messages;
import app.contactshield.graphsync.model.ContactField;
import app.contactshield.graphsync.model.Person;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/** Builds the rows of the detail pane: numbers with their Call buttons, addresses, fields and source badges. */
final class DetailRows {
    private static final List<ContactField> SHOWN_FIELDS = List.of(ContactField.COMPANY, ContactField.DEPARTMENT,
            ContactField.JOB_TITLE, ContactField.OFFICE);

    private final DetailViewModel model;
    private final Messages messages;

    DetailRows(DetailViewModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
    }

    /** One line per number, or a muted "no numbers" line. */
    List<Node> numbers() {
        if (model.details().numbers().isEmpty()) {
            return List.of(muted(messages.get("detail.noNumbers")));
        }
        boolean ready = model.phoneReadyProperty().get();
        List<Node> lines = new ArrayList<>();
        for (NumberRow row : model.details().numbers()) {
            Label type = new Label(row.type());
            type.getStyleClass().add("field-label");
            type.setMinWidth(96);
            Label number = new Label(row.display());
            number.getStyleClass().add("number");
            Region spacer = new Region();
            HBox.setHgrow(spacer, Priority.ALWAYS);
            Button call = new Button(messages.get("detail.call"), Icons.of(Icons.PHONE, "button-icon"));
            call.getStyleClass().addAll("small", "call-button");
            call.setAccessibleText(messages.get("detail.call.accessible", row.display()));
            call.setOnAction(e -> model.dial(row, false));
            Button hidden = new Button(messages.get("detail.callAnonymously"), Icons.of(Icons.HIDDEN, "button-icon"));
            hidden.getStyleClass().addAll("small", "flat");
            hidden.setAccessibleText(messages.get("detail.callAnonymously.accessible", row.display()));
            hidden.setOnAction(e -> model.dial(row, true));
            call.setDisable(!ready);
            hidden.setDisable(!ready);
            HBox line = new HBox(10, type, number, badge(row.source()), spacer, call, hidden);
            line.setAlignment(Pos.CENTER_LEFT);
            line.getStyleClass().add("number-row");
            lines.add(line);
        }
        return lines;
    }

    /** One link per address, or a muted "no addresses" line. */
    List<Node> emails() {
        if (model.details().emails().isEmpty()) {
            return List.of(muted(messages.get("detail.noEmails")));
        }
        List<Node> lines = new ArrayList<>();
        for (EmailRow row : model.details().emails()) {
            Hyperlink link = new Hyperlink(row.address(), Icons.of(Icons.MAIL, "link-icon"));
            link.setAccessibleText(messages.get("detail.email.accessible", row.address()));
            link.setOnAction(e -> model.email(row));
            lines.add(link);
        }
        return lines;
    }

    /** Label and value (with its source badge) of each field the person has, as pairs for a grid row. */
    List<Node[]> fields(Person person) {
        List<Node[]> rows = new ArrayList<>();
        for (ContactField field : SHOWN_FIELDS) {
            String value = valueOf(person, field);
            if (value.isBlank()) {
                continue;
            }
            Label label = new Label(messages.get("detail.field." + fieldKey(field)));
            label.getStyleClass().add("field-label");
            Label text = new Label(value);
            text.getStyleClass().add("field-value");
            text.setWrapText(true);
            HBox valueLine = new HBox(8, text);
            valueLine.setAlignment(Pos.CENTER_LEFT);
            String source = model.details().fieldSourceProperty(field).get();
            if (!source.isBlank()) {
                valueLine.getChildren().add(badge(source));
                text.setAccessibleText(value + ", " + messages.get("detail.source", source));
            }
            rows.add(new Node[] {label, valueLine});
        }
        return rows;
    }

    /** A source badge with its tooltip. */
    Label badge(String text) {
        Label badge = new Label(text);
        badge.getStyleClass().add("source-badge");
        badge.setTooltip(new Tooltip(messages.get("detail.source", text)));
        return badge;
    }

    private static String valueOf(Person person, ContactField field) {
        String value = switch (field) {
            case COMPANY -> person.company();
            case DEPARTMENT -> person.department();
            case JOB_TITLE -> person.jobTitle();
            case OFFICE -> person.office();
            default -> "";
        };
        return value == null ? "" : value;
    }

    private static String fieldKey(ContactField field) {
        return switch (field) {
            case JOB_TITLE -> "jobTitle";
            default -> field.name().toLowerCase(Locale.ROOT);
        };
    }

    private static Label muted(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("muted");
        return label;
    }
}
