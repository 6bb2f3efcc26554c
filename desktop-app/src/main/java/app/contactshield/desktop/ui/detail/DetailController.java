package app.contactshield.desktop.ui.detail;

import app.contactshield.desktop.ui.Icons;
import app.contactshield.desktop.ui.Messages;
import app.contactshield.desktop.ui.presence.PresenceView;
import app.contactshield.graphsync.model.ContactField;
import app.contactshield.graphsync.model.Person;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** The detail pane's view: binds {@link DetailViewModel} and builds the rows of numbers, addresses and fields. */
public final class DetailController {
    private static final List<String> DOT_STYLES = List.of("available", "away", "busy", "dnd", "offline", "unknown",
            "none", "stale");

    private final DetailViewModel model;
    private final Messages messages;
    private final DetailRows rows;

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
        this.rows = new DetailRows(model, messages);
    }

    @FXML
    private void initialize() {
        scroller.visibleProperty().bind(model.personProperty().isNotNull());
        placeholder.visibleProperty().bind(model.personProperty().isNull());
        initials.textProperty().bind(model.details().initialsProperty());
        name.textProperty().bind(model.details().nameProperty());
        jobLine.textProperty().bind(model.details().jobLineProperty());
        company.textProperty().bind(model.details().companyProperty());
        showWhenText(jobLine, model.details().jobLineProperty());
        showWhenText(company, model.details().companyProperty());
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
        model.details().numbers().addListener((ListChangeListener<NumberRow>) change -> rebuildNumbers());
        model.details().emails().addListener((ListChangeListener<EmailRow>) change -> rebuildEmails());
        model.details().sourceBadges().addListener((ListChangeListener<String>) change -> rebuildBadges());
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
        presenceBox.visibleProperty().bind(model.presence().viewProperty().isNotNull());
        presenceBox.managedProperty().bind(presenceBox.visibleProperty());
        presenceLine.textProperty().bind(model.presence().lineProperty());
        presenceAge.textProperty().bind(model.presence().ageProperty());
        model.presence().staleProperty().addListener((obs, old, stale) -> styleStale());
        model.presence().viewProperty().addListener((obs, old, view) -> {
            styleStale();
            statusMessage.setText(view == null ? "" : view.statusMessage());
            outOfOffice.setText(view == null ? "" : view.outOfOffice());
            hideWhenEmpty(statusMessage);
            hideWhenEmpty(outOfOffice);
        });
    }

    private void styleStale() {
        PresenceView view = model.presence().viewProperty().get();
        presenceDot.getStyleClass().removeAll(DOT_STYLES);
        boolean stale = model.presence().staleProperty().get();
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
        numbersBox.getChildren().setAll(rows.numbers());
    }

    private void rebuildEmails() {
        emailsBox.getChildren().setAll(rows.emails());
    }

    private void rebuildBadges() {
        badges.getChildren().setAll(model.details().sourceBadges().stream().map(rows::badge).toList());
    }

    private void rebuildFields() {
        fieldsGrid.getChildren().clear();
        Person person = model.personProperty().get();
        if (person == null) {
            return;
        }
        int row = 0;
        for (Node[] cells : rows.fields(person)) {
            fieldsGrid.addRow(row++, cells);
        }
    }

    private void sourceTip(Label label, ContactField field) {
        Tooltip tip = new Tooltip();
        StringProperty source = model.details().fieldSourceProperty(field);
        tip.textProperty().bind(Bindings.createStringBinding(
                () -> source.get().isBlank() ? "" : messages.get("detail.source", source.get()), source));
        label.setTooltip(tip);
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
