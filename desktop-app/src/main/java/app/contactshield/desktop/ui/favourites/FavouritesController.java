package app.contactshield.desktop.ui.favourites;

import app.contactshield.desktop.search.SearchHit;
import app.contactshield.desktop.ui.Messages;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;

/** The favourites editor's view: the list and a remove button (Delete works too). */
public final class FavouritesController {
    private final FavouritesViewModel model;
    private final Messages messages;

    @FXML
    private ListView<SearchHit> list;
    @FXML
    private Button removeButton;
    @FXML
    private Button closeButton;

    /**
     * @param model    the editor's state
     * @param messages texts
     */
    public FavouritesController(FavouritesViewModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
    }

    @FXML
    private void initialize() {
        model.reload();
        list.setItems(model.favourites());
        list.setCellFactory(view -> new FavouriteCell());
        Label empty = new Label(messages.get("favourites.empty"));
        empty.getStyleClass().add("empty-hint");
        list.setPlaceholder(empty);
        model.selectedProperty().bind(list.getSelectionModel().selectedItemProperty());
        removeButton.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        list.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.DELETE) {
                remove();
            }
        });
    }

    @FXML
    private void remove() {
        model.removeSelected();
    }

    @FXML
    private void close() {
        closeButton.getScene().getWindow().hide();
    }

    /** A favourite's name and company. */
    private static final class FavouriteCell extends ListCell<SearchHit> {
        @Override
        protected void updateItem(SearchHit hit, boolean empty) {
            super.updateItem(hit, empty);
            if (empty || hit == null) {
                setText(null);
                setAccessibleText(null);
                return;
            }
            String company = hit.entry().company();
            setText(company.isBlank() ? hit.entry().displayName() : hit.entry().displayName() + " · " + company);
            setAccessibleText(getText());
        }
    }
}
