package app.contactshield.graphsync.keys;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs against the real Secret Service of the session (gnome-keyring in CI); skips where there is none. */
class SecretServiceKeyVaultTest {
    @TempDir
    Path dataDir;

    @BeforeEach
    void requireASecretService() {
        Optional<String> reason = SecretServiceKeyVault.unavailableReason(dataDir);
        Assumptions.assumeTrue(reason.isEmpty(), () -> "Secret Service tests skipped: " + reason.orElse(""));
    }

    @Test
    void theStoreKeyRoundTripsThroughTheKeyringAndIsDeletedOnWipe() throws Exception {
        SecretServiceKeyVault vault = new SecretServiceKeyVault(dataDir);

        byte[] key = vault.loadOrCreate();

        assertThat(new SecretServiceKeyVault(dataDir).load()).contains(key);
        assertThat(KeyVaults.describeExisting(dataDir)).hasValueSatisfying(d -> assertThat(d).contains("Secret"));
        assertThat(KeyVaults.deleteExisting(dataDir)).isPresent();
        assertThat(vault.load()).isEmpty();
    }

    @Test
    void twoDataDirectoriesNeverShareAKey(@TempDir Path other) throws Exception {
        byte[] first = new SecretServiceKeyVault(dataDir).loadOrCreate();
        byte[] second = new SecretServiceKeyVault(other).loadOrCreate();

        assertThat(second).isNotEqualTo(first);

        new SecretServiceKeyVault(dataDir).delete();
        new SecretServiceKeyVault(other).delete();
    }
}
