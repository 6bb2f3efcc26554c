package app.contactshield.graphsync.auth;

import java.net.URI;
import java.util.Objects;
import java.util.Set;

/**
 * Where and as which app the user signs in: from the managed policy, else the user's settings.
 *
 * @param tenant        the Entra tenant id or domain ({@code organizations} for any work account)
 * @param clientId      the app registration's client id
 * @param authorityRoot the Entra ID root ending in {@code /}, normally {@link #ENTRA_ID}
 * @param scopes        the Graph scopes to ask for (see {@link GraphScopes})
 */
public record SignInSettings(String tenant, String clientId, URI authorityRoot, Set<String> scopes) {
    /** The public Entra ID root. */
    public static final URI ENTRA_ID = URI.create("https://login.microsoftonline.com/");

    public SignInSettings {
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(authorityRoot, "authorityRoot");
        scopes = Set.copyOf(scopes);
        if (tenant.isBlank() || clientId.isBlank()) {
            throw new IllegalArgumentException("Sign-in needs a tenant and a client id; the policy or settings gave "
                    + (tenant.isBlank() ? "no tenant" : "no client id"));
        }
        if (scopes.isEmpty()) {
            throw new IllegalArgumentException("Sign-in needs at least one scope");
        }
    }

    /** Settings for the public Entra ID. */
    public static SignInSettings of(String tenant, String clientId, Set<String> scopes) {
        return new SignInSettings(tenant, clientId, ENTRA_ID, scopes);
    }

    /** The authority URL, {@code https://login.microsoftonline.com/<tenant>/}. */
    public String authority() {
        String root = authorityRoot.toString();
        return (root.endsWith("/") ? root : root + "/") + tenant + "/";
    }
}
