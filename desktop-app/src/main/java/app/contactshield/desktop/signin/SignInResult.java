package app.contactshield.desktop.signin;

import java.util.Objects;

/**
 * How a sign-in ended.
 *
 * @param outcome what happened
 * @param account the signed-in account's user name when signed in, else empty
 */
public record SignInResult(Outcome outcome, String account) {

    public SignInResult {
        Objects.requireNonNull(outcome, "outcome");
        account = account == null ? "" : account;
    }

    /** A failed or cancelled sign-in. */
    public static SignInResult of(Outcome outcome) {
        return new SignInResult(outcome, "");
    }

    /** A successful sign-in. */
    public static SignInResult signedIn(String account) {
        return new SignInResult(Outcome.SIGNED_IN, account);
    }

    /** What happened. */
    public enum Outcome {
        SIGNED_IN,
        /** The tenant's administrator has not granted consent for the app's permissions. */
        CONSENT_MISSING,
        /** The account belongs to another tenant than the configured one. */
        WRONG_TENANT,
        /** The sign-in service could not be reached. */
        OFFLINE,
        /** No operating-system key store to keep the sign-in in; the user must agree to keep it in memory only. */
        KEYRING_MISSING,
        /** The user closed the browser or the code expired. */
        CANCELLED,
        /** Anything else; the detail is in the log. */
        FAILED
    }
}
