package app.contactshield.desktop.signin;

import app.contactshield.desktop.calls.CallsText;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/** Binds the sign-in screen to its {@link SignInViewModel}. */
public final class SignInController {
    @FXML
    private TextField tenant;
    @FXML
    private TextField client;
    @FXML
    private Label fieldsNote;
    @FXML
    private HBox messageBox;
    @FXML
    private ProgressIndicator progress;
    @FXML
    private Label message;
    @FXML
    private VBox codeBox;
    @FXML
    private Hyperlink codeLink;
    @FXML
    private Label code;
    @FXML
    private Button signIn;
    @FXML
    private Button deviceCode;
    @FXML
    private VBox demoBox;
    @FXML
    private Button demo;
    @FXML
    private StackPane keyringDialog;

    private SignInViewModel model;

    /** Binds the screen; JavaFX thread, once. */
    void bind(SignInViewModel vm, CallsText text) {
        this.model = vm;
        tenant.textProperty().bindBidirectional(vm.tenantIdProperty());
        client.textProperty().bindBidirectional(vm.clientIdProperty());
        tenant.setEditable(vm.fieldsEditable());
        client.setEditable(vm.fieldsEditable());
        tenant.setDisable(!vm.fieldsEditable());
        client.setDisable(!vm.fieldsEditable());
        fieldsNote.setText(text.get(vm.fieldsEditable() ? "signin.firstRun" : "signin.locked"));
        message.textProperty().bind(vm.messageProperty());
        messageBox.visibleProperty().bind(vm.messageProperty().isNotEmpty());
        messageBox.managedProperty().bind(messageBox.visibleProperty());
        vm.messageKindProperty().addListener((obs, old, kind) -> styleMessage(kind));
        styleMessage(vm.messageKindProperty().get());
        progress.visibleProperty().bind(vm.busyProperty());
        progress.managedProperty().bind(progress.visibleProperty());
        code.textProperty().bind(vm.deviceCodeProperty());
        codeLink.textProperty().bind(vm.deviceUrlProperty());
        codeBox.visibleProperty().bind(vm.deviceCodeProperty().isNotEmpty());
        codeBox.managedProperty().bind(codeBox.visibleProperty());
        signIn.disableProperty().bind(vm.canSignInProperty().not());
        deviceCode.disableProperty().bind(vm.canSignInProperty().not());
        demoBox.setVisible(vm.demoOffered());
        demoBox.setManaged(vm.demoOffered());
        keyringDialog.visibleProperty().bind(vm.keyringQuestionProperty());
        if (vm.demoOffered()) {
            demo.requestFocus();
        } else if (!vm.fieldsEditable() || vm.canSignInProperty().get()) {
            signIn.requestFocus();
        }
    }

    private void styleMessage(SignInViewModel.MessageKind kind) {
        messageBox.getStyleClass().removeAll("error", "info");
        messageBox.getStyleClass().add(kind == SignInViewModel.MessageKind.ERROR ? "error" : "info");
    }

    @FXML
    private void signIn() {
        model.signIn();
    }

    @FXML
    private void signInWithCode() {
        model.signInWithCode();
    }

    @FXML
    private void copyCode() {
        model.copyCode();
    }

    @FXML
    private void openCodePage() {
        model.openCodePage();
    }

    @FXML
    private void tryDemo() {
        model.tryDemo();
    }

    @FXML
    private void continueWithoutKeyring() {
        model.continueWithoutKeyring();
    }

    @FXML
    private void declineWithoutKeyring() {
        model.declineWithoutKeyring();
    }
}
