package app.contactshield.desktop.cli;

import static app.contactshield.desktop.cli.CliRun.run;
import static org.assertj.core.api.Assertions.assertThat;

import app.contactshield.graphsync.auth.TokenCacheMode;
import app.contactshield.graphsync.auth.TokenCaches;
import app.contactshield.graphsync.keys.PassphraseKeyVault;
import app.contactshield.graphsync.keys.SecretServiceKeyVault;
import com.microsoft.aad.msal4jextensions.persistence.ICacheAccessor;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code doctor} as support reads it: every line explains itself, and none holds personal data or a token. */
class DoctorCommandTest {
    private static final String TENANT = "72f988bf-86f1-41af-91ab-2d7cd011db47";
    private static final String CLIENT = "7f1d2c3b-4a5e-6f70-8192-a3b4c5d6e7f8";

    @TempDir
    Path dataDir;

    @BeforeEach
    void lockWithPassphrase() throws Exception {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        new PassphraseKeyVault(dataDir, CliRun.PASSPHRASE.toCharArray()).store(key);
    }

    @Test
    void withATenantButNoSignInDoctorNamesTheCommandThatSignsIn() throws Exception {
        writeTenantSettings();

        CliRun.Result doctor = run("doctor", "--data-dir", dataDir.toString());

        assertThat(doctor.status()).isZero();
        assertThat(doctor.out()).containsPattern("Sign-in:\\s+none kept; run 'contact-shield signin'");
    }

    @Test
    void withoutATenantDoctorSaysNoSignInIsNeeded() {
        CliRun.Result doctor = run("doctor", "--data-dir", dataDir.toString());

        assertThat(doctor.out()).containsPattern("Sign-in:\\s+none kept \\(no tenant is configured");
    }

    @Test
    void aKeptSignInIsCountedWithItsTenantAndKeyStoreButNeverNamed() throws Exception {
        Optional<String> noKeyring = SecretServiceKeyVault.unavailableReason(dataDir);
        Assumptions.assumeTrue(noKeyring.isEmpty(), () -> "needs a Secret Service for the token cache: "
                + noKeyring.orElse(""));
        writeTenantSettings();
        Path tokens = dataDir.resolve(TenantSync.TOKEN_DIR);
        new TokenCaches().open(TokenCacheMode.OS_KEY_STORE, tokens);
        ICacheAccessor entry = TokenCaches.keyringEntry(tokens).orElseThrow();
        entry.write(("{\"Account\":{\"uid." + TENANT + "-login.microsoftonline.com-" + TENANT + "\":{"
                + "\"home_account_id\":\"uid." + TENANT + "\",\"realm\":\"" + TENANT + "\","
                + "\"username\":\"ada.beispiel@contoso.example\",\"name\":\"Ada Beispiel\"}},"
                + "\"RefreshToken\":{\"r\":{\"secret\":\"0.ARwA-refresh-secret\"}}}")
                .getBytes(StandardCharsets.UTF_8));

        try {
            CliRun.Result doctor = run("doctor", "--data-dir", dataDir.toString());

            assertThat(doctor.out()).containsPattern("Sign-in:\\s+kept \\(1 account of tenant " + TENANT
                    + "\\) in the Secret Service");
            assertThat(doctor.out() + doctor.err()).doesNotContain("ada.beispiel", "Ada Beispiel", "refresh-secret");
        } finally {
            new TokenCaches().delete(tokens);
        }
    }

    private void writeTenantSettings() throws Exception {
        Files.writeString(dataDir.resolve("settings.json"), "{\"tenantId\": \"" + TENANT + "\", \"clientId\": \""
                + CLIENT + "\"}");
    }
}
