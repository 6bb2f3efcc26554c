package app.contactshield.graphsync.auth;

/** Where MSAL's token cache lives. */
public enum TokenCacheMode {
    /** Encrypted by the operating system: DPAPI on Windows, the Keychain on macOS, the Secret Service on Linux. */
    OS_KEY_STORE,
    /**
     * In memory only, forgotten on exit: the fallback the user must agree to when no key store exists. Nothing is
     * written to disk, so the user signs in again after each start.
     */
    MEMORY_ONLY
}
