package app.contactshield.graphsync.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LogSafeTest {

    @Test
    void theWholeChainIsKeptWithoutItsSecrets() {
        IOException io = new IOException("GET https://graph.microsoft.com/v1.0/users/delta?$deltatoken=Zm9vYmFy"
                + "c2VjcmV0 failed: connection reset");
        RuntimeException msal = new RuntimeException("AADSTS50173 for ada.beispiel@contoso.example, refresh_token="
                + "0.AAAA-first-refresh-token-secret, Authorization: Bearer eyJ0eXAi.eyJzdWIi.c2ln", io);
        SyncException failure = new SyncException("sync.error.pageFailed", "Fetching graph.users page 3 failed",
                msal);

        String line = LogSafe.chain(failure);

        assertThat(line).contains("SyncException: Fetching graph.users page 3 failed", "RuntimeException: AADSTS50173",
                "IOException: GET https://graph.microsoft.com/v1.0/users/delta?…", "connection reset",
                "at app.contactshield.graphsync.sync.LogSafeTest");
        assertThat(line).doesNotContain("Zm9vYmFy", "ada.beispiel", "contoso.example", "first-refresh-token",
                "eyJ0eXAi", "c2ln");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "a phone number|caller +49 89 7104-215 not found|+49 89 7104-215",
        "an e-mail address|no mailbox for ada@contoso.example|ada@contoso.example",
        "a JWT|token eyJhbGciOiJSUzI1NiJ9.eyJvaWQiOiJ4In0.sig rejected|eyJhbGciOiJSUzI1NiJ9",
        "a device code|device_code=GAQABAAEAAAAm-06blBE1TpVMil8KPQ41 expired|GAQABAAEAAAAm",
        "a long opaque token|cursor M2QxZjY3YTUtNWFkMy00OTkyLWE2ZTYtNGQ3YzkzZWJkOWI1 is stale|M2QxZjY3YTUtNWFk"})
    void masks(String what, String message, String secret) {
        String masked = LogSafe.mask(message);

        assertThat(masked).as(what).doesNotContain(secret);
    }

    @Test
    void aCauseCycleEnds() {
        IllegalStateException first = new IllegalStateException("first");
        IllegalArgumentException second = new IllegalArgumentException("second", first);
        first.initCause(second);

        String line = LogSafe.chain(first);

        assertThat(line).startsWith("IllegalStateException: first <- IllegalArgumentException: second");
    }
}
