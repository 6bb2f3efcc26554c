package app.contactshield.desktop.ui.settings;

import app.contactshield.desktop.ui.Icons;
import java.util.List;
import java.util.function.Consumer;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/** The settings screen's view: one control per setting, disabled with the reason when the policy fixes it. */
public final class SettingsController {
    private final SettingsViewModel model;
    private final Consumer<Window> openUnusableNumbers;

    @FXML
    private ComboBox<String> region;
    @FXML
    private Label regionNote;
    @FXML
    private ComboBox<String> interval;
    @FXML
    private Label intervalNote;
    @FXML
    private ComboBox<String> syncInterval;
    @FXML
    private Label syncIntervalNote;
    @FXML
    private TextField phone;
    @FXML
    private Label phoneNote;
    @FXML
    private ComboBox<String> theme;
    @FXML
    private Label themeNote;
    @FXML
    private ComboBox<String> language;
    @FXML
    private Label languageNote;
    @FXML
    private VBox ignoredBox;
    @FXML
    private Label ignoredTitle;
    @FXML
    private VBox ignoredList;
    @FXML
    private Button closeButton;

    /**
     * @param model               the settings screen's state
     * @param openUnusableNumbers opens the list of numbers that can't identify callers, owned by the given window
     */
    public SettingsController(SettingsViewModel model, Consumer<Window> openUnusableNumbers) {
        this.model = model;
        this.openUnusableNumbers = openUnusableNumbers;
    }

    @FXML
    private void initialize() {
        choice(region, SettingKey.REGION, SettingsViewModel.REGIONS, regionNote);
        choice(interval, SettingKey.PRESENCE_INTERVAL_SECONDS, SettingsViewModel.INTERVALS, intervalNote);
        choice(syncInterval, SettingKey.SYNC_INTERVAL_MINUTES, SettingsViewModel.SYNC_INTERVALS, syncIntervalNote);
        choice(theme, SettingKey.THEME, SettingsViewModel.THEMES, themeNote);
        choice(language, SettingKey.LANGUAGE, SettingsViewModel.LANGUAGES, languageNote);
        phone.textProperty().bindBidirectional(model.value(SettingKey.PHONE));
        lock(phone, SettingKey.PHONE, phoneNote);
        showIgnored();
        for (Label note : List.of(regionNote, intervalNote, syncIntervalNote, phoneNote, themeNote, languageNote)) {
            boolean shown = note.getText() != null && !note.getText().isBlank();
            note.setVisible(shown);
            note.setManaged(shown);
        }
    }

    private void showIgnored() {
        List<String> lines = model.ignored();
        ignoredBox.setVisible(!lines.isEmpty());
        ignoredBox.setManaged(!lines.isEmpty());
        ignoredTitle.setGraphic(Icons.of(Icons.INFO, "warning-icon"));
        for (String line : lines) {
            Label item = new Label(line);
            item.setWrapText(true);
            item.setMinHeight(Region.USE_PREF_SIZE);
            item.getStyleClass().add("ignored-item");
            ignoredList.getChildren().add(item);
        }
    }

    private void choice(ComboBox<String> box, SettingKey key, List<String> choices, Label note) {
        box.getItems().setAll(choices);
        if (!choices.contains(model.value(key).get())) {
            box.getItems().add(model.value(key).get());
        }
        box.setCellFactory(list -> new LabelCell(model, key));
        box.setButtonCell(new LabelCell(model, key));
        box.valueProperty().bindBidirectional(model.value(key));
        lock(box, key, note);
    }

    private void lock(Control control, SettingKey key, Label note) {
        if (!model.locked(key).get()) {
            return;
        }
        control.setDisable(true);
        note.setText(model.lockNote());
        note.setGraphic(Icons.of(Icons.INFO, "lock-icon"));
        note.getStyleClass().add("locked-note");
        note.setVisible(true);
        note.setManaged(true);
        control.setAccessibleHelp(model.lockNote());
        Tooltip.install(note, new Tooltip(model.lockNote()));
    }

    @FXML
    private void openUnusableNumbers() {
        openUnusableNumbers.accept(closeButton.getScene().getWindow());
    }

    @FXML
    private void close() {
        closeButton.getScene().getWindow().hide();
    }

    /** Shows a choice by its localized label. */
    private static final class LabelCell extends ListCell<String> {
        private final SettingsViewModel model;
        private final SettingKey key;

        LabelCell(SettingsViewModel model, SettingKey key) {
            this.model = model;
            this.key = key;
        }

        @Override
        protected void updateItem(String item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? null : model.label(key, item));
        }
    }
}
