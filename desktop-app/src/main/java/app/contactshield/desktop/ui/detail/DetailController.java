package app.contactshield.desktop.ui.detail;

import app.contactshield.desktop.ui.Icons;
import app.contactshield.desktop.ui.Messages;
import app.contactshield.desktop.ui.presence.PresenceView;
import app.contactshield.graphsync.model.ContactField;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** The detail pane's view: binds {@link DetailViewModel} and builds the rows of numbers, addresses and fields. */
public final class DetailController {
    private static final List<String> DOT_STYLES = List.of("available", "away", "busy", "dnd", "offline", "unknown",
            "none", "stale");
    private static final List<ContactField> SHOWN_FIELDS = List.of(ContactField.COMPANY, ContactField.DEPARTMENT,
            ContactField.JOB_TITLE, ContactField.OFFICE);

    private final DetailViewModel model;
    private final Messages messages;

    @FXML
    private VBox placeholder;
    @FXML
    private ScrollPane scroller;
    @FXML
    private Label initials;
    @FXML
    private Label name;
    @FXML
    private HBox badges;
    @FXML
    private Label jobLine;
    @FXML
    private Label company;
    @FXML
    private ToggleButton favouriteToggle;
    @FXML
    private VBox presenceBox;
    @FXML
    private Region presenceDot;
    @FXML
    private Label presenceLine;
    @FXML
    private Label presenceAge;
    @FXML
    private Label statusMessage;
    @FXML
    private Label outOfOffice;
    @FXML
    private Button teamsCallButton;
    @FXML
    private Button teamsVideoButton;
    @FXML
    private Button teamsChatButton;
    @FXML
    private Label teamsReason;
    @FXML
    private VBox numbersBox;
    @FXML
    private Label phoneReason;
    @FXML
    private VBox emailsBox;
    @FXML
    private GridPane fieldsGrid;
    @FXML
    private Label feedback;

    /**
     * @param model    the detail pane's state
     * @param messages texts
     */
    public DetailController(DetailViewModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
    }

    @FXML
    private void initialize() {
        scroller.visibleProperty().bind(model.personProperty().isNotNull());
        placeholder.visibleProperty().bind(model.personProperty().isNull());
        initials.textProperty().bind(model.initialsProperty());
        name.textProperty().bind(model.nameProperty());
        jobLine.textProperty().bind(model.jobLineProperty());
        company.textProperty().bind(model.companyProperty());
        showWhenText(jobLine, model.jobLineProperty());
        showWhenText(company, model.companyProperty());
        sourceTip(name, ContactField.DISPLAY_NAME);
        sourceTip(company, ContactField.COMPANY);
        sourceTip(jobLine, ContactField.JOB_TITLE);
        bindFavourite();
        bindPresence();
        bindTeams();
        feedback.textProperty().bind(model.feedbackProperty());
        showWhenText(feedback, model.feedbackProperty());
        phoneReason.textProperty().bind(model.phoneReasonProperty());
        showWhenText(phoneReason, model.phoneReasonProperty());
        model.numbers().addListener((ListChangeListener<NumberRow>) change -> rebuildNumbers());
        model.emails().addListener((ListChangeListener<EmailRow>) change -> rebuildEmails());
        model.sourceBadges().addListener((ListChangeListener<String>) change -> rebuildBadges());
        model.personProperty().addListener((obs, old, person) -> rebuildFields());
        model.phoneReadyProperty().addListener((obs, old, ready) -> rebuildNumbers());
    }

    private void bindFavourite() {
        favouriteToggle.setSelected(model.favouriteProperty().get());
        model.favouriteProperty().addListener((obs, old, on) -> favouriteToggle.setSelected(on));
        favouriteToggle.setGraphic(Icons.of(Icons.STAR, "star-toggle-icon"));
        favouriteToggle.accessibleTextProperty().bind(Bindings.when(model.favouriteProperty())
                .then(messages.get("detail.favourite.remove")).otherwise(messages.get("detail.favourite.add")));
        Tooltip tip = new Tooltip();
        tip.textProperty().bind(favouriteToggle.accessibleTextProperty());
        favouriteToggle.setTooltip(tip);
    }

    private void bindPresence() {
        presenceBox.visibleProperty().bind(model.presenceProperty().isNotNull());
        presenceBox.managedProperty().bind(presenceBox.visibleProperty());
        presenceLine.textProperty().bind(model.presenceLineProperty());
        presenceAge.textProperty().bind(model.presenceAgeProperty());
        model.presenceStaleProperty().addListener((obs, old, stale) -> styleStale());
        model.presenceProperty().addListener((obs, old, view) -> {
            styleStale();
            statusMessage.setText(view == null ? "" : view.statusMessage());
            outOfOffice.setText(view == null ? "" : view.outOfOffice());
            hideWhenEmpty(statusMessage);
            hideWhenEmpty(outOfOffice);
        });
    }

    private void styleStale() {
        PresenceView view = model.presenceProperty().get();
        presenceDot.getStyleClass().removeAll(DOT_STYLES);
        boolean stale = model.presenceStaleProperty().get();
        presenceDot.getStyleClass().add(view == null ? "none" : stale ? "stale" : view.availability().styleName());
        presenceBox.getStyleClass().remove("stale");
        if (stale) {
            presenceBox.getStyleClass().add("stale");
        }
        presenceBox.setAccessibleText(presenceLine.getText() + ", " + presenceAge.getText());
    }

