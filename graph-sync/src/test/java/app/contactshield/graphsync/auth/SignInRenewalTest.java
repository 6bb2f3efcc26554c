package app.contactshield.graphsync.auth;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.contactshield.graphsync.sync.SyncException;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A revoked refresh token is not a dead end: against the Entra stand-in (short-lived tokens, so every renewal
 * refreshes), an attended run signs in again and an unattended one says sign-in is required.
 */
class SignInRenewalTest {
    private EntraStandIn entra;
    private MsalSignIn session;

    @BeforeEach
    void signInThenRevoke() throws SyncException {
        entra = new EntraStandIn(60);
        session = entra.signIn(Optional.empty());
        session.signInWithDeviceCode(p -> { });
        entra.revokeRefreshTokens();
    }

    @AfterEach
    void stop() {
        entra.close();
    }

    @Test
    void anAttendedRunSignsInAgainWhenTheRefreshTokenWasRevoked() throws SyncException {
        AtomicInteger prompts = new AtomicInteger();
        SignInRenewal renewal = SignInRenewal.attended(session, s -> {
            entra.resetDeviceFlow();
            s.signInWithDeviceCode(p -> prompts.incrementAndGet());
        });

        renewal.renewSilently();

        assertThat(prompts).hasValue(1);
        assertThat(session.isSignedIn()).isTrue();
        entra.server().verify(1, postRequestedFor(urlEqualTo(EntraStandIn.TOKEN_PATH))
                .withRequestBody(containing("grant_type=refresh_token")));
        entra.server().verify(2, postRequestedFor(urlEqualTo("/" + EntraStandIn.TENANT + "/oauth2/v2.0/devicecode")));
    }

    @Test
    void anUnattendedRunReportsThatSignInIsRequired() {
        SignInRenewal renewal = SignInRenewal.unattended(session);

        assertThatThrownBy(renewal::renewSilently).isInstanceOf(SyncException.class)
                .satisfies(e -> assertThat(((SyncException) e).userMessageKey())
                        .isEqualTo(MsalSignIn.KEY_SIGNIN_REQUIRED));
    }

    @Test
    void aSignInTheUserDoesNotCompleteIsReported() {
        SignInRenewal renewal = SignInRenewal.attended(session, s -> {
            throw new SyncException(MsalSignIn.KEY_SIGNIN_FAILED, "device-code sign-in failed (expired_token)");
        });

        assertThatThrownBy(renewal::renewSilently).isInstanceOf(SyncException.class)
                .hasMessageContaining("expired_token");
    }
}
