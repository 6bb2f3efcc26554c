package app.contactshield.graphsync.auth;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import app.contactshield.graphsync.loopback.TestTls;
import app.contactshield.graphsync.sync.SyncException;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.microsoft.aad.msal4j.ITokenCacheAccessAspect;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;

/**
 * A loopback HTTPS stand-in for Entra ID (WireMock): OpenID metadata, the device-code endpoint (pending once, then
 * approved) and the token endpoint with one refresh. The token values are the secrets tests look for in logs and
 * files.
 */
final class EntraStandIn implements AutoCloseable {
    static final String TENANT = "5b2e1c7a-3f4d-4e8a-9b61-0c1d2e3f4a5b";
    static final String CLIENT = "7f1d2c3b-4a5e-6f70-8192-a3b4c5d6e7f8";
    static final String OID = "0d3c5a9e-7b1f-4c2a-9e61-5f0a2b8c4d17";
    static final String USER = "ada.beispiel@contoso.example";
    static final String ACCESS_1 = "eyJ0eXAiOiJKV1QiLCJub25jZSI6ImFjY2Vzcy0xIn0.first-access-token-secret";
    static final String ACCESS_2 = "eyJ0eXAiOiJKV1QiLCJub25jZSI6ImFjY2Vzcy0yIn0.second-access-token-secret";
    static final String REFRESH_1 = "0.AAAA-first-refresh-token-secret";
    static final String REFRESH_2 = "0.AAAA-second-refresh-token-secret";
    static final String DEVICE_CODE = "device-code-secret";
    static final Set<String> SCOPES = GraphScopes.forSources(true, false, true, true, false);
    static final String TOKEN_PATH = "/" + TENANT + "/oauth2/v2.0/token";

    private final WireMockServer server;

    /** @param expiresInSeconds the lifetime of the access tokens it issues (under 300 s MSAL renews on every call) */
    EntraStandIn(int expiresInSeconds) {
        server = new WireMockServer(options().httpDisabled(true).dynamicHttpsPort()
                .keystorePath(TestTls.keystore().toString()).keystoreType("PKCS12")
                .keystorePassword(TestTls.PASSWORD).keyManagerPassword(TestTls.PASSWORD));
        server.start();
        String issuer = base() + TENANT + "/v2.0";
        server.stubFor(get(urlPathEqualTo("/" + TENANT + "/v2.0/.well-known/openid-configuration")).willReturn(json(
                "{\"token_endpoint\":\"" + base() + TENANT + "/oauth2/v2.0/token\","
                        + "\"device_authorization_endpoint\":\""
                        + base() + TENANT + "/oauth2/v2.0/devicecode\",\"authorization_endpoint\":\"" + base()
                        + TENANT + "/oauth2/v2.0/authorize\",\"issuer\":\"" + issuer + "\"}")));
        server.stubFor(post(urlEqualTo("/" + TENANT + "/oauth2/v2.0/devicecode")).willReturn(json(
                "{\"user_code\":\"GHJK-7Q2M\",\"device_code\":\"" + DEVICE_CODE + "\",\"verification_uri\":"
                        + "\"https://microsoft.com/devicelogin\",\"expires_in\":900,\"interval\":1,\"message\":"
                        + "\"To sign in, use a web browser to open the page https://microsoft.com/devicelogin "
                        + "and enter the code GHJK-7Q2M to authenticate.\"}")));
        server.stubFor(post(urlEqualTo(TOKEN_PATH)).inScenario("device")
                .whenScenarioStateIs(Scenario.STARTED).withRequestBody(containing("device_code=" + DEVICE_CODE))
                .willSetStateTo("approved").willReturn(aResponse().withStatus(400).withHeader("Content-Type",
                        "application/json").withBody("{\"error\":\"authorization_pending\",\"error_description\":"
                        + "\"AADSTS70016: OAuth 2.0 device flow error. Authorization is pending.\",\"error_codes\":"
                        + "[70016]}")));
        server.stubFor(post(urlEqualTo(TOKEN_PATH)).inScenario("device")
                .whenScenarioStateIs("approved").withRequestBody(containing("device_code=" + DEVICE_CODE))
                .willReturn(json(tokenResponse(ACCESS_1, REFRESH_1, expiresInSeconds))));
        server.stubFor(post(urlEqualTo(TOKEN_PATH))
                .withRequestBody(containing("grant_type=refresh_token"))
                .withRequestBody(containing("refresh_token=" + REFRESH_1))
                .willReturn(json(tokenResponse(ACCESS_2, REFRESH_2, expiresInSeconds))));
    }

    /** A stand-in whose access tokens last an hour. */
    EntraStandIn() {
        this(3599);
    }

    /** From now on every refresh is refused as a revoked grant (Entra ID's answer once an admin revoked it). */
    void revokeRefreshTokens() {
        server.stubFor(post(urlEqualTo(TOKEN_PATH)).atPriority(1)
                .withRequestBody(containing("grant_type=refresh_token")).willReturn(aResponse().withStatus(400)
                        .withHeader("Content-Type", "application/json").withBody("{\"error\":\"invalid_grant\","
                                + "\"error_description\":\"AADSTS50173: The provided grant has expired due to it "
                                + "being revoked.\",\"error_codes\":[50173],\"suberror\":\"bad_token\"}")));
    }

    /** Serves the device-code flow again, as for a fresh sign-in. */
    void resetDeviceFlow() {
        server.resetScenarios();
    }

    WireMockServer server() {
        return server;
    }

    /** A sign-in against this stand-in. */
    MsalSignIn signIn(Optional<ITokenCacheAccessAspect> cache) throws SyncException {
        return MsalSignIn.forStandIn(settings(), cache, TestTls.clientContext().getSocketFactory());
    }

    SignInSettings settings() {
        return new SignInSettings(TENANT, CLIENT, URI.create(base()), SCOPES);
    }

    private String base() {
        return "https://localhost:" + server.httpsPort() + "/";
    }

    private static String tokenResponse(String access, String refresh, int expiresIn) {
        String clientInfo = b64("{\"uid\":\"" + OID + "\",\"utid\":\"" + TENANT + "\"}");
        String idToken = b64("{\"alg\":\"RS256\",\"typ\":\"JWT\",\"kid\":\"standin\"}") + "."
                + b64("{\"aud\":\"" + CLIENT + "\",\"iss\":\"https://login.microsoftonline.com/"
                + TENANT + "/v2.0\",\"iat\":1764750000,\"nbf\":1764750000,\"exp\":4102444800,\"name\":\"Ada Beispiel\","
                + "\"oid\":\"" + OID + "\",\"preferred_username\":\"" + USER + "\",\"sub\":\"s-1\","
                + "\"tid\":\"" + TENANT + "\",\"ver\":\"2.0\"}") + "." + b64("signature");
        return "{\"token_type\":\"Bearer\",\"scope\":\"" + String.join(" ", SCOPES) + " openid profile "
                + "offline_access\",\"expires_in\":" + expiresIn + ",\"ext_expires_in\":" + expiresIn
                + ",\"access_token\":\"" + access + "\",\"refresh_token\":\"" + refresh + "\",\"id_token\":\""
                + idToken + "\",\"client_info\":\"" + clientInfo + "\"}";
    }

    private static String b64(String text) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    private static ResponseDefinitionBuilder json(String body) {
        return aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody(body);
    }

    @Override
    public void close() {
        server.stop();
    }
}
