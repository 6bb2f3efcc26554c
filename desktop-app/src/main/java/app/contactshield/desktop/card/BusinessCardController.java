package app.contactshield.desktop.card;

import java.io.File;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.image.ImageView;
import javafx.scene.layout.GridPane;
import javafx.stage.FileChooser;

/** Binds the business-card screen to its {@link BusinessCardViewModel}. */
public final class BusinessCardController {
    @FXML
    private Label name;
    @FXML
    private Label subtitle;
    @FXML
    private GridPane fields;
    @FXML
    private ImageView qr;
    @FXML
    private Label status;

    private BusinessCardViewModel model;

    /** Binds the screen; JavaFX thread, once. */
    void bind(BusinessCardViewModel vm) {
        this.model = vm;
        name.setText(vm.displayName());
        subtitle.setText(vm.subtitle());
        int row = 0;
        for (CardLine line : vm.lines()) {
            Label label = new Label(line.label());
            label.getStyleClass().add("card-field-label");
            Label value = new Label(line.value());
            value.setAccessibleText(line.label() + ": " + line.value());
            fields.addRow(row++, label, value);
        }
        qr.setImage(vm.qrCode());
        status.textProperty().bind(vm.statusProperty());
    }

    @FXML
    private void close() {
        qr.getScene().getWindow().hide();
    }

    @FXML
    private void save() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(model.text().get("card.save.title"));
        chooser.setInitialFileName(model.suggestedFileName());
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(model.text().get("card.save.filter"),
                "*.vcf"));
        File file = chooser.showSaveDialog(qr.getScene().getWindow());
        if (file != null) {
            model.saveVcf(file.toPath());
        }
    }
}
