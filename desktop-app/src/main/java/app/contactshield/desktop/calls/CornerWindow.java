package app.contactshield.desktop.calls;

import java.util.Collections;
import java.util.Optional;
import java.util.Set;
import java.util.WeakHashMap;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.collections.ListChangeListener;
import javafx.geometry.Point2D;
import javafx.geometry.Rectangle2D;
import javafx.scene.Group;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.paint.Color;
import javafx.stage.Popup;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.StageStyle;
import javafx.stage.Window;

/**
 * Where the call window's content lives, in the bottom-right corner of the primary screen's visual bounds, on top
 * of other windows, and above the main window's status bar where that would otherwise be covered.
 * While it only shows a call it is a {@link Popup}: JavaFX shows popups without activating them, so the app the
 * user is typing in keeps the keyboard. A popup cannot take typed text, so once the user opens the colleague search
 * or the note, the content moves into an undecorated, always-on-top stage that takes the focus (see ADR 0009).
 *
 * <p>The popup's owner is a transparent, one-pixel, always-on-top utility stage shown once when the window is
 * created (JavaFX shows a popup only while its owner shows, and an always-on-top owner keeps the popup above other
 * apps' windows). A popup takes its owner scene's stylesheets when it shows, so the owner carries the window's.
 * Without a window manager (a bare X server) "always on top" holds nobody to it: when another window of the app
 * is shown or focused, the content is put back on top ({@link #raise()}). JavaFX thread only.
 */
final class CornerWindow {
    private static final double MARGIN = 16;
    /** The windows of every corner: raising one corner must not make another raise itself in turn. */
    private static final Set<Window> CORNER_PARTS = Collections.newSetFromMap(new WeakHashMap<>());

    private final Parent root;
    private final Stage anchor = new Stage(StageStyle.UTILITY);
    private final Popup popup = new Popup();
    private final Stage stage = new Stage(StageStyle.UNDECORATED);
    private final ListChangeListener<Window> windowsListener = this::windowsChanged;
    private Supplier<Optional<Rectangle2D>> keepClear = Optional::empty;
    private boolean typing;
    private boolean disposed;

    CornerWindow(Parent root, Scene styled, String title) {
        this.root = root;
        CORNER_PARTS.add(anchor);
        CORNER_PARTS.add(popup);
        CORNER_PARTS.add(stage);
        anchor.setTitle(title);
        anchor.setOpacity(0);
        anchor.setAlwaysOnTop(true);
        anchor.setScene(new Scene(new Group(), 1, 1, Color.TRANSPARENT));
        popup.setAutoHide(false);
        popup.setHideOnEscape(false);
        popup.setAutoFix(false);
        anchor.getScene().getStylesheets().setAll(styled.getStylesheets());
        stage.setTitle(title);
        stage.setAlwaysOnTop(true);
        stage.setResizable(false);
        stage.setScene(styled);
        styled.setRoot(new Group());
        popup.getContent().add(root);
        popup.widthProperty().addListener((obs, old, size) -> place(popup));
        popup.heightProperty().addListener((obs, old, size) -> place(popup));
        stage.widthProperty().addListener((obs, old, size) -> place(stage));
        stage.heightProperty().addListener((obs, old, size) -> place(stage));
        showAnchor();
        Window.getWindows().forEach(this::follow);
        Window.getWindows().addListener(windowsListener);
    }

    /**
     * Without a window manager nobody keeps an always-on-top window above the others: an app window that is shown
     * or takes the focus is stacked above the call. So when one does, the call is put back on top. Only stages count:
     * menus and tooltips belong to a window that is already below, and the windows of other corners (another call)
     * would otherwise raise this one and be raised by it in turn without end.
     */
    private void follow(Window window) {
        if (!(window instanceof Stage) || CORNER_PARTS.contains(window)) {
            return;
        }
        ChangeListener<Boolean> raiseWhenTrue = (obs, was, now) -> {
            if (now) {
                Platform.runLater(this::raise);
            }
        };
        window.showingProperty().addListener(raiseWhenTrue);
        window.focusedProperty().addListener(raiseWhenTrue);
    }

    /** Puts the content showing now above the app's other windows again; the keyboard focus stays where it is. */
    void raise() {
        if (disposed) {
            return;
        }
        if (typing) {
            if (stage.isShowing()) {
                stage.toFront();
            }
        } else if (popup.isShowing()) {
            popup.hide();
            popup.show(anchor);
            fit();
        }
    }

