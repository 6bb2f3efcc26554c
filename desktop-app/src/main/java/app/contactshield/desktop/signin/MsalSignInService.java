package app.contactshield.desktop.signin;

import app.contactshield.graphsync.auth.MsalSignIn;
import app.contactshield.graphsync.auth.SignInSettings;
import app.contactshield.graphsync.auth.TokenCacheMode;
import app.contactshield.graphsync.auth.TokenCaches;
import app.contactshield.graphsync.graph.TokenProvider;
import app.contactshield.graphsync.sync.SyncException;
import com.microsoft.aad.msal4j.ITokenCacheAccessAspect;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The sign-in screen's backend over graph-sync's {@link MsalSignIn} and {@link TokenCaches}. Each sign-in runs on
 * the given executor (never the JavaFX thread) and ends in a {@link SignInResult} that names what went wrong:
 * consent missing, wrong tenant, offline, no key store. After a sign-in, {@link #current()} is the token provider
 * for Graph.
 */
public final class MsalSignInService implements SignInService {
    private static final Logger LOG = LoggerFactory.getLogger(MsalSignInService.class);

    private final TokenCaches caches;
    private final Path cacheDirectory;
    private final Set<String> scopes;
    private final Executor executor;
    private volatile MsalSignIn current;
    private volatile SignInState state = SignInState.SIGNED_OUT;

    /**
     * @param caches         opens the token cache (checks the key store)
     * @param cacheDirectory where the encrypted token cache lives
     * @param scopes         the Graph scopes the enabled sources need
     * @param executor       runs the sign-ins
     */
    public MsalSignInService(TokenCaches caches, Path cacheDirectory, Set<String> scopes, Executor executor) {
        this.caches = Objects.requireNonNull(caches, "caches");
        this.cacheDirectory = Objects.requireNonNull(cacheDirectory, "cacheDirectory");
        this.scopes = Set.copyOf(scopes);
        this.executor = Objects.requireNonNull(executor, "executor");
    }

    @Override
    public CompletableFuture<SignInResult> signInInteractive(SignInRequest request) {
        return run(request, MsalSignIn::signInInteractively);
    }

    @Override
    public CompletableFuture<SignInResult> signInWithDeviceCode(SignInRequest request,
            Consumer<DeviceCodePrompt> prompt) {
        return run(request, msal -> msal.signInWithDeviceCode(code -> prompt.accept(
                new DeviceCodePrompt(code.userCode(), URI.create(code.verificationUri())))));
    }

    @Override
    public CompletableFuture<Optional<SignInResult>> resumeCached(SignInRequest request) {
        return CompletableFuture.supplyAsync(() -> {
            try {
                Optional<ITokenCacheAccessAspect> cache = caches.open(TokenCacheMode.OS_KEY_STORE, cacheDirectory);
                MsalSignIn msal = MsalSignIn.forEntraId(
                        SignInSettings.of(request.tenantId(), request.clientId(), scopes), cache);
                if (!msal.isSignedIn()) {
                    return Optional.empty();
                }
                msal.accessToken(false);
                current = msal;
                state = SignInState.SIGNED_IN;
                LOG.info("Signed in silently with the cached account");
                return Optional.of(SignInResult.signedIn(msal.userName().orElse("")));
            } catch (SyncException e) {
                LOG.info("No silent sign-in ({}); the sign-in screen is shown", e.userMessageKey());
                return Optional.empty();
            }
        }, executor);
    }

    @Override
    public Optional<TokenProvider> tokens() {
        return Optional.ofNullable(current);
    }

    @Override
    public SignInState state() {
        return state;
    }

    /** The signed-in MSAL client, the token provider for Graph, once a sign-in succeeded. */
    public Optional<MsalSignIn> current() {
        return Optional.ofNullable(current);
    }

    private CompletableFuture<SignInResult> run(SignInRequest request, Step step) {
        return CompletableFuture.supplyAsync(() -> {
            state = SignInState.SIGNING_IN;
            try {
                TokenCacheMode mode = request.allowWithoutKeyring()
                        ? TokenCacheMode.MEMORY_ONLY : TokenCacheMode.OS_KEY_STORE;
                Optional<ITokenCacheAccessAspect> cache = caches.open(mode, cacheDirectory);
                MsalSignIn msal = MsalSignIn.forEntraId(
                        SignInSettings.of(request.tenantId(), request.clientId(), scopes), cache);
                step.run(msal);
                current = msal;
                state = SignInState.SIGNED_IN;
                LOG.info("Signed in");
                return SignInResult.signedIn(msal.userName().orElse(""));
            } catch (SyncException e) {
                state = SignInState.SIGNED_OUT;
                SignInResult.Outcome outcome = classify(e);
                LOG.warn("Sign-in ended with {}: {}", outcome, e.getMessage());
                return SignInResult.of(outcome);
            }
        }, executor);
    }

    /** What a failed sign-in means for the user, read from the message key, Entra ID's codes and the causes. */
    static SignInResult.Outcome classify(SyncException failure) {
        if (TokenCaches.KEY_KEYRING_MISSING.equals(failure.userMessageKey())) {
            return SignInResult.Outcome.KEYRING_MISSING;
        }
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof UnknownHostException || t instanceof ConnectException
                    || t instanceof NoRouteToHostException || t instanceof InterruptedIOException) {
                return SignInResult.Outcome.OFFLINE;
            }
            String text = String.valueOf(t.getMessage()).toLowerCase(Locale.ROOT);
            if (text.contains("aadsts65001") || text.contains("aadsts90094") || text.contains("aadsts90008")
                    || text.contains("consent_required")) {
                return SignInResult.Outcome.CONSENT_MISSING;
            }
            if (text.contains("aadsts50020") || text.contains("aadsts700016") || text.contains("aadsts90002")
                    || text.contains("aadsts50128") || text.contains("aadsts50059")) {
                return SignInResult.Outcome.WRONG_TENANT;
            }
            if (text.contains("authentication_canceled") || text.contains("user_cancel")
                    || text.contains("expired_token") || text.contains("code_expired")) {
                return SignInResult.Outcome.CANCELLED;
            }
        }
        return SignInResult.Outcome.FAILED;
    }

    /** One sign-in step on an MSAL client. */
    @FunctionalInterface
    private interface Step {
        void run(MsalSignIn msal) throws SyncException;
    }
}
