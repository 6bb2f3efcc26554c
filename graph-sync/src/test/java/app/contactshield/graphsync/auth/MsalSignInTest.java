package app.contactshield.graphsync.auth;

import static app.contactshield.graphsync.auth.EntraStandIn.ACCESS_1;
import static app.contactshield.graphsync.auth.EntraStandIn.ACCESS_2;
import static app.contactshield.graphsync.auth.EntraStandIn.DEVICE_CODE;
import static app.contactshield.graphsync.auth.EntraStandIn.REFRESH_1;
import static app.contactshield.graphsync.auth.EntraStandIn.REFRESH_2;
import static app.contactshield.graphsync.auth.EntraStandIn.TOKEN_PATH;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.contactshield.graphsync.sync.SyncException;
import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** Runs MSAL4J's real device-code, silent and refresh paths against a loopback HTTPS stand-in for Entra ID. */
class MsalSignInTest {
    private EntraStandIn entra;
    private ListAppender<ILoggingEvent> logs;
    private Logger root;
    private Level rootLevel;

    @BeforeEach
    void startEntraStandIn() {
        entra = new EntraStandIn();
        root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        rootLevel = root.getLevel();
        root.setLevel(Level.DEBUG);
        logs = new ListAppender<>();
        logs.start();
        root.addAppender(logs);
    }

    @AfterEach
    void stop() {
        root.detachAppender(logs);
        root.setLevel(rootLevel);
        entra.close();
    }

    @Test
    void deviceCodeSignInThenSilentRenewalThenRefreshAfterA401() throws SyncException {
        MsalSignIn signIn = entra.signIn(Optional.empty());
        List<DeviceCodePrompt> prompts = new CopyOnWriteArrayList<>();

        signIn.signInWithDeviceCode(prompts::add);
        String silent = signIn.accessToken(false);
        String refreshed = signIn.accessToken(true);

        assertThat(prompts).singleElement().satisfies(p -> {
            assertThat(p.userCode()).isEqualTo("GHJK-7Q2M");
            assertThat(p.verificationUri()).isEqualTo("https://microsoft.com/devicelogin");
        });
        assertThat(silent).isEqualTo(ACCESS_1);
        assertThat(refreshed).isEqualTo(ACCESS_2);
        assertThat(signIn.isSignedIn()).isTrue();
        entra.server().verify(1, postRequestedFor(urlEqualTo(TOKEN_PATH))
                .withRequestBody(containing("grant_type=refresh_token")));
        assertNoSecretLogged();
    }

    @Test
    void signOutRemovesTheAccountSoTheNextSyncAsksForSignIn() throws SyncException {
        MsalSignIn signIn = entra.signIn(Optional.empty());
        signIn.signInWithDeviceCode(p -> { });

        int removed = signIn.signOut();

        assertThat(removed).isEqualTo(1);
        assertThat(signIn.isSignedIn()).isFalse();
        assertThat(signIn.signOut()).isZero();
        assertThatThrownBy(() -> signIn.accessToken(false)).isInstanceOf(SyncException.class)
                .satisfies(e -> assertThat(((SyncException) e).userMessageKey()).isEqualTo("signin.required"));
        assertNoSecretLogged();
    }

    @Test
    void aRevokedRefreshTokenAsksForSignIn() throws SyncException {
        entra.revokeRefreshTokens();
        MsalSignIn signIn = entra.signIn(Optional.empty());
        signIn.signInWithDeviceCode(p -> { });

        assertThatThrownBy(() -> signIn.accessToken(true)).isInstanceOf(SyncException.class)
                .satisfies(e -> assertThat(((SyncException) e).userMessageKey()).isEqualTo("signin.required"));
        assertNoSecretLogged();
    }

    private void assertNoSecretLogged() {
        assertThat(logs.list).isNotEmpty();
        for (ILoggingEvent event : logs.list) {
            String text = event.getFormattedMessage() + (event.getThrowableProxy() == null ? ""
                    : event.getThrowableProxy().getMessage());
            assertThat(text).as("log line of %s", event.getLoggerName())
                    .doesNotContain(ACCESS_1, ACCESS_2, REFRESH_1, REFRESH_2, DEVICE_CODE);
        }
    }
}
