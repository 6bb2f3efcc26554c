package app.contactshield.desktop.ui.diagnostics;

import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.VBox;

/** Binds the "Numbers that can't identify callers" screen to its {@link UnusableNumbersViewModel}. */
public final class UnusableNumbersController {
    private final UnusableNumbersViewModel model;

    @FXML
    private Label unusableHeading;
    @FXML
    private TableView<UnusableNumberRow> unusableTable;
    @FXML
    private TableColumn<UnusableNumberRow, String> nameColumn;
    @FXML
    private TableColumn<UnusableNumberRow, String> numberColumn;
    @FXML
    private TableColumn<UnusableNumberRow, String> typeColumn;
    @FXML
    private TableColumn<UnusableNumberRow, String> sourceColumn;
    @FXML
    private TableColumn<UnusableNumberRow, String> reasonColumn;
    @FXML
    private VBox unusableEmpty;
    @FXML
    private Label unusableEmptyText;
    @FXML
    private Button closeButton;

    /** @param model the screen's state */
    public UnusableNumbersController(UnusableNumbersViewModel model) {
        this.model = model;
    }

    @FXML
    private void initialize() {
        unusableHeading.textProperty().bind(model.headingProperty());
        unusableTable.setItems(model.rows());
        Label placeholder = new Label();
        placeholder.getStyleClass().add("empty-hint");
        placeholder.textProperty().bind(model.headingProperty());
        unusableTable.setPlaceholder(placeholder);
        column(nameColumn, UnusableNumberRow::name);
        column(numberColumn, UnusableNumberRow::number);
        column(typeColumn, UnusableNumberRow::type);
        column(sourceColumn, UnusableNumberRow::source);
        column(reasonColumn, UnusableNumberRow::reason);
        unusableEmptyText.setText(model.emptyText());
        unusableEmpty.visibleProperty().bind(model.emptyProperty());
        unusableEmpty.managedProperty().bind(model.emptyProperty());
        unusableTable.visibleProperty().bind(model.emptyProperty().not());
        unusableTable.managedProperty().bind(model.emptyProperty().not());
        model.reload();
    }

    private static void column(TableColumn<UnusableNumberRow, String> column,
            Function<UnusableNumberRow, String> value) {
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue()))
                .getReadOnlyProperty());
    }

    @FXML
    private void close() {
        closeButton.getScene().getWindow().hide();
    }
}
