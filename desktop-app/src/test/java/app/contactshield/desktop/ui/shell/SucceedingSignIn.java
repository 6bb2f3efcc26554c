package app.contactshield.desktop.ui.shell;

import app.contactshield.desktop.signin.DeviceCodePrompt;
import app.contactshield.desktop.signin.SignInRequest;
import app.contactshield.desktop.signin.SignInResult;
import app.contactshield.desktop.signin.SignInService;
import app.contactshield.graphsync.graph.TokenProvider;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * A sign-in backend whose every sign-in succeeds at once; nothing is cached, so it never signs in silently, unless
 * told to resume a cached account when a given future completes.
 */
final class SucceedingSignIn implements SignInService {
    final List<SignInRequest> requests = new CopyOnWriteArrayList<>();
    private volatile SignInState state = SignInState.SIGNED_OUT;
    private volatile CompletableFuture<Void> cachedAccountResumes;

    /** From now on a cached account is there, and its silent sign-in completes when {@code resumes} does. */
    void resumeCachedAccountWhen(CompletableFuture<Void> resumes) {
        cachedAccountResumes = resumes;
    }

    @Override
    public CompletableFuture<Optional<SignInResult>> resumeCached(SignInRequest request) {
        CompletableFuture<Void> resumes = cachedAccountResumes;
        if (resumes == null) {
            return CompletableFuture.completedFuture(Optional.empty());
        }
        return resumes.thenApply(done -> {
            state = SignInState.SIGNED_IN;
            return Optional.of(SignInResult.signedIn("ada@beispiel-logistik.example"));
        });
    }

    @Override
    public CompletableFuture<SignInResult> signInInteractive(SignInRequest request) {
        requests.add(request);
        state = SignInState.SIGNED_IN;
        return CompletableFuture.completedFuture(SignInResult.signedIn("ada@beispiel-logistik.example"));
    }

    @Override
    public CompletableFuture<SignInResult> signInWithDeviceCode(SignInRequest request,
            Consumer<DeviceCodePrompt> prompt) {
        return signInInteractive(request);
    }

    @Override
    public Optional<TokenProvider> tokens() {
        return state == SignInState.SIGNED_IN ? Optional.of(TokenProvider.NONE) : Optional.empty();
    }

    @Override
    public SignInState state() {
        return state;
    }
}
