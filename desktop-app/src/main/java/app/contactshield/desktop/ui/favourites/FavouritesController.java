package app.contactshield.desktop.ui.favourites;

import app.contactshield.desktop.search.SearchEntry;
import app.contactshield.desktop.search.SearchHit;
import app.contactshield.desktop.ui.Messages;
import app.contactshield.desktop.ui.detail.SourceLabels;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The favourites editor's view: an inline search to add people, the list in the user's order, and buttons to move
 * and remove the selected one. Keyboard: Enter adds the first person found (Down reaches the others), Alt+Up and
 * Alt+Down move the selected favourite, Delete removes it.
 */
public final class FavouritesController {
    private static final double LIST_INSETS = 4;

    private final FavouritesViewModel model;
    private final Messages messages;

    @FXML
    private TextField addField;
    @FXML
    private Button addButton;
    @FXML
    private ListView<SearchHit> candidates;
    @FXML
    private ListView<SearchHit> list;
    @FXML
    private Button upButton;
    @FXML
    private Button downButton;
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
        list.setCellFactory(view -> new PersonCell(new SourceLabels(messages)));
        Label empty = new Label(messages.get("favourites.empty"));
        empty.getStyleClass().add("empty-hint");
        empty.setWrapText(true);
        empty.setAlignment(Pos.CENTER);
        list.setPlaceholder(empty);
        model.selectedProperty().bind(list.getSelectionModel().selectedItemProperty());
        var nothingSelected = list.getSelectionModel().selectedItemProperty().isNull();
        removeButton.disableProperty().bind(nothingSelected);
        upButton.disableProperty().bind(nothingSelected.or(list.getSelectionModel().selectedIndexProperty()
                .isEqualTo(0)));
        downButton.disableProperty().bind(nothingSelected.or(list.getSelectionModel().selectedIndexProperty()
                .isEqualTo(Bindings.size(model.favourites()).subtract(1))));
        list.addEventFilter(KeyEvent.KEY_PRESSED, this::listKey);
        bindSearch();
    }

    private void bindSearch() {
        addField.textProperty().bindBidirectional(model.queryProperty());
        candidates.setItems(model.candidates());
        candidates.setPlaceholder(new Region());
        candidates.setCellFactory(view -> new PersonCell(new SourceLabels(messages)));
        candidates.visibleProperty().bind(Bindings.isNotEmpty(model.candidates()));
        candidates.managedProperty().bind(candidates.visibleProperty());
        candidates.prefHeightProperty().bind(Bindings.createDoubleBinding(
                () -> model.candidates().size() * candidates.getFixedCellSize() + LIST_INSETS, model.candidates()));
        candidates.minHeightProperty().bind(candidates.prefHeightProperty());
        addButton.disableProperty().bind(Bindings.isEmpty(model.candidates()));
        addField.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.DOWN && !model.candidates().isEmpty()) {
                candidates.requestFocus();
                candidates.getSelectionModel().selectFirst();
                event.consume();
            }
        });
        addField.setOnAction(event -> add());
        candidates.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ENTER) {
                add();
                addField.requestFocus();
            }
        });
        candidates.setOnMouseClicked(event -> {
            if (event.getClickCount() == 2) {
                add();
            }
        });
    }

    private void listKey(KeyEvent event) {
        if (event.getCode() == KeyCode.DELETE) {
            remove();
            event.consume();
        } else if (event.isAltDown() && event.getCode() == KeyCode.UP) {
            moveUp();
            event.consume();
        } else if (event.isAltDown() && event.getCode() == KeyCode.DOWN) {
            moveDown();
            event.consume();
        }
    }

    @FXML
    private void add() {
        SearchHit chosen = candidates.getSelectionModel().getSelectedItem();
        model.add(chosen != null ? chosen : model.candidates().isEmpty() ? null : model.candidates().get(0));
    }

    @FXML
    private void moveUp() {
        reselect(model.moveSelectedUp());
    }

    @FXML
    private void moveDown() {
        reselect(model.moveSelectedDown());
    }

    private void reselect(int position) {
        if (position >= 0) {
            list.getSelectionModel().select(position);
            list.scrollTo(position);
            list.requestFocus();
        }
    }

    @FXML
    private void remove() {
        model.removeSelected();
    }

    @FXML
    private void close() {
        closeButton.getScene().getWindow().hide();
    }

    /**
     * A person's name and company, and below it what tells namesakes apart: job title, department and source. The
     * second line is left out where there is nothing to show.
     */
    private static final class PersonCell extends ListCell<SearchHit> {
        private final SourceLabels sources;
        private final Label name = new Label();
        private final Label detail = new Label();
        private final VBox lines = new VBox(1, name, detail);

        PersonCell(SourceLabels sources) {
            this.sources = sources;
            name.getStyleClass().add("favourite-name");
            detail.getStyleClass().add("favourite-detail");
            detail.managedProperty().bind(detail.visibleProperty());
        }

        @Override
        protected void updateItem(SearchHit hit, boolean empty) {
            super.updateItem(hit, empty);
            setText(null);
            if (empty || hit == null) {
                setGraphic(null);
                setAccessibleText(null);
                return;
            }
            SearchEntry entry = hit.entry();
            name.setText(joined(entry.displayName(), entry.company()));
            List<String> parts = new ArrayList<>(List.of(entry.jobTitle(), entry.department()));
            entry.sources().forEach(source -> parts.add(sources.label(source)));
            String second = joined(parts.toArray(String[]::new));
            detail.setText(second);
            detail.setVisible(!second.isEmpty());
            setGraphic(lines);
            setAccessibleText(second.isEmpty() ? name.getText() : name.getText() + ", " + second);
        }

        private static String joined(String... parts) {
            StringBuilder text = new StringBuilder();
            for (String part : parts) {
                if (part != null && !part.isBlank() && text.indexOf(part) < 0) {
                    text.append(text.length() == 0 ? "" : " · ").append(part);
                }
            }
            return text.toString();
        }
    }
}