    private void bindTeams() {
        teamsCallButton.setGraphic(Icons.of(Icons.HEADSET, "button-icon"));
        teamsVideoButton.setGraphic(Icons.of(Icons.VIDEO, "button-icon"));
        teamsChatButton.setGraphic(Icons.of(Icons.CHAT, "button-icon"));
        for (Button button : List.of(teamsCallButton, teamsVideoButton, teamsChatButton)) {
            button.disableProperty().bind(model.teamsAvailableProperty().not());
        }
        teamsReason.textProperty().bind(model.teamsReasonProperty());
        showWhenText(teamsReason, model.teamsReasonProperty());
        teamsReason.setGraphic(Icons.of(Icons.INFO, "reason-icon"));
        Tooltip reasonTip = new Tooltip();
        reasonTip.textProperty().bind(model.teamsReasonProperty());
        Tooltip.install(teamsReason, reasonTip);
    }

    private void rebuildNumbers() {
        numbersBox.getChildren().clear();
        if (model.numbers().isEmpty()) {
            numbersBox.getChildren().add(muted(messages.get("detail.noNumbers")));
            return;
        }
        for (NumberRow row : model.numbers()) {
            Label type = new Label(row.type());
            type.getStyleClass().add("field-label");
            type.setMinWidth(96);
            Label number = new Label(row.display());
            number.getStyleClass().add("number");
            Label source = badge(row.source());
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
            call.setDisable(!model.phoneReadyProperty().get());
            hidden.setDisable(!model.phoneReadyProperty().get());
            HBox line = new HBox(10, type, number, source, spacer, call, hidden);
            line.setAlignment(Pos.CENTER_LEFT);
            line.getStyleClass().add("number-row");
            numbersBox.getChildren().add(line);
        }
    }

    private void rebuildEmails() {
        emailsBox.getChildren().clear();
        if (model.emails().isEmpty()) {
            emailsBox.getChildren().add(muted(messages.get("detail.noEmails")));
            return;
        }
        for (EmailRow row : model.emails()) {
            Hyperlink link = new Hyperlink(row.address(), Icons.of(Icons.MAIL, "link-icon"));
            link.setAccessibleText(messages.get("detail.email.accessible", row.address()));
            link.setOnAction(e -> model.email(row));
            emailsBox.getChildren().add(link);
        }
    }

    private void rebuildBadges() {
        badges.getChildren().setAll(model.sourceBadges().stream().map(this::badge).toList());
    }

    private void rebuildFields() {
        fieldsGrid.getChildren().clear();
        if (model.personProperty().get() == null) {
            return;
        }
        int row = 0;
        for (ContactField field : SHOWN_FIELDS) {
            String value = valueOf(field);
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
            String source = model.fieldSourceProperty(field).get();
            if (!source.isBlank()) {
                Label badge = badge(source);
                badge.setTooltip(new Tooltip(messages.get("detail.source", source)));
                valueLine.getChildren().add(badge);
                text.setAccessibleText(value + ", " + messages.get("detail.source", source));
            }
            fieldsGrid.addRow(row++, label, valueLine);
        }
    }

    private String valueOf(ContactField field) {
        var person = model.personProperty().get();
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
            default -> field.name().toLowerCase(java.util.Locale.ROOT);
        };
    }

    private void sourceTip(Label label, ContactField field) {
        Tooltip tip = new Tooltip();
        StringProperty source = model.fieldSourceProperty(field);
        tip.textProperty().bind(Bindings.createStringBinding(
                () -> source.get().isBlank() ? "" : messages.get("detail.source", source.get()), source));
        label.setTooltip(tip);
    }

    private Label badge(String text) {
        Label badge = new Label(text);
        badge.getStyleClass().add("source-badge");
        badge.setTooltip(new Tooltip(messages.get("detail.source", text)));
        return badge;
    }

    private static Label muted(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("muted");
        return label;
    }

    private static void showWhenText(Node node, ObservableValue<String> text) {
        node.visibleProperty().bind(Bindings.createBooleanBinding(
                () -> text.getValue() != null && !text.getValue().isBlank(), text));
        node.managedProperty().bind(node.visibleProperty());
    }

    private static void hideWhenEmpty(Label label) {
        boolean show = label.getText() != null && !label.getText().isBlank();
        label.setVisible(show);
        label.setManaged(show);
    }

    @FXML
    private void teamsCall() {
        model.teamsAudioCall();
    }

    @FXML
    private void teamsVideo() {
        model.teamsVideoCall();
    }

    @FXML
    private void teamsChat() {
        model.teamsChat();
    }

    @FXML
    private void toggleFavourite() {
        model.toggleFavourite();
        favouriteToggle.setSelected(model.favouriteProperty().get());
    }

    /** Moves the focus to the first action that works for this person (Enter in the result list). */
    public void focusDefaultAction() {
        if (!teamsCallButton.isDisabled() && model.personProperty().get() != null) {
            teamsCallButton.requestFocus();
            return;
        }
        numbersBox.getChildren().stream().filter(HBox.class::isInstance).findFirst()
                .flatMap(line -> ((HBox) line).getChildren().stream().filter(Button.class::isInstance).findFirst())
                .ifPresent(Node::requestFocus);
    }
}
