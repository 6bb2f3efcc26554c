package app.contactshield.graphsync.keys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.contactshield.graphsync.store.StoreException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SlotKeyVaultTest {
    @TempDir
    Path dataDir;

    @Test
    void passphraseVaultCreatesAKeyAndReadsItBackWithTheSamePassphrase() throws Exception {
        StoreKeyVault vault = KeyVaults.passphraseVault(dataDir, "correct horse battery".toCharArray());

        byte[] created = vault.loadOrCreate();
        byte[] loaded = KeyVaults.passphraseVault(dataDir, "correct horse battery".toCharArray()).load().orElseThrow();

        assertThat(created).hasSize(32);
        assertThat(loaded).isEqualTo(created);
        assertThat(vault.describe()).contains("PBEWITHHMACSHA512ANDAES_256", "310000");
    }

    @Test
    void wrongPassphraseGivesAClearStoreException() throws Exception {
        KeyVaults.passphraseVault(dataDir, "correct horse battery".toCharArray()).loadOrCreate();

        StoreKeyVault wrong = KeyVaults.passphraseVault(dataDir, "wrong horse".toCharArray());

        assertThatThrownBy(wrong::load).isInstanceOf(StoreException.class)
                .hasMessageContaining("passphrase does not unlock")
                .extracting(e -> ((StoreException) e).userMessageKey()).isEqualTo("store.error.wrongSecret.passphrase");
    }

    @Test
    void wrappedKeyFileHoldsNeitherTheKeyNorItsHexOrBase64() throws Exception {
        byte[] key = KeyVaults.passphraseVault(dataDir, "correct horse battery".toCharArray()).loadOrCreate();

        byte[] file = Files.readAllBytes(dataDir.resolve(KeyVaults.PASSPHRASE_FILE));

        String text = new String(file, java.nio.charset.StandardCharsets.ISO_8859_1);
        assertThat(indexOf(file, key)).isNegative();
        assertThat(text).doesNotContain(HexFormat.of().formatHex(key))
                .doesNotContain(java.util.Base64.getEncoder().encodeToString(key));
        assertThat(file.length).isGreaterThan(32);
    }

    @Test
    void twoWrappingsOfTheSameKeyDifferBecauseSaltAndIvAreRandom() {
        byte[] key = new byte[32];

        byte[] first = PbeWrapper.wrap(key, "pin-1234".toCharArray());
        byte[] second = PbeWrapper.wrap(key, "pin-1234".toCharArray());

        assertThat(first).isNotEqualTo(second);
    }

    @Test
    void pinVaultWrapsTheKeyInsideTheKeyStoreAndNeedsThePin() throws Exception {
        InMemorySlot osKeyStore = new InMemorySlot();
        byte[] key = SlotKeyVault.pin(osKeyStore, "4711".toCharArray()).loadOrCreate();

        byte[] stored = osKeyStore.read().orElseThrow();

        assertThat(indexOf(stored, key)).isNegative();
        assertThat(SlotKeyVault.pin(osKeyStore, "4711".toCharArray()).load()).contains(key);
        assertThatThrownBy(() -> SlotKeyVault.pin(osKeyStore, "0000".toCharArray()).load())
                .isInstanceOf(StoreException.class).hasMessageContaining("PIN does not unlock");
        assertThatThrownBy(() -> SlotKeyVault.plain(osKeyStore).load())
                .isInstanceOf(StoreException.class).hasMessageContaining("wrapped with a PIN");
    }

    @Test
    void plainVaultKeepsTheKeyAsIsAndDeletesIt() throws Exception {
        InMemorySlot osKeyStore = new InMemorySlot();
        StoreKeyVault vault = SlotKeyVault.plain(osKeyStore);
        byte[] key = vault.loadOrCreate();

        assertThat(vault.loadOrCreate()).isEqualTo(key);
        assertThat(vault.delete()).contains("memory");
        assertThat(vault.load()).isEmpty();
    }

    @Test
    void withoutASessionBusNoKeyStoreIsReportedWithTheReason() {
        KeyVaults.Choice choice = KeyVaults.choose(dataDir, "Linux", Map.of(), Duration.ofSeconds(1));

        assertThat(choice.kind()).isEqualTo(KeyVaults.Kind.NO_KEY_STORE);
        assertThat(choice.slot()).isEmpty();
        assertThat(choice.reason()).contains("D-Bus session bus");
    }

    @Test
    void existingPassphraseFileIsChosenBeforeAnyKeyStore() throws Exception {
        KeyVaults.passphraseVault(dataDir, "correct horse battery".toCharArray()).loadOrCreate();

        KeyVaults.Choice choice = KeyVaults.choose(dataDir, "Windows 11", Map.of(), Duration.ofSeconds(1));

        assertThat(choice.kind()).isEqualTo(KeyVaults.Kind.PASSPHRASE_FILE);
    }

    @Test
    void deleteAllRemovesThePassphraseFileAndSaysSo() throws Exception {
        KeyVaults.passphraseVault(dataDir, "correct horse battery".toCharArray()).loadOrCreate();

        assertThat(KeyVaults.deleteAll(dataDir, Optional.empty())).singleElement().asString()
                .contains(KeyVaults.PASSPHRASE_FILE);
        assertThat(dataDir.resolve(KeyVaults.PASSPHRASE_FILE)).doesNotExist();
    }

    static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    /** A key store entry held in memory, standing in for the OS key store where only the wrapping is tested. */
    private static final class InMemorySlot implements SecretSlot {
        private byte[] secret;

        @Override
        public String describe() {
            return "memory";
        }

        @Override
        public Optional<byte[]> read() {
            return Optional.ofNullable(secret).map(byte[]::clone);
        }

        @Override
        public void write(byte[] bytes) {
            secret = bytes.clone();
        }

        @Override
        public Optional<String> delete() {
            boolean had = secret != null;
            secret = null;
            return had ? Optional.of(describe()) : Optional.empty();
        }
    }
}
