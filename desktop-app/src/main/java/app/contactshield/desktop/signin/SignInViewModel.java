package app.contactshield.desktop.signin;

import app.contactshield.desktop.calls.CallsText;
import app.contactshield.desktop.links.LinkOpener;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.regex.Pattern;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The sign-in screen: tenant and client id (locked when the policy sets them), interactive and device-code sign-in,
 * a clear message for each failure, the question before signing in without a key store, and "Try with demo data"
 * when no tenant is configured. JavaFX thread; the backend's answers arrive through the {@code fx} executor.
 */
public final class SignInViewModel {
    private static final Logger LOG = LoggerFactory.getLogger(SignInViewModel.class);
    private static final Pattern GUID = Pattern.compile(
            "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
    private static final Pattern DOMAIN = Pattern.compile("[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)+");

    private final SignInService service;
    private final TenantSettings settings;
    private final CallsText text;
    private final Executor fx;
    private final Actions actions;
    private final StringProperty tenantId = new SimpleStringProperty("");
    private final StringProperty clientId = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final StringProperty message = new SimpleStringProperty("");
    private final ObjectProperty<MessageKind> messageKind = new SimpleObjectProperty<>(MessageKind.NONE);
    private final StringProperty deviceCode = new SimpleStringProperty("");
    private final StringProperty deviceUrl = new SimpleStringProperty("");
    private final BooleanProperty keyringQuestion = new SimpleBooleanProperty();
    private final BooleanBinding canSignIn;
    private Function<SignInRequest, CompletableFuture<SignInResult>> lastAttempt;

    /**
     * @param service  the sign-in backend
     * @param settings tenant and client id from the policy or saved from the first run
     * @param text     the localised texts
     * @param fx       runs on the JavaFX thread ({@code Platform::runLater}; tests pass {@code Runnable::run})
     * @param actions  what the screen hands back to the app shell
     */
    public SignInViewModel(SignInService service, TenantSettings settings, CallsText text, Executor fx,
            Actions actions) {
        this.service = Objects.requireNonNull(service, "service");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.text = Objects.requireNonNull(text, "text");
        this.fx = Objects.requireNonNull(fx, "fx");
        this.actions = Objects.requireNonNull(actions, "actions");
        tenantId.set(settings.tenantId());
        clientId.set(settings.clientId());
        canSignIn = Bindings.createBooleanBinding(() -> !busy.get() && !tenantId.get().isBlank()
                && !clientId.get().isBlank(), busy, tenantId, clientId);
    }

    /** Signs in with the broker or the browser. */
    public void signIn() {
        start(service::signInInteractive, "signin.waitingBrowser");
    }

    /** Signs in with a code typed on another device; the code and the link appear when the backend has them. */
    public void signInWithCode() {
        start(request -> service.signInWithDeviceCode(request, prompt -> fx.execute(() -> showCode(prompt))),
                "signin.waitingCode");
    }

    private void start(Function<SignInRequest, CompletableFuture<SignInResult>> attempt, String waitingKey) {
        if (!validate()) {
            return;
        }
        lastAttempt = attempt;
        run(false, waitingKey);
    }

    private void run(boolean allowWithoutKeyring, String waitingKey) {
        busy.set(true);
        deviceCode.set("");
        deviceUrl.set("");
        show(MessageKind.INFO, text.get(waitingKey));
        SignInRequest request = new SignInRequest(tenantId.get().trim(), clientId.get().trim(), allowWithoutKeyring);
        lastAttempt.apply(request).whenComplete((result, error) -> fx.execute(() -> finish(result, error)));
    }

    private boolean validate() {
        String tenant = tenantId.get().trim();
        if (!GUID.matcher(tenant).matches() && !DOMAIN.matcher(tenant).matches()) {
            show(MessageKind.ERROR, text.get("signin.error.tenantFormat"));
            return false;
        }
        if (!GUID.matcher(clientId.get().trim()).matches()) {
            show(MessageKind.ERROR, text.get("signin.error.clientFormat"));
            return false;
        }
        return true;
    }

    private void finish(SignInResult result, Throwable error) {
        busy.set(false);
        if (error != null) {
            LOG.error("Sign-in failed unexpectedly", error);
            show(MessageKind.ERROR, text.get("signin.error.FAILED"));
            return;
        }
        if (result.outcome() == SignInResult.Outcome.SIGNED_IN) {
            show(MessageKind.NONE, "");
            deviceCode.set("");
            actions.signedIn(result);
            return;
        }
        if (result.outcome() == SignInResult.Outcome.KEYRING_MISSING) {
            show(MessageKind.NONE, "");
            keyringQuestion.set(true);
            return;
        }
        LOG.info("Sign-in ended with {}", result.outcome());
        show(MessageKind.ERROR, text.format("signin.error." + result.outcome().name(), tenantId.get().trim()));
    }

    /** The user accepted signing in without a key store: tries again, keeping the sign-in in memory only. */
    public void continueWithoutKeyring() {
        keyringQuestion.set(false);
        LOG.info("Sign-in continues without an operating-system key store at the user's request");
        run(true, "signin.waitingBrowser");
    }

    /** The user declined signing in without a key store. */
    public void declineWithoutKeyring() {
        keyringQuestion.set(false);
        show(MessageKind.ERROR, text.get("signin.error.keyringDeclined"));
    }

    /** Puts the device code on the clipboard. */
    public void copyCode() {
        if (!deviceCode.get().isEmpty()) {
            actions.copyToClipboard(deviceCode.get());
            show(MessageKind.INFO, text.get("signin.codeCopied"));
        }
    }

    /** Opens the device-code page in the browser. */
    public void openCodePage() {
        if (!deviceUrl.get().isEmpty()) {
            actions.opener().open(java.net.URI.create(deviceUrl.get()));
        }
    }

    /** Starts the app on the demo directory with the simulated phone. */
    public void tryDemo() {
        actions.startDemo();
    }

    private void showCode(DeviceCodePrompt prompt) {
        deviceCode.set(prompt.userCode());
        deviceUrl.set(prompt.verificationUri().toString());
        show(MessageKind.INFO, text.get("signin.waitingCodeEntered"));
    }

    private void show(MessageKind kind, String textToShow) {
        messageKind.set(kind);
        message.set(textToShow);
    }

    /** Whether the fields can be edited (not set by the policy). */
    public boolean fieldsEditable() {
        return !settings.lockedByPolicy();
    }

    /** Whether "Try with demo data" is offered (no tenant configured). */
    public boolean demoOffered() {
        return !settings.configured();
    }

    public StringProperty tenantIdProperty() {
        return tenantId;
    }

    public StringProperty clientIdProperty() {
        return clientId;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy;
    }

    public BooleanBinding canSignInProperty() {
        return canSignIn;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message;
    }

    public ReadOnlyObjectProperty<MessageKind> messageKindProperty() {
        return messageKind;
    }

    public ReadOnlyStringProperty deviceCodeProperty() {
        return deviceCode;
    }

    public ReadOnlyStringProperty deviceUrlProperty() {
        return deviceUrl;
    }

    /** Whether the "no key store" question is showing. */
    public ReadOnlyBooleanProperty keyringQuestionProperty() {
        return keyringQuestion;
    }

    /** How a message looks. */
    public enum MessageKind { NONE, INFO, ERROR }

    /** What the sign-in screen hands back to the app shell. */
    public interface Actions {
        /** Signed in: the shell moves on to the main window. JavaFX thread. */
        void signedIn(SignInResult result);

        /** "Try with demo data": the shell starts demo mode. JavaFX thread. */
        void startDemo();

        /** Puts text on the system clipboard. JavaFX thread. */
        void copyToClipboard(String textToCopy);

        /** Opens links (the device-code page). */
        LinkOpener opener();

        /** Actions built from lambdas. */
        static Actions of(Consumer<SignInResult> signedIn, Runnable startDemo, Consumer<String> clipboard,
                LinkOpener opener) {
            return new Actions() {
                @Override
                public void signedIn(SignInResult result) {
                    signedIn.accept(result);
                }

                @Override
                public void startDemo() {
                    startDemo.run();
                }

                @Override
                public void copyToClipboard(String textToCopy) {
                    clipboard.accept(textToCopy);
                }

                @Override
                public LinkOpener opener() {
                    return opener;
                }
            };
        }
    }
}
