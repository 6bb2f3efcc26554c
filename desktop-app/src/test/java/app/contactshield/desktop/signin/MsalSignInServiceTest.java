package app.contactshield.desktop.signin;

import static org.assertj.core.api.Assertions.assertThat;

import app.contactshield.graphsync.auth.TokenCaches;
import app.contactshield.graphsync.sync.SyncException;
import java.net.ConnectException;
import java.net.UnknownHostException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MsalSignInServiceTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "AADSTS65001: The user or administrator has not consented to use the application | CONSENT_MISSING",
        "AADSTS90094: The grant requires admin permission | CONSENT_MISSING",
        "AADSTS50020: User account from identity provider does not exist in tenant | WRONG_TENANT",
        "AADSTS700016: Application with identifier was not found in the directory | WRONG_TENANT",
        "AADSTS90002: Tenant not found | WRONG_TENANT",
        "authentication_canceled: User cancelled the flow | CANCELLED",
        "expired_token: the device code expired | CANCELLED",
        "invalid_request: something else | FAILED"
    })
    void entraIdCodesBecomeClearOutcomes(String causeMessage, SignInResult.Outcome expected) {
        SyncException failure = new SyncException("signin.failed", "interactive sign-in failed (invalid_grant)",
                new IllegalStateException(causeMessage));

        SignInResult.Outcome outcome = MsalSignInService.classify(failure);

        assertThat(outcome).isEqualTo(expected);
    }

    @Test
    void unreachableSignInServiceMeansOffline() {
        SyncException failure = new SyncException("signin.failed", "interactive sign-in failed (MsalClientException)",
                new IllegalStateException("wrapped", new UnknownHostException("login.microsoftonline.com")));

        assertThat(MsalSignInService.classify(failure)).isEqualTo(SignInResult.Outcome.OFFLINE);
        assertThat(MsalSignInService.classify(new SyncException("signin.failed", "x", new ConnectException("x"))))
                .isEqualTo(SignInResult.Outcome.OFFLINE);
    }

    @Test
    void missingKeyStoreAsksTheUser() {
        SyncException failure = new SyncException(TokenCaches.KEY_KEYRING_MISSING, "No Secret Service answered");

        assertThat(MsalSignInService.classify(failure)).isEqualTo(SignInResult.Outcome.KEYRING_MISSING);
    }
}
