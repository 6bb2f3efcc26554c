package app.contactshield.graphsync.auth;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.contactshield.graphsync.loopback.TestTls;
import app.contactshield.graphsync.sync.SyncException;
import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** Runs MSAL4J's real device-code, silent and refresh paths against a loopback HTTPS stand-in for Entra ID. */
class MsalSignInTest {
    private static final String TENANT = "5b2e1c7a-3f4d-4e8a-9b61-0c1d2e3f4a5b";
    private static final String OID = "0d3c5a9e-7b1f-4c2a-9e61-5f0a2b8c4d17";
    private static final String ACCESS_1 = "eyJ0eXAiOiJKV1QiLCJub25jZSI6ImFjY2Vzcy0xIn0.first-access-token-secret";
    private static final String ACCESS_2 = "eyJ0eXAiOiJKV1QiLCJub25jZSI6ImFjY2Vzcy0yIn0.second-access-token-secret";
    private static final String REFRESH_1 = "0.AAAA-first-refresh-token-secret";
    private static final String REFRESH_2 = "0.AAAA-second-refresh-token-secret";
    private static final Set<String> SCOPES = GraphScopes.forSources(true, false, true, true, false);

    private WireMockServer entra;
    private ListAppender<ILoggingEvent> logs;
    private Logger root;
    private Level rootLevel;

    @BeforeEach
    void startEntraStandIn() {
        entra = new WireMockServer(options().httpDisabled(true).dynamicHttpsPort()
                .keystorePath(TestTls.keystore().toString()).keystoreType("PKCS12")
                .keystorePassword(TestTls.PASSWORD).keyManagerPassword(TestTls.PASSWORD));
        entra.start();
        String issuer = base() + TENANT + "/v2.0";
        entra.stubFor(get(urlPathEqualTo("/" + TENANT + "/v2.0/.well-known/openid-configuration")).willReturn(json(
                "{\"token_endpoint\":\"" + base() + TENANT + "/oauth2/v2.0/token\","
                        + "\"device_authorization_endpoint\":\""
                        + base() + TENANT + "/oauth2/v2.0/devicecode\",\"authorization_endpoint\":\"" + base()
                        + TENANT + "/oauth2/v2.0/authorize\",\"issuer\":\"" + issuer + "\"}")));
        entra.stubFor(post(urlEqualTo("/" + TENANT + "/oauth2/v2.0/devicecode")).willReturn(json(
                "{\"user_code\":\"GHJK-7Q2M\",\"device_code\":\"device-code-secret\",\"verification_uri\":"
                        + "\"https://microsoft.com/devicelogin\",\"expires_in\":900,\"interval\":1,\"message\":"
                        + "\"To sign in, use a web browser to open the page https://microsoft.com/devicelogin "
                        + "and enter the code GHJK-7Q2M to authenticate.\"}")));
        entra.stubFor(post(urlEqualTo("/" + TENANT + "/oauth2/v2.0/token")).inScenario("device")
                .whenScenarioStateIs(Scenario.STARTED).withRequestBody(containing("device_code=device-code-secret"))
                .willSetStateTo("approved").willReturn(aResponse().withStatus(400).withHeader("Content-Type",
                        "application/json").withBody("{\"error\":\"authorization_pending\",\"error_description\":"
                        + "\"AADSTS70016: OAuth 2.0 device flow error. Authorization is pending.\",\"error_codes\":"
                        + "[70016]}")));
        entra.stubFor(post(urlEqualTo("/" + TENANT + "/oauth2/v2.0/token")).inScenario("device")
                .whenScenarioStateIs("approved").withRequestBody(containing("device_code=device-code-secret"))
                .willReturn(json(tokenResponse(ACCESS_1, REFRESH_1))));
        entra.stubFor(post(urlEqualTo("/" + TENANT + "/oauth2/v2.0/token"))
                .withRequestBody(containing("grant_type=refresh_token"))
                .withRequestBody(containing("refresh_token=" + REFRESH_1))
                .willReturn(json(tokenResponse(ACCESS_2, REFRESH_2))));
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
        entra.stop();
    }

