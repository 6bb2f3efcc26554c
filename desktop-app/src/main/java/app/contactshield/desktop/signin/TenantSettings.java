package app.contactshield.desktop.signin;

/**
 * The tenant and client id to sign in with, from the policy or the first-run form.
 *
 * @param tenantId       the tenant, or empty when none is configured
 * @param clientId       the client id, or empty when none is configured
 * @param lockedByPolicy whether the policy sets them (shown locked)
 */
public record TenantSettings(String tenantId, String clientId, boolean lockedByPolicy) {

    public TenantSettings {
        tenantId = tenantId == null ? "" : tenantId.trim();
        clientId = clientId == null ? "" : clientId.trim();
    }

    /** Nothing configured yet: the first-run form. */
    public static TenantSettings none() {
        return new TenantSettings("", "", false);
    }

    /** Whether a tenant is configured. */
    public boolean configured() {
        return !tenantId.isEmpty();
    }
}
