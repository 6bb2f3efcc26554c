package app.contactshield.desktop.signin;

import app.contactshield.graphsync.graph.TokenProvider;
import java.util.Optional;
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

    /**
     * Signs in without asking anything, with an account the OS key store's token cache holds. Completes with empty
     * when none is cached or the cache cannot be used (no key store: the sign-in screen asks first).
     */
    default CompletableFuture<Optional<SignInResult>> resumeCached(SignInRequest request) {
        return CompletableFuture.completedFuture(Optional.empty());
    }

    /** The token provider for Graph once signed in. */
    default Optional<TokenProvider> tokens() {
        return Optional.empty();
    }

    /** Whether someone is signed in now. */
    SignInState state();

    /** Whether someone is signed in, signing in or not. */
    enum SignInState { SIGNED_OUT, SIGNING_IN, SIGNED_IN }
}
