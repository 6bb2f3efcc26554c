package app.contactshield.graphsync.auth;

import app.contactshield.graphsync.graph.TokenProvider;
import app.contactshield.graphsync.sync.SyncException;
import com.microsoft.aad.msal4j.DeviceCodeFlowParameters;
import com.microsoft.aad.msal4j.IAccount;
import com.microsoft.aad.msal4j.IAuthenticationResult;
import com.microsoft.aad.msal4j.ITokenCacheAccessAspect;
import com.microsoft.aad.msal4j.InteractiveRequestParameters;
import com.microsoft.aad.msal4j.MsalException;
import com.microsoft.aad.msal4j.MsalInteractionRequiredException;
import com.microsoft.aad.msal4j.PublicClientApplication;
import com.microsoft.aad.msal4j.SilentParameters;
import com.microsoft.aad.msal4jbrokers.Broker;
import com.sun.jna.Platform;
import java.net.MalformedURLException;
import java.net.URI;
import java.time.Duration;
import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.function.Consumer;
import javax.net.ssl.SSLSocketFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Signs the user in to Entra ID with MSAL4J as a public client and renews tokens silently: the WAM broker on
 * Windows, else the system browser with a loopback redirect ({@code http://localhost}), or a device code on request
 * for remote sessions. Tokens never reach a log line. Thread-safe; every method blocks the calling thread while
 * MSAL talks to Entra ID, so it must never run on the JavaFX thread. The creator closes nothing: MSAL holds no
 * resources beyond its token cache.
 */
public final class MsalSignIn implements TokenProvider {
    /** Message key: sign-in failed (Entra ID refused or could not be reached). */
    public static final String KEY_SIGNIN_FAILED = "signin.failed";
    /** Message key: the user must sign in (no account, or silent renewal impossible). */
    public static final String KEY_SIGNIN_REQUIRED = "signin.required";
    private static final Logger LOG = LoggerFactory.getLogger(MsalSignIn.class);

    private final PublicClientApplication app;
    private final Set<String> scopes;
    private final String authority;

    private MsalSignIn(PublicClientApplication app, SignInSettings settings) {
        this.app = app;
        this.scopes = settings.scopes();
        this.authority = settings.authority();
    }

    /**
     * Sign-in against the real Entra ID, with the WAM broker on Windows.
     *
     * @param settings tenant, client id and scopes
     * @param cache    the persistent cache from {@link TokenCaches}, or empty to keep tokens in memory only
     */
    public static MsalSignIn forEntraId(SignInSettings settings, Optional<ITokenCacheAccessAspect> cache)
            throws SyncException {
        try {
            PublicClientApplication.Builder builder = PublicClientApplication.builder(settings.clientId())
                    .authority(settings.authority())
                    .logPii(false);
            cache.ifPresent(builder::setTokenCacheAccessAspect);
            if (Platform.isWindows()) {
                builder.broker(new Broker.Builder().supportWindows(true).build());
            }
            return new MsalSignIn(builder.build(), settings);
        } catch (MalformedURLException e) {
            throw new SyncException(KEY_SIGNIN_FAILED, "The authority " + settings.authority()
                    + " built from the tenant setting is not a URL", e);
        }
    }

    /**
     * Sign-in against a stand-in for Entra ID (tests, private clouds): no authority validation, no instance
     * discovery, TLS trusting the given socket factory.
     *
     * @param settings         tenant, client id, authority root and scopes
     * @param cache            a persistent cache, or empty for memory only
     * @param sslSocketFactory trusts the stand-in's certificate
     */
    public static MsalSignIn forStandIn(SignInSettings settings, Optional<ITokenCacheAccessAspect> cache,
            SSLSocketFactory sslSocketFactory) throws SyncException {
        try {
            PublicClientApplication.Builder builder = PublicClientApplication.builder(settings.clientId())
                    .authority(settings.authority())
                    .validateAuthority(false)
                    .instanceDiscovery(false)
                    .sslSocketFactory(sslSocketFactory)
                    .logPii(false);
            cache.ifPresent(builder::setTokenCacheAccessAspect);
            return new MsalSignIn(builder.build(), settings);
        } catch (MalformedURLException e) {
            throw new SyncException(KEY_SIGNIN_FAILED, "The stand-in authority " + settings.authority()
                    + " is not a URL", e);
        }
    }

    /** Interactive sign-in: WAM on Windows, else the system browser redirecting to {@code http://localhost}. */
    public void signInInteractively() throws SyncException {
        InteractiveRequestParameters parameters = InteractiveRequestParameters
                .builder(URI.create("http://localhost")).scopes(scopes).build();
        finish(app.acquireToken(parameters), "interactive sign-in");
    }

    /**
     * Device-code sign-in for remote or headless sessions.
     *
     * @param prompt told (on an MSAL thread) what code the user must enter where
     */
    public void signInWithDeviceCode(Consumer<DeviceCodePrompt> prompt) throws SyncException {
        DeviceCodeFlowParameters parameters = DeviceCodeFlowParameters.builder(scopes, code -> prompt.accept(
                new DeviceCodePrompt(code.userCode(), code.verificationUri(), code.message(),
                        Duration.ofSeconds(code.expiresIn())))).build();
        finish(app.acquireToken(parameters), "device-code sign-in");
    }

    /** Whether an account is signed in (its tokens may still need renewal). */
    public boolean isSignedIn() throws SyncException {
        return account().isPresent();
    }

    /** The signed-in account's user name (personal data: show it, never log it). */
    public Optional<String> userName() throws SyncException {
        return account().map(IAccount::username);
    }

    @Override
    public String accessToken(boolean forceRefresh) throws SyncException {
        IAccount account = account().orElseThrow(() -> new SyncException(KEY_SIGNIN_REQUIRED,
                "No account is signed in; interactive or device-code sign-in is required"));
        try {
            SilentParameters parameters = SilentParameters.builder(scopes, account).authorityUrl(authority)
                    .forceRefresh(forceRefresh).build();
            return finish(app.acquireTokenSilently(parameters), forceRefresh ? "token refresh" : "silent renewal")
                    .accessToken();
        } catch (MalformedURLException e) {
            throw new SyncException(KEY_SIGNIN_FAILED, "The authority of the signed-in account is not a URL", e);
        }
    }

    /**
     * Signs out: removes every account and its tokens from the cache.
     *
     * @return how many accounts were removed (0 when none was signed in)
     */
    public int signOut() throws SyncException {
        Set<IAccount> accounts = accounts();
        for (IAccount account : accounts) {
            try {
                app.removeAccount(account).get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new SyncException(KEY_SIGNIN_FAILED, "Sign-out was interrupted", e);
            } catch (ExecutionException e) {
                throw new SyncException(KEY_SIGNIN_FAILED, "Sign-out could not remove an account from the cache",
                        e.getCause());
            }
        }
        LOG.info("Signed out; {} accounts and their tokens removed from the cache", accounts.size());
        return accounts.size();
    }

    private Optional<IAccount> account() throws SyncException {
        return accounts().stream().min(Comparator.comparing(IAccount::homeAccountId));
    }

    private Set<IAccount> accounts() throws SyncException {
        return wait(app.getAccounts(), "reading the token cache");
    }

    private IAuthenticationResult finish(CompletableFuture<IAuthenticationResult> future, String step)
            throws SyncException {
        IAuthenticationResult result = wait(future, step);
        LOG.debug("{} succeeded; token valid until {}", step, result.expiresOnDate().toInstant());
        return result;
    }

    /** The host that could not be reached when a failure comes from the network, named as the user can check it. */
    static Optional<String> unreachableHost(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof java.net.UnknownHostException) {
                String host = t.getMessage();
                return Optional.of(host == null || host.isBlank() ? "(host name unknown)" : host.split(":")[0]);
            }
            if (t instanceof java.net.ConnectException || t instanceof java.net.SocketTimeoutException
                    || t instanceof java.net.NoRouteToHostException) {
                return Optional.of("(its host)");
            }
        }
        return Optional.empty();
    }

    private static <T> T wait(CompletableFuture<T> future, String step) throws SyncException {
        try {
            return Objects.requireNonNull(future.get(), step);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SyncException(KEY_SIGNIN_FAILED, step + " was interrupted", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof MsalInteractionRequiredException) {
                LOG.info("{} needs the user: {}", step, ((MsalException) cause).errorCode());
                throw new SyncException(KEY_SIGNIN_REQUIRED, step + " needs an interactive sign-in ("
                        + ((MsalException) cause).errorCode() + ")", cause);
            }
            Optional<String> unreachable = unreachableHost(cause);
            if (unreachable.isPresent()) {
                throw new SyncException(KEY_SIGNIN_FAILED, step + " failed: the sign-in service " + unreachable.get()
                        + " could not be reached; check the network connection, a proxy or a firewall, then try "
                        + "again", cause);
            }
            String code = cause instanceof MsalException msal && msal.errorCode() != null ? msal.errorCode()
                    : cause.getClass().getSimpleName();
            throw new SyncException(KEY_SIGNIN_FAILED, step + " failed (" + code + ")", cause);
        }
    }
}
