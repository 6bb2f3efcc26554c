package app.contactshield.desktop.calls;

import app.contactshield.callerid.link.CallState;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Circle;

/** Binds one call card to its {@link CallCardViewModel}. A card node serves one call and is dropped after it. */
public final class CallCardController {
    /** The list's border and padding, added to its rows' height so that it shows every row and no blank line. */
    private static final double LIST_INSETS = 4;

    @FXML
    private Label status;
    @FXML
    private StackPane avatar;
    @FXML
    private Label initials;
    @FXML
    private Label name;
    @FXML
    private Label detail;
    @FXML
    private HBox presenceRow;
    @FXML
    private Circle presenceDot;
    @FXML
    private Label presenceText;
    @FXML
    private Label number;
    @FXML
    private Label source;
    @FXML
    private VBox candidates;
    @FXML
    private Label error;
    @FXML
    private Button answer;
    @FXML
    private Button reject;
    @FXML
    private Button chat;
    @FXML
    private Button note;
    @FXML
    private VBox chatPane;
    @FXML
    private TextField chatQuery;
    @FXML
    private ListView<Colleague> chatResults;
    @FXML
    private Label chatEmpty;
    @FXML
    private VBox notePane;
    @FXML
    private TextArea noteText;
    @FXML
    private Label noteStatus;

    private CallCardViewModel model;

    /** Binds the card to a call; JavaFX thread, once per card. */
    void bind(Node cardRoot, CallCardViewModel vm) {
        this.model = vm;
        cardRoot.setId("call-" + vm.callId());
        status.textProperty().bind(vm.statusLineProperty());
        name.textProperty().bind(vm.headlineProperty());
        detail.textProperty().bind(vm.detailProperty());
        number.textProperty().bind(vm.numberLineProperty());
        source.textProperty().bind(vm.sourceLineProperty());
        error.textProperty().bind(vm.errorProperty());
        showWhenText(detail);
        showWhenText(source);
        showWhenText(error);
        initials.textProperty().bind(Bindings.createStringBinding(() -> initialsOf(vm), vm.callerProperty()));
        vm.callerProperty().addListener((obs, old, caller) -> styleAvatar(vm));
        styleAvatar(vm);
        vm.presenceProperty().addListener((obs, old, p) -> showPresence(p));
        showPresence(vm.presenceProperty().get());
        vm.candidates().addListener((ListChangeListener<CandidateRow>) change -> showCandidates());
        showCandidates();
        vm.stateProperty().addListener((obs, old, state) -> styleState(cardRoot, state));
        styleState(cardRoot, vm.stateProperty().get());
        cardRoot.setAccessibleRole(javafx.scene.AccessibleRole.NODE);
        cardRoot.accessibleTextProperty().bind(Bindings.concat(vm.statusLineProperty(), ": ",
                vm.headlineProperty(), ", ", vm.detailProperty(), ", ", vm.numberLineProperty()));
        bindActions(vm);
    }

    private void bindActions(CallCardViewModel vm) {
        answer.visibleProperty().bind(vm.canAnswerProperty());
        answer.managedProperty().bind(answer.visibleProperty());
        answer.disableProperty().bind(vm.commandRunningProperty());
        reject.disableProperty().bind(vm.commandRunningProperty());
        reject.textProperty().bind(vm.rejectTextProperty());
        bindChat(vm.chat());
        bindNote(vm.note());
    }

