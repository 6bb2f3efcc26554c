package app.contactshield.desktop.ui.shell;

import app.contactshield.desktop.ui.Messages;
import app.contactshield.desktop.ui.Theme;
import app.contactshield.graphsync.keys.KeyVaults;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.function.UnaryOperator;
import javafx.application.Platform;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.VBox;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Asks for the store's passphrase or PIN in a dialog: the key vault calls it on a background thread, which waits
 * while the dialog shows on the JavaFX thread. The reason the vault gives (which key store is missing) is shown as
 * is; cancelling declines, and the store stays closed. As on the command line, a non-empty
 * {@value #PASSPHRASE_ENV} (for a passphrase, also a new one) or {@value #PIN_ENV} (for a PIN) answers instead and
 * no dialog shows.
 */
final class FxSecretPrompt implements KeyVaults.SecretPrompt {
    /** The environment variable that answers a passphrase question, as the command line reads it. */
    static final String PASSPHRASE_ENV = "CONTACT_SHIELD_PASSPHRASE";
    /** The environment variable that answers a PIN question, as the command line reads it. */
    static final String PIN_ENV = "CONTACT_SHIELD_PIN";

    private static final Logger LOG = LoggerFactory.getLogger(FxSecretPrompt.class);

    private final Messages messages;
    private final UnaryOperator<String> environment;
    private final ToolkitWait toolkit;

    /** Waits until the toolkit runs, so that a dialog can show: the store may be opened before it does. */
    @FunctionalInterface
    interface ToolkitWait {
        void await() throws InterruptedException;
    }

    /**
     * A prompt whose dialog can show at once.
     *
     * @param messages    texts
     * @param environment looks up an environment variable, {@code null} when unset
     */
    FxSecretPrompt(Messages messages, UnaryOperator<String> environment) {
        this(messages, environment, () -> { });
    }

    /**
     * @param messages    texts
     * @param environment looks up an environment variable, {@code null} when unset
     * @param toolkit     waits until the toolkit runs; the environment is read without waiting
     */
    FxSecretPrompt(Messages messages, UnaryOperator<String> environment, ToolkitWait toolkit) {
        this.messages = messages;
        this.environment = environment;
        this.toolkit = toolkit;
    }

    @Override
    public Optional<char[]> ask(KeyVaults.SecretKind kind, String reason) {
        String variable = kind == KeyVaults.SecretKind.PIN ? PIN_ENV : PASSPHRASE_ENV;
        String given = environment.apply(variable);
        if (given != null && !given.isEmpty()) {
            LOG.info("The store's {} is taken from {}; no dialog is shown", kind, variable);
            return Optional.of(given.toCharArray());
        }
        if (Platform.isFxApplicationThread()) {
            throw new IllegalStateException("The secret prompt waits for the user: call it off the JavaFX thread");
        }
        CompletableFuture<Optional<char[]>> answer = new CompletableFuture<>();
        try {
            toolkit.await();
            Platform.runLater(() -> answer.complete(show(kind, reason)));
            return answer.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        } catch (ExecutionException e) {
            LOG.error("The passphrase dialog failed", e.getCause());
            return Optional.empty();
        }
    }

    private Optional<char[]> show(KeyVaults.SecretKind kind, String reason) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.setTitle(messages.get("app.title"));
        dialog.setHeaderText(messages.get("secret." + kind.name()));
        PasswordField field = new PasswordField();
        field.setAccessibleText(messages.get("secret." + kind.name()));
        Label why = new Label(reason);
        why.setWrapText(true);
        why.setMaxWidth(420);
        dialog.getDialogPane().setContent(new VBox(10, why, field));
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        Theme.style(dialog.getDialogPane().getScene(), false);
        Platform.runLater(field::requestFocus);
        Optional<ButtonType> pressed = dialog.showAndWait();
        if (pressed.isEmpty() || pressed.get() != ButtonType.OK || field.getText().isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(field.getText().toCharArray());
    }
}
