package app.contactshield.desktop.calls;

import app.contactshield.graphsync.store.CallLogEntry;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.util.StringConverter;

/** Binds the call-history screen to its {@link CallHistoryViewModel}. */
public final class CallHistoryController {
    @FXML
    private TextField filter;
    @FXML
    private ComboBox<OutcomeFilter> outcome;
    @FXML
    private TableView<CallRow> table;
    @FXML
    private TableColumn<CallRow, String> timeColumn;
    @FXML
    private TableColumn<CallRow, String> callerColumn;
    @FXML
    private TableColumn<CallRow, String> numberColumn;
    @FXML
    private TableColumn<CallRow, String> directionColumn;
    @FXML
    private TableColumn<CallRow, String> outcomeColumn;
    @FXML
    private Label status;
    @FXML
    private Button callBack;
    @FXML
    private Button callBackHidden;

    private CallHistoryViewModel model;

    /** Binds the screen; JavaFX thread, once. */
    void bind(CallHistoryViewModel vm) {
        this.model = vm;
        filter.textProperty().bindBidirectional(vm.filterTextProperty());
        outcome.getItems().setAll(OutcomeFilter.values());
        outcome.setConverter(new StringConverter<>() {
            @Override
            public String toString(OutcomeFilter value) {
                return value == null ? "" : vm.filterName(value);
            }

            @Override
            public OutcomeFilter fromString(String text) {
                return OutcomeFilter.ALL;
            }
        });
        outcome.valueProperty().bindBidirectional(vm.outcomeFilterProperty());
        table.setItems(vm.visibleRows());
        Label empty = new Label();
        empty.getStyleClass().add("empty-hint");
        empty.setWrapText(true);
        empty.textProperty().bind(vm.placeholderProperty());
        table.setPlaceholder(empty);
        column(timeColumn, CallRow::timeText);
        column(callerColumn, CallRow::identification);
        column(numberColumn, CallRow::numberText);
        column(directionColumn, CallRow::directionText);
        column(outcomeColumn, CallRow::outcomeText);
        outcomeColumn.setCellFactory(c -> new OutcomeCell());
        vm.selectedProperty().bind(table.getSelectionModel().selectedItemProperty());
        callBack.disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(
                () -> vm.selectedProperty().get() == null || !vm.selectedProperty().get().canCallBack(),
                vm.selectedProperty()));
        callBackHidden.disableProperty().bind(callBack.disableProperty());
        status.textProperty().bind(vm.statusProperty());
        table.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) {
                model.callBack();
            }
        });
    }

    private static void column(TableColumn<CallRow, String> column, Function<CallRow, String> value) {
        column.setCellValueFactory(cell -> (ObservableValue<String>)
                new ReadOnlyStringWrapper(value.apply(cell.getValue())).getReadOnlyProperty());
    }

    @FXML
    private void callBack() {
        model.callBack();
    }

    @FXML
    private void callBackAnonymously() {
        model.callBackAnonymously();
    }

    @FXML
    private void close() {
        table.getScene().getWindow().hide();
    }

    /** Colours missed calls. */
    private static final class OutcomeCell extends TableCell<CallRow, String> {
        @Override
        protected void updateItem(String item, boolean empty) {
            super.updateItem(item, empty);
            getStyleClass().removeIf(c -> c.startsWith("outcome-"));
            setText(empty ? null : item);
            CallRow row = getTableRow() == null ? null : getTableRow().getItem();
            if (!empty && row != null) {
                getStyleClass().add("outcome-" + row.outcome().name().toLowerCase(java.util.Locale.ROOT));
                if (row.outcome() == CallLogEntry.Outcome.MISSED) {
                    setAccessibleText(item);
                }
            }
        }
    }
}
