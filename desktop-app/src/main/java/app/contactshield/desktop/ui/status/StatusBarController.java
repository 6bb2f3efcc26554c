package app.contactshield.desktop.ui.status;

import app.contactshield.desktop.ui.Icons;
import app.contactshield.desktop.ui.Messages;
import javafx.css.PseudoClass;
import javafx.fxml.FXML;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;

/** The status bar's view: binds {@link StatusBarViewModel}. */
public final class StatusBarController {
    private static final PseudoClass FAILED = PseudoClass.getPseudoClass("failed");

    private final StatusBarViewModel model;
    private final Messages messages;

    @FXML
    private HBox syncBox;
    @FXML
    private ProgressBar syncProgress;
    @FXML
    private Label syncText;
    @FXML
    private Label lastSync;
    @FXML
    private Hyperlink retryLink;
    @FXML
    private Region linkDot;
    @FXML
    private Label phoneText;
    @FXML
    private ToggleButton vacationToggle;

    /**
     * @param model    the status bar's state
     * @param messages texts
     */
    public StatusBarController(StatusBarViewModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
    }

    @FXML
    private void initialize() {
        syncBox.visibleProperty().bind(model.syncingProperty());
        syncBox.managedProperty().bind(syncBox.visibleProperty());
        syncProgress.progressProperty().bind(model.syncFractionProperty());
        syncText.textProperty().bind(model.syncTextProperty());
        lastSync.textProperty().bind(model.lastSyncTextProperty());
        lastSync.visibleProperty().bind(model.syncingProperty().not());
        lastSync.managedProperty().bind(lastSync.visibleProperty());
        lastSync.pseudoClassStateChanged(FAILED, model.syncFailedProperty().get());
        model.syncFailedProperty().addListener((obs, old, failed) -> lastSync.pseudoClassStateChanged(FAILED, failed));
        retryLink.visibleProperty().bind(model.syncFailedProperty().and(model.syncingProperty().not()));
        retryLink.managedProperty().bind(retryLink.visibleProperty());
        phoneText.textProperty().bind(model.phoneTextProperty());
        phoneText.setGraphic(Icons.of(Icons.PHONE, "status-icon"));
        Tooltip phoneTip = new Tooltip();
        phoneTip.textProperty().bind(model.phoneDetailProperty());
        model.phoneDetailProperty().addListener((obs, old, detail) -> phoneText.setTooltip(
                detail == null || detail.isBlank() ? null : phoneTip));
        String detail = model.phoneDetailProperty().get();
        phoneText.setTooltip(detail == null || detail.isBlank() ? null : phoneTip);
        linkDot.getStyleClass().add(model.phoneConnectedProperty().get() ? "connected" : "disconnected");
        model.phoneConnectedProperty().addListener((obs, old, connected) -> {
            linkDot.getStyleClass().removeAll("connected", "disconnected");
            linkDot.getStyleClass().add(connected ? "connected" : "disconnected");
        });
        vacationToggle.selectedProperty().bindBidirectional(model.vacationModeProperty());
        vacationToggle.disableProperty().bind(model.vacationLockedProperty());
        vacationToggle.visibleProperty().bind(model.vacationLockedProperty().not());
        vacationToggle.managedProperty().bind(vacationToggle.visibleProperty());
        vacationToggle.setGraphic(Icons.of(Icons.SUN, "button-icon"));
        vacationToggle.setTooltip(new Tooltip(messages.get("status.vacation.tooltip")));
    }

    @FXML
    private void retry() {
        model.retry();
    }
}
