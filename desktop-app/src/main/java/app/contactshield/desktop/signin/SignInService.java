package app.contactshield.desktop.signin;

import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * What the sign-in screen needs from the sign-in backend (MSAL in graph-sync). Both sign-in methods return at once;
 * their futures complete on the backend's own threads, never the JavaFX thread. The screen adapts the backend with
 * a small adapter in the composition root.
 */
public interface SignInService {

    /** Signs in with the Windows broker where available, else the system browser with a loopback redirect. */
    CompletableFuture<SignInResult> signInInteractive(SignInRequest request);

    /**
     * Signs in with a device code for remote or headless sessions.
     *
     * @param request what to sign in to
     * @param prompt  told the code and the link to show, on the backend's thread
     */
    CompletableFuture<SignInResult> signInWithDeviceCode(SignInRequest request, Consumer<DeviceCodePrompt> prompt);

    /** Whether someone is signed in now. */
    SignInState state();

    /** Whether someone is signed in, signing in or not. */
    enum SignInState { SIGNED_OUT, SIGNING_IN, SIGNED_IN }
}
