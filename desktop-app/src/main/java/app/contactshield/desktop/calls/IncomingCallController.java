package app.contactshield.desktop.calls;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/**
 * Shows one card per call of an {@link IncomingCallViewModel}. Card nodes come from a small pool loaded in advance,
 * so that showing a call parses no FXML and reads no file.
 */
public final class IncomingCallController {
    @FXML
    private Label title;
    @FXML
    private Label demoBadge;
    @FXML
    private VBox cards;

    private final Deque<CallCardView> pool = new ArrayDeque<>();
    private final Map<CallCardViewModel, Node> shown = new HashMap<>();
    private CallCardView.Loader loader;
    private Runnable resized = () -> { };

    /** Binds the window to its model and preloads {@code poolSize} cards; JavaFX thread, once. */
    void bind(IncomingCallViewModel vm, CallCardView.Loader cardLoader, int poolSize) {
        this.loader = cardLoader;
        for (int i = 0; i < poolSize; i++) {
            pool.add(cardLoader.load());
        }
        title.textProperty().bind(vm.titleProperty());
        demoBadge.visibleProperty().bind(vm.demoProperty());
        demoBadge.managedProperty().bind(demoBadge.visibleProperty());
        vm.calls().forEach(this::add);
        vm.calls().addListener((ListChangeListener<CallCardViewModel>) change -> {
            while (change.next()) {
                change.getRemoved().forEach(this::remove);
                change.getAddedSubList().forEach(this::add);
            }
        });
    }

    private void add(CallCardViewModel call) {
        CallCardView card = pool.isEmpty() ? loader.load() : pool.poll();
        card.controller().bind(card.root(), call);
        card.root().layoutBoundsProperty().addListener((obs, old, now) -> {
            if (old.getHeight() != now.getHeight()) {
                resized.run();
            }
        });
        shown.put(call, card.root());
        cards.getChildren().add(card.root());
    }

    private void remove(CallCardViewModel call) {
        Node node = shown.remove(call);
        if (node != null) {
            cards.getChildren().remove(node);
        }
    }

    /** Runs {@code action} whenever a card's height changes (a pane opened, a candidate list filled). */
    void onCardResized(Runnable action) {
        this.resized = action;
    }

    /** Loads cards back into the pool while no call is showing, so that the next call needs no loading. */
    void refillPool(int poolSize) {
        while (pool.size() < poolSize) {
            pool.add(loader.load());
        }
    }
}
