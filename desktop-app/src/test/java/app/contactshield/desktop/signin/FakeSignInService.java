package app.contactshield.desktop.signin;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/** A sign-in backend the test answers by hand. */
final class FakeSignInService implements SignInService {
    final List<SignInRequest> requests = new CopyOnWriteArrayList<>();
    volatile CompletableFuture<SignInResult> pending;
    volatile Consumer<DeviceCodePrompt> prompt;

    @Override
    public CompletableFuture<SignInResult> signInInteractive(SignInRequest request) {
        requests.add(request);
        pending = new CompletableFuture<>();
        return pending;
    }

    @Override
    public CompletableFuture<SignInResult> signInWithDeviceCode(SignInRequest request,
            Consumer<DeviceCodePrompt> codePrompt) {
        requests.add(request);
        prompt = codePrompt;
        pending = new CompletableFuture<>();
        return pending;
    }

    @Override
    public SignInState state() {
        return SignInState.SIGNED_OUT;
    }

    void answer(SignInResult result) {
        pending.complete(result);
    }
}
