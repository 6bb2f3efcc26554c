package app.contactshield.graphsync.keys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs against the real Secret Service of the session (for example gnome-keyring started with
 * {@code dbus-run-session -- bash -c 'echo -n "" | gnome-keyring-daemon --unlock --components=secrets; mvn ...'}).
 * Skips with the detected reason where there is none.
 */
class SecretServiceSlotTest {
    @TempDir
    Path dataDir;

    @Test
    void keyRoundTripsThroughTheSecretServiceAndNeverLandsInTheDataDirectory() throws Exception {
        KeyVaults.Choice choice = KeyVaults.choose(dataDir, "Linux", System.getenv(), Duration.ofSeconds(10));
        assumeTrue(choice.kind() == KeyVaults.Kind.OS_KEY_STORE,
                () -> "no usable Secret Service here: skipped (" + choice.reason() + ")");
        SecretSlot slot = new SecretServiceSlot(dataDir.resolve(KeyVaults.MARKER_FILE),
                "store-key-test-" + System.nanoTime());
        StoreKeyVault vault = SlotKeyVault.plain(slot);

        byte[] key = vault.loadOrCreate();
        byte[] again = SlotKeyVault.plain(slot).load().orElseThrow();

        assertThat(again).isEqualTo(key);
        assertThat(vault.describe()).contains("Secret Service");
        try (var files = Files.list(dataDir)) {
            for (Path file : files.toList()) {
                assertThat(SlotKeyVaultTest.indexOf(Files.readAllBytes(file), key)).isNegative();
            }
        }
        assertThat(vault.delete()).isPresent();
        assertThat(vault.load()).isEmpty();
    }
}