    @Test
    void deviceCodeSignInThenSilentRenewalThenRefreshAfterA401() throws SyncException {
        MsalSignIn signIn = MsalSignIn.forStandIn(settings(), Optional.empty(),
                TestTls.clientContext().getSocketFactory());
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
        entra.verify(1, postRequestedFor(urlEqualTo("/" + TENANT + "/oauth2/v2.0/token"))
                .withRequestBody(containing("grant_type=refresh_token")));
        assertNoSecretLogged();
    }

    @Test
    void signOutRemovesTheAccountSoTheNextSyncAsksForSignIn() throws SyncException {
        MsalSignIn signIn = MsalSignIn.forStandIn(settings(), Optional.empty(),
                TestTls.clientContext().getSocketFactory());
        signIn.signInWithDeviceCode(p -> { });

        signIn.signOut();

        assertThat(signIn.isSignedIn()).isFalse();
        assertThatThrownBy(() -> signIn.accessToken(false)).isInstanceOf(SyncException.class)
                .satisfies(e -> assertThat(((SyncException) e).userMessageKey()).isEqualTo("signin.required"));
        assertNoSecretLogged();
    }

    @Test
    void aRevokedRefreshTokenAsksForSignIn() throws SyncException {
        entra.stubFor(post(urlEqualTo("/" + TENANT + "/oauth2/v2.0/token")).atPriority(1)
                .withRequestBody(containing("grant_type=refresh_token")).willReturn(aResponse().withStatus(400)
                        .withHeader("Content-Type", "application/json").withBody("{\"error\":\"invalid_grant\","
                                + "\"error_description\":\"AADSTS50173: The provided grant has expired due to it "
                                + "being revoked.\",\"error_codes\":[50173],\"suberror\":\"bad_token\"}")));
        MsalSignIn signIn = MsalSignIn.forStandIn(settings(), Optional.empty(),
                TestTls.clientContext().getSocketFactory());
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
                    .doesNotContain(ACCESS_1, ACCESS_2, REFRESH_1, REFRESH_2, "device-code-secret");
        }
    }

    private SignInSettings settings() {
        return new SignInSettings(TENANT, "7f1d2c3b-4a5e-6f70-8192-a3b4c5d6e7f8", URI.create(base()), SCOPES);
    }

    private String base() {
        return "https://localhost:" + entra.httpsPort() + "/";
    }

    private static String tokenResponse(String access, String refresh) {
        String clientInfo = b64("{\"uid\":\"" + OID + "\",\"utid\":\"" + TENANT + "\"}");
        String idToken = b64("{\"alg\":\"RS256\",\"typ\":\"JWT\",\"kid\":\"standin\"}") + "."
                + b64("{\"aud\":\"7f1d2c3b-4a5e-6f70-8192-a3b4c5d6e7f8\",\"iss\":\"https://login.microsoftonline.com/"
                + TENANT + "/v2.0\",\"iat\":1764750000,\"nbf\":1764750000,\"exp\":4102444800,\"name\":\"Ada Beispiel\","
                + "\"oid\":\"" + OID + "\",\"preferred_username\":\"ada.beispiel@contoso.example\",\"sub\":\"s-1\","
                + "\"tid\":\"" + TENANT + "\",\"ver\":\"2.0\"}") + "." + b64("signature");
        return "{\"token_type\":\"Bearer\",\"scope\":\"" + String.join(" ", SCOPES) + " openid profile "
                + "offline_access\",\"expires_in\":3599,\"ext_expires_in\":3599,\"access_token\":\"" + access
                + "\",\"refresh_token\":\"" + refresh + "\",\"id_token\":\"" + idToken + "\",\"client_info\":\""
                + clientInfo + "\"}";
    }

    private static String b64(String text) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder json(String body) {
        return aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody(body);
    }
}
