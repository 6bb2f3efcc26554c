/**
 * Sign-in to Entra ID with MSAL4J: the WAM broker on Windows, the system browser with a loopback redirect elsewhere,
 * device code on request; silent renewal before each sync; sign-out. The token cache is encrypted by the operating
 * system (msal4j-persistence-extension); where no keyring answers, {@link TokenCaches} reports it and the UI asks
 * the user before keeping tokens in memory only.
 *
 * <p>Threading: every method blocks its calling thread while MSAL talks to Entra ID or the keyring; never call
 * them on the JavaFX application thread. Device-code prompts arrive on an MSAL thread.
 */
package app.contactshield.graphsync.auth;
