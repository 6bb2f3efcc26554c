package app.contactshield.desktop.signin;

import app.contactshield.desktop.calls.CallsText;
import app.contactshield.desktop.calls.IncomingCallWindow;
import java.io.IOException;
import java.io.UncheckedIOException;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;

/**
 * The sign-in screen. Entry point for the app shell: {@link #load(SignInViewModel, CallsText)} returns the view to
 * put in the main stage's scene. JavaFX thread.
 */
public final class SignInScreen {
    private SignInScreen() {
    }

    /** Loads the screen bound to its model. */
    public static Parent load(SignInViewModel vm, CallsText text) {
        FXMLLoader fxml = new FXMLLoader(SignInScreen.class.getResource("SignIn.fxml"), text.bundle());
        Parent root;
        try {
            root = fxml.load();
        } catch (IOException e) {
            throw new UncheckedIOException("SignIn.fxml could not be loaded from the application", e);
        }
        SignInController controller = fxml.getController();
        controller.bind(vm, text);
        root.getStylesheets().add(IncomingCallWindow.stylesheet());
        return root;
    }
}
