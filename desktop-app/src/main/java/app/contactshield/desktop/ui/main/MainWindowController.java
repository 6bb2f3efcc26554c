package app.contactshield.desktop.ui.main;

import app.contactshield.desktop.ui.Icons;
import app.contactshield.desktop.ui.Messages;
import app.contactshield.desktop.ui.detail.DetailController;
import app.contactshield.desktop.ui.detail.DetailViewModel;
import app.contactshield.desktop.ui.detail.PresenceText;
import app.contactshield.desktop.ui.detail.SourceLabels;
import java.time.Clock;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * The main window: search field, result list, detail pane and status bar. Keyboard first: Ctrl+F focuses the
 * search, arrows move through the results, Enter opens the detail's default action, Esc clears.
 */
public final class MainWindowController {
    private final SearchViewModel search;
    private final DetailViewModel detail;
    private final Screens screens;
    private final Messages messages;
    private final Clock clock;

    @FXML
    private StackPane searchBox;
    @FXML
    private TextField searchField;
    @FXML
    private Label summary;
    @FXML
    private Label indexingHint;
    @FXML
    private ListView<ResultRow> resultList;
    @FXML
    private VBox emptyState;
    @FXML
    private Label emptyTitle;
    @FXML
    private Label emptyHint;
    @FXML
    private Label demoBadge;
    @FXML
    private HBox demoBanner;
    @FXML
    private Button connectButton;
    @FXML
    private Button historyButton;
    @FXML
    private Button cardButton;
    @FXML
    private Button favouritesButton;
    @FXML
    private Button settingsButton;
    @FXML
    private DetailController detailPaneController;

    /**
     * @param search   the search
     * @param detail   the detail pane
     * @param screens  opens settings, favourites, the business card and recent calls
     * @param messages texts
     * @param clock    for presence ages in the cells
     */
    public MainWindowController(SearchViewModel search, DetailViewModel detail, Screens screens, Messages messages,
            Clock clock) {
        this.search = search;
        this.detail = detail;
        this.screens = screens;
        this.messages = messages;
        this.clock = clock;
    }

    @FXML
    private void initialize() {
        Node icon = Icons.of(Icons.SEARCH, "search-icon");
        StackPane.setAlignment(icon, Pos.CENTER_LEFT);
        icon.setMouseTransparent(true);
        searchBox.getChildren().add(icon);
        favouritesButton.setGraphic(Icons.of(Icons.STAR, "toolbar-icon"));
        historyButton.setGraphic(Icons.of(Icons.HISTORY, "toolbar-icon"));
        cardButton.setGraphic(Icons.of(Icons.CARD, "toolbar-icon"));
        connectButton.setGraphic(Icons.of(Icons.LINK, "toolbar-icon"));
        boolean connect = screens.connectOffered();
        demoBanner.setVisible(connect);
        demoBanner.setManaged(connect);
        demoBadge.setVisible(connect);
        demoBadge.setManaged(connect);
        settingsButton.setGraphic(Icons.of(Icons.SETTINGS, "toolbar-icon"));
        searchField.textProperty().bindBidirectional(search.queryProperty());
        summary.textProperty().bind(search.summaryProperty());
        indexingHint.textProperty().bind(search.indexingProperty());
        indexingHint.visibleProperty().bind(search.indexingProperty().isNotEmpty());
        indexingHint.managedProperty().bind(indexingHint.visibleProperty());
        resultList.setItems(search.rows());
        resultList.setPlaceholder(new Region());
        resultList.setCellFactory(list -> new ResultCell(messages, new SourceLabels(messages),
                new PresenceText(messages, clock)));
        emptyState.visibleProperty().bind(Bindings.isEmpty(search.rows()));
        emptyTitle.textProperty().bind(search.emptyTextProperty());
        emptyHint.visibleProperty().bind(Bindings.isNotEmpty(searchField.textProperty()));
        emptyHint.setText(messages.get("search.noneFound.hint"));
        resultList.getSelectionModel().selectedItemProperty().addListener((obs, old, row) -> {
            search.selectedProperty().set(row);
            detail.show(row == null ? null : row.hit().entry().key());
        });
        search.selectedProperty().addListener((obs, old, row) -> {
            if (row != null && resultList.getSelectionModel().getSelectedItem() != row) {
                resultList.getSelectionModel().select(row);
            }
        });
        searchField.addEventFilter(KeyEvent.KEY_PRESSED, this::onSearchKey);
        resultList.addEventFilter(KeyEvent.KEY_PRESSED, this::onListKey);
        searchField.sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null) {
                scene.getAccelerators().put(new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN),
                        this::focusSearch);
            }
        });
    }

    private void onSearchKey(KeyEvent event) {
        switch (event.getCode()) {
            case DOWN -> {
                moveSelection(1);
                resultList.requestFocus();
                event.consume();
            }
            case UP -> {
                moveSelection(-1);
                event.consume();
            }
            case ENTER -> {
                if (resultList.getSelectionModel().isEmpty()) {
                    moveSelection(1);
                }
                detailPaneController.focusDefaultAction();
                event.consume();
            }
            case ESCAPE -> {
                search.clear();
                event.consume();
            }
            default -> {
            }
        }
    }

    private void onListKey(KeyEvent event) {
        if (event.getCode() == KeyCode.ENTER) {
            detailPaneController.focusDefaultAction();
            event.consume();
        } else if (event.getCode() == KeyCode.ESCAPE) {
            search.clear();
            focusSearch();
            event.consume();
        } else if (event.getCode() == KeyCode.UP && resultList.getSelectionModel().getSelectedIndex() == 0) {
            focusSearch();
            event.consume();
        }
    }

    private void moveSelection(int step) {
        if (resultList.getItems().isEmpty()) {
            return;
        }
        int index = resultList.getSelectionModel().getSelectedIndex() + step;
        index = Math.max(0, Math.min(resultList.getItems().size() - 1, index));
        resultList.getSelectionModel().select(index);
        resultList.scrollTo(Math.max(0, index - 3));
    }

    /** Puts the keyboard focus in the search field and selects its text. */
    public void focusSearch() {
        searchField.requestFocus();
        searchField.selectAll();
    }

    @FXML
    private void openFavourites() {
        screens.openFavourites(searchField.getScene().getWindow());
    }

    @FXML
    private void openHistory() {
        screens.openHistory(searchField.getScene().getWindow());
    }

    @FXML
    private void openCard() {
        screens.openCard(searchField.getScene().getWindow());
    }

    @FXML
    private void connectOrganisation() {
        screens.connectOrganisation(searchField.getScene().getWindow());
    }

    @FXML
    private void openSettings() {
        screens.openSettings(searchField.getScene().getWindow());
    }
}
