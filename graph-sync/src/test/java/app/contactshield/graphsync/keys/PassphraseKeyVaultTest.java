package app.contactshield.graphsync.keys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.contactshield.graphsync.store.StoreException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PassphraseKeyVaultTest {
    @TempDir
    Path dataDir;

    @Test
    void aKeyWrappedWithAPassphraseComesBackWithTheSamePassphrase() throws Exception {
        PassphraseKeyVault vault = new PassphraseKeyVault(dataDir, "correct horse".toCharArray());

        byte[] key = vault.loadOrCreate();

        assertThat(key).hasSize(StoreKeyVault.KEY_BYTES);
        assertThat(new PassphraseKeyVault(dataDir, "correct horse".toCharArray()).load()).contains(key);
    }

    @Test
    void aWrongPassphraseIsRefusedWithAClearMessage() throws Exception {
        new PassphraseKeyVault(dataDir, "correct horse".toCharArray()).loadOrCreate();

        PassphraseKeyVault wrong = new PassphraseKeyVault(dataDir, "battery staple".toCharArray());

        assertThatThrownBy(wrong::load)
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("does not unlock the store key")
                .extracting(e -> ((StoreException) e).userMessageKey()).isEqualTo("store.error.wrongPassphrase");
    }

    @Test
    void theKeyFileHoldsNeitherTheKeyNorItsTextForms() throws Exception {
        byte[] key = new PassphraseKeyVault(dataDir, "correct horse".toCharArray()).loadOrCreate();

        byte[] file = Files.readAllBytes(dataDir.resolve(PassphraseKeyVault.FILE_NAME));
        String text = new String(file, StandardCharsets.ISO_8859_1);

        assertThat(indexOf(file, key)).isNegative();
        assertThat(text).doesNotContain(HexFormat.of().formatHex(key))
                .doesNotContain(Base64.getEncoder().encodeToString(key))
                .contains("PBEWITHHMACSHA512ANDAES_256")
                .contains("iterations=310000");
    }

    @Test
    void aDamagedKeyFileIsReportedByName() throws Exception {
        Files.writeString(dataDir.resolve(PassphraseKeyVault.FILE_NAME), "blob=AAAA\niterations=1000\n");

        assertThatThrownBy(() -> new PassphraseKeyVault(dataDir, "x".toCharArray()).load())
                .isInstanceOf(StoreException.class)
                .hasMessageContaining(PassphraseKeyVault.FILE_NAME)
                .hasMessageContaining("at least 310000");
    }

    @Test
    void aPinWrapsTheKeyThatTheKeyStoreHolds() throws Exception {
        MemoryVault keyStore = new MemoryVault();
        byte[] key = new PinWrappedKeyVault(keyStore, "4711".toCharArray()).loadOrCreate();

        assertThat(keyStore.value).isNotNull().isNotEqualTo(key);
        assertThat(indexOf(keyStore.value, key)).isNegative();
        assertThat(new PinWrappedKeyVault(keyStore, "4711".toCharArray()).load()).contains(key);
        assertThatThrownBy(() -> new PinWrappedKeyVault(keyStore, "0000".toCharArray()).load())
                .isInstanceOf(StoreException.class).hasMessageContaining("PIN");
    }

    @Test
    void withoutAKeyStoreTheUserIsAskedAndMayDecline() {
        KeyVaults.SecretPrompt declining = (kind, reason) -> Optional.empty();

        assertThatThrownBy(() -> KeyVaults.choose(dataDir, true, (kind, reason) -> {
            assertThat(kind).isIn(KeyVaults.SecretKind.NEW_PASSPHRASE, KeyVaults.SecretKind.PIN);
            return declining.ask(kind, reason);
        })).isInstanceOf(StoreException.class).hasMessageContaining("store stays closed");
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    private static final class MemoryVault implements StoreKeyVault {
        private byte[] value;

        @Override
        public Optional<byte[]> load() {
            return Optional.ofNullable(value);
        }

        @Override
        public void store(byte[] key) {
            value = key.clone();
        }

        @Override
        public boolean delete() {
            boolean had = value != null;
            value = null;
            return had;
        }

        @Override
        public String describe() {
            return "memory";
        }
    }
}