    /**
     * When the app's last other window closes, the corner closes too, so that the owner never keeps the app from
     * ending the way it did before the window existed.
     */
    private void windowsChanged(ListChangeListener.Change<? extends Window> change) {
        boolean otherClosed = false;
        while (change.next()) {
            otherClosed |= change.getRemoved().stream().anyMatch(w -> !ours(w));
            change.getAddedSubList().forEach(this::follow);
        }
        if (otherClosed && Window.getWindows().stream().allMatch(this::ours)) {
            Platform.runLater(this::close);
        }
    }

    /** Hides the content and its owner; the next call shows the owner again. Not while the window list changes. */
    private void close() {
        if (Window.getWindows().stream().allMatch(this::ours)) {
            hide();
            anchor.hide();
        }
    }

    private boolean ours(Window window) {
        return window == anchor || window == popup || window == stage;
    }

    private void showAnchor() {
        Rectangle2D bounds = Screen.getPrimary().getVisualBounds();
        anchor.setX(bounds.getMaxX() - 1);
        anchor.setY(bounds.getMaxY() - 1);
        Window focused = IncomingCallWindow.focusedWindow(anchor);
        anchor.show();
        if (focused != null) {
            focused.requestFocus();
        }
    }

    /** Shows the content without taking the keyboard focus (unless the user is already typing in it). */
    void show() {
        if (typing) {
            stage.show();
            return;
        }
        if (!anchor.isShowing()) {
            showAnchor();
        }
        popup.show(anchor);
        fit();
    }

    /** Moves the content into the focusable stage and focuses it, for the user to type. */
    void allowTyping() {
        if (typing) {
            return;
        }
        typing = true;
        boolean showing = popup.isShowing();
        popup.hide();
        popup.getContent().remove(root);
        stage.getScene().setRoot(root);
        if (showing) {
            stage.sizeToScene();
            place(stage);
            stage.show();
            place(stage);
            stage.requestFocus();
        }
    }

    /** Hides the content; the next call shows as a popup again. */
    void hide() {
        popup.hide();
        stage.hide();
        if (typing) {
            typing = false;
            stage.getScene().setRoot(new Group());
            popup.getContent().add(root);
        }
    }

    /** Closes the corner for good: its windows close and it no longer follows the app's other windows. */
    void dispose() {
        disposed = true;
        Window.getWindows().removeListener(windowsListener);
        hide();
        anchor.hide();
        CORNER_PARTS.remove(anchor);
        CORNER_PARTS.remove(popup);
        CORNER_PARTS.remove(stage);
    }

    /** Sizes the window to its content and moves it back into the corner. */
    void fit() {
        Window current = window();
        if (current.isShowing()) {
            current.sizeToScene();
            place(current);
        }
    }

    /** The window showing the content now: the popup, or the stage while the user types. */
    Window window() {
        return typing ? stage : popup;
    }

    /** Whether the content stays above other apps' windows. */
    boolean onTop() {
        return anchor.isAlwaysOnTop() && stage.isAlwaysOnTop();
    }

    /**
     * Names an area of the screen the content should not cover where it can be avoided (the main window's status
     * bar); it is asked each time the content is placed.
     */
    void keepClear(Supplier<Optional<Rectangle2D>> area) {
        keepClear = area;
        fit();
    }

    private void place(Window window) {
        Rectangle2D visual = Screen.getPrimary().getVisualBounds();
        window.setX(corner(visual, window.getWidth(), window.getHeight(), keepClear.get()).getX());
        // Moving a popup can lay its content out again and change its height: the height is read after the move.
        window.setY(corner(visual, window.getWidth(), window.getHeight(), keepClear.get()).getY());
    }

    /**
     * Where the content goes: the bottom-right corner of the screen's visual bounds (above the taskbar or dock),
     * moved up to just above an area to keep clear that it would otherwise cover, when it still fits there.
     */
    static Point2D corner(Rectangle2D visual, double width, double height, Optional<Rectangle2D> clear) {
        double x = visual.getMaxX() - width - MARGIN;
        double y = visual.getMaxY() - height - MARGIN;
        if (clear.isPresent() && clear.get().intersects(x, y, width, height)) {
            double above = clear.get().getMinY() - height - MARGIN;
            if (above >= visual.getMinY() + MARGIN) {
                y = above;
            }
        }
        return new Point2D(x, y);
    }
}
