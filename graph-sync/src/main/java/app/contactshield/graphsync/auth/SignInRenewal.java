package app.contactshield.graphsync.auth;

import app.contactshield.graphsync.sync.SyncEngine;
import app.contactshield.graphsync.sync.SyncException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Renews the sign-in silently before each sync. When Entra ID answers that the user must sign in again (a revoked
 * or expired refresh token, a changed password, no account), an attended run signs in again through its
 * {@link Interactive} sign-in (browser or device code) and carries on; an unattended run fails with
 * {@link MsalSignIn#KEY_SIGNIN_REQUIRED}, so the caller can name the command that signs in. Runs on the syncing
 * thread and blocks while the user signs in.
 */
public final class SignInRenewal implements SyncEngine.Renewal {
    private static final Logger LOG = LoggerFactory.getLogger(SignInRenewal.class);

    private final MsalSignIn session;
    private final Interactive interactive;

    private SignInRenewal(MsalSignIn session, Interactive interactive) {
        this.session = session;
        this.interactive = interactive;
    }

    /** For unattended runs: silent renewal only. */
    public static SignInRenewal unattended(MsalSignIn session) {
        return new SignInRenewal(session, null);
    }

    /**
     * For attended runs: silent renewal, else a new interactive sign-in.
     *
     * @param interactive signs the user in again when silent renewal is impossible
     */
    public static SignInRenewal attended(MsalSignIn session, Interactive interactive) {
        return new SignInRenewal(session, java.util.Objects.requireNonNull(interactive, "interactive"));
    }

    @Override
    public void renewSilently() throws SyncException {
        try {
            session.accessToken(false);
        } catch (SyncException e) {
            if (!MsalSignIn.KEY_SIGNIN_REQUIRED.equals(e.userMessageKey()) || !signInAgain()) {
                throw e;
            }
        }
    }

    @Override
    public boolean signInAgain() throws SyncException {
        if (interactive == null) {
            LOG.info("The sign-in cannot be renewed silently and nobody is there to sign in again");
            return false;
        }
        LOG.info("The sign-in cannot be renewed silently; asking the user to sign in again");
        interactive.signIn(session);
        return true;
    }

    /** Signs the user in again on the calling thread (the system browser, WAM or a device code). */
    @FunctionalInterface
    public interface Interactive {
        /**
         * @param session the sign-in to complete
         * @throws SyncException when the user does not complete it
         */
        void signIn(MsalSignIn session) throws SyncException;
    }
}
