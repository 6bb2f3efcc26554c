package app.contactshield.graphsync.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.contactshield.graphsync.sync.SyncException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What {@code doctor} may say about a kept sign-in: accounts and tenants, never who. */
class KeptSignInTest {
    private static final String TENANT = "72f988bf-86f1-41af-91ab-2d7cd011db47";

    @Test
    void countsTheAccountsOfTheCacheAndNamesTheirTenantsOnly() throws SyncException {
        String cache = "{\"Account\":{\"a\":{\"home_account_id\":\"11.\" , \"realm\":\"" + TENANT + "\","
                + "\"username\":\"ada@contoso.example\"},\"b\":{\"home_account_id\":\"22." + TENANT + "\"}},"
                + "\"AccessToken\":{\"t\":{\"secret\":\"eyJ0eXAi\"}}}";

        KeptSignIn kept = KeptSignIn.of(cache.getBytes(StandardCharsets.UTF_8)).orElseThrow();

        assertThat(kept.accounts()).isEqualTo(2);
        assertThat(kept.tenants()).containsExactly(TENANT);
        assertThat(kept.toString()).doesNotContain("ada@", "eyJ0eXAi");
    }

    @Test
    void aCacheWithTokensButNoAccountKeepsNoSignIn() throws SyncException {
        assertThat(KeptSignIn.of("{\"AccessToken\":{}}".getBytes(StandardCharsets.UTF_8))).isEmpty();
    }

    @Test
    void aDirectoryThatWasNeverUsedKeepsNoSignInAndIsNotCreated(@TempDir Path dir) throws SyncException {
        Path tokens = dir.resolve("tokens");

        assertThat(KeptSignIn.read(tokens)).isEmpty();
        assertThat(tokens).doesNotExist();
    }

    @Test
    void aGarbledCacheIsReportedNotMistakenForNoSignIn() {
        assertThatThrownBy(() -> KeptSignIn.of("not json".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(SyncException.class).hasMessageContaining("not readable");
    }
}