    private void bindChat(ChatSearch search) {
        chatPane.visibleProperty().bind(search.openProperty());
        chatPane.managedProperty().bind(chatPane.visibleProperty());
        chatQuery.textProperty().bindBidirectional(search.queryProperty());
        chatResults.setItems(search.results());
        chatResults.setPlaceholder(new Region());
        chatResults.visibleProperty().bind(Bindings.isNotEmpty(search.results()));
        chatResults.managedProperty().bind(chatResults.visibleProperty());
        chatResults.prefHeightProperty().bind(Bindings.createDoubleBinding(
                () -> search.results().size() * chatResults.getFixedCellSize() + LIST_INSETS, search.results()));
        chatResults.minHeightProperty().bind(chatResults.prefHeightProperty());
        chatEmpty.visibleProperty().bind(search.noMatchProperty());
        chatEmpty.managedProperty().bind(chatEmpty.visibleProperty());
        chatResults.setOnMouseClicked(e -> chatWithSelected());
        chatResults.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                chatWithSelected();
            }
        });
        chatQuery.setOnAction(e -> {
            chatResults.getSelectionModel().selectFirst();
            chatWithSelected();
        });
    }

    private void bindNote(CallNote callNote) {
        note.visibleProperty().bind(callNote.availableProperty());
        note.managedProperty().bind(note.visibleProperty());
        notePane.visibleProperty().bind(callNote.openProperty());
        notePane.managedProperty().bind(notePane.visibleProperty());
        noteText.textProperty().bindBidirectional(callNote.textProperty());
        noteStatus.textProperty().bind(callNote.statusProperty());
    }

    private void chatWithSelected() {
        Colleague selected = chatResults.getSelectionModel().getSelectedItem();
        if (selected != null) {
            model.chat().chatWith(selected);
        }
    }

    private static void showWhenText(Label label) {
        label.visibleProperty().bind(label.textProperty().isNotEmpty());
        label.managedProperty().bind(label.visibleProperty());
    }

    private void showPresence(PresenceDisplay display) {
        boolean shown = !display.text().isEmpty();
        presenceRow.setVisible(shown);
        presenceRow.setManaged(shown);
        presenceText.setText(display.text());
        presenceRow.getStyleClass().removeIf(c -> c.startsWith("presence-") || "stale".equals(c));
        presenceRow.getStyleClass().add(display.styleClass());
        if (display.stale()) {
            presenceRow.getStyleClass().add("stale");
        }
    }

    private void showCandidates() {
        candidates.getChildren().clear();
        for (CandidateRow row : model.candidates()) {
            Label rowName = new Label(row.name());
            rowName.getStyleClass().add("candidate-name");
            VBox box = new VBox(2, rowName);
            box.getStyleClass().add("candidate");
            addLine(box, row.detail(), "caller-detail");
            if (!row.presence().text().isEmpty()) {
                Circle dot = new Circle(4);
                dot.getStyleClass().addAll("presence-dot", row.presence().styleClass());
                Label text = new Label(row.presence().text());
                text.getStyleClass().add("presence-text");
                HBox line = new HBox(6, dot, text);
                line.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
                box.getChildren().add(line);
            }
            addLine(box, row.numberLine(), "candidate-line");
            box.setAccessibleText(row.name() + ", " + row.detail());
            candidates.getChildren().add(box);
        }
        candidates.setVisible(!model.candidates().isEmpty());
        candidates.setManaged(candidates.isVisible());
    }

    private static void addLine(VBox box, String text, String styleClass) {
        if (text != null && !text.isEmpty()) {
            Label label = new Label(text);
            label.getStyleClass().add(styleClass);
            label.setWrapText(true);
            box.getChildren().add(label);
        }
    }

    private void styleAvatar(CallCardViewModel vm) {
        CallerView caller = vm.callerProperty().get();
        boolean person = caller != null && caller.kind() == CallerKind.PERSON;
        avatar.getStyleClass().remove("anonymous");
        if (!person) {
            avatar.getStyleClass().add("anonymous");
        }
    }

    private static void styleState(Node cardRoot, CallState state) {
        cardRoot.getStyleClass().removeAll("ringing", "active", "held");
        cardRoot.getStyleClass().add(switch (state) {
            case ACTIVE, DIALING, ALERTING -> "active";
            case HELD -> "held";
            default -> "ringing";
        });
    }

    private static String initialsOf(CallCardViewModel vm) {
        CallerView caller = vm.callerProperty().get();
        if (caller == null) {
            return "";
        }
        return switch (caller.kind()) {
            case PERSON -> initials(caller.candidates().get(0).name());
            case COMPANY_RANGE -> initials(caller.companyName());
            case SHARED -> String.valueOf(caller.candidates().size());
            case UNKNOWN, WITHHELD -> "?";
        };
    }

    static String initials(String name) {
        StringBuilder letters = new StringBuilder();
        for (String word : name.trim().split("\\s+")) {
            if (!word.isEmpty() && Character.isLetter(word.codePointAt(0)) && letters.length() < 2) {
                letters.appendCodePoint(Character.toUpperCase(word.codePointAt(0)));
            }
        }
        return letters.toString();
    }

    @FXML
    private void answer() {
        model.answer();
    }

    @FXML
    private void reject() {
        model.reject();
    }

    @FXML
    private void toggleChat() {
        model.chat().toggle();
        if (model.chat().openProperty().get()) {
            chatQuery.requestFocus();
        }
    }

    @FXML
    private void toggleNote() {
        model.note().toggle();
        if (model.note().openProperty().get()) {
            noteText.requestFocus();
        }
    }

    @FXML
    private void saveNote() {
        model.note().save();
    }
}
