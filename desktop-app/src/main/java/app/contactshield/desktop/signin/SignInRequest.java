package app.contactshield.desktop.signin;

import java.util.Objects;

/**
 * What to sign in to.
 *
 * @param tenantId            the Entra tenant (GUID or verified domain)
 * @param clientId            the application (client) id
 * @param allowWithoutKeyring whether the user agreed to keep the sign-in in memory only when no key store exists
 */
public record SignInRequest(String tenantId, String clientId, boolean allowWithoutKeyring) {

    public SignInRequest {
        Objects.requireNonNull(tenantId, "tenantId");
        Objects.requireNonNull(clientId, "clientId");
    }
}
