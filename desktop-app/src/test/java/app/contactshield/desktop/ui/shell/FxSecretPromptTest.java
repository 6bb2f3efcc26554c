package app.contactshield.desktop.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import app.contactshield.desktop.ui.Messages;
import app.contactshield.graphsync.keys.KeyVaults;
import app.contactshield.graphsync.keys.PassphraseKeyVault;
import app.contactshield.graphsync.keys.StoreKeyVault;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The GUI's passphrase prompt honours the same environment variables as the command line. These tests never start
 * the JavaFX toolkit: a prompt that tried to show its dialog would fail (or time out) instead of answering.
 */
class FxSecretPromptTest {
    private static final Messages MESSAGES = Messages.forLocale(Locale.ENGLISH);

    @TempDir
    Path dataDir;

    private static Optional<char[]> askOffTheFxThread(FxSecretPrompt prompt, KeyVaults.SecretKind kind)
            throws Exception {
        return CompletableFuture.supplyAsync(() -> prompt.ask(kind, "The contacts are locked with a passphrase."))
                .get(10, TimeUnit.SECONDS);
    }

    @Test
    void thePassphraseVariableAnswersWithoutADialog() throws Exception {
        FxSecretPrompt prompt = new FxSecretPrompt(MESSAGES, Map.of("CONTACT_SHIELD_PASSPHRASE", "correct horse")::get);

        Optional<char[]> answer = askOffTheFxThread(prompt, KeyVaults.SecretKind.PASSPHRASE);

        assertThat(answer).hasValueSatisfying(secret -> assertThat(new String(secret)).isEqualTo("correct horse"));
    }

    @Test
    void thePassphraseVariableAnswersBeforeTheToolkitRuns() throws Exception {
        FxSecretPrompt prompt = new FxSecretPrompt(MESSAGES, Map.of("CONTACT_SHIELD_PASSPHRASE", "early")::get,
                () -> {
                    throw new AssertionError("the variable's answer waited for the toolkit");
                });

        Optional<char[]> answer = askOffTheFxThread(prompt, KeyVaults.SecretKind.PASSPHRASE);

        assertThat(answer).hasValueSatisfying(secret -> assertThat(new String(secret)).isEqualTo("early"));
    }

    @Test
    void theDialogWaitsForTheToolkitAndAWaitThatEndsWithoutItDeclines() throws Exception {
        AtomicBoolean waited = new AtomicBoolean();
        FxSecretPrompt prompt = new FxSecretPrompt(MESSAGES, name -> null, () -> {
            waited.set(true);
            throw new InterruptedException("the app quit before its first window");
        });

        Optional<char[]> answer = askOffTheFxThread(prompt, KeyVaults.SecretKind.PASSPHRASE);

        assertThat(waited).isTrue();
        assertThat(answer).isEmpty();
    }

    @Test
    void thePassphraseVariableAlsoChoosesTheNewPassphraseAsTheCommandLineDoes() throws Exception {
        FxSecretPrompt prompt = new FxSecretPrompt(MESSAGES, Map.of("CONTACT_SHIELD_PASSPHRASE", "new one")::get);

        Optional<char[]> answer = askOffTheFxThread(prompt, KeyVaults.SecretKind.NEW_PASSPHRASE);

        assertThat(answer).hasValueSatisfying(secret -> assertThat(new String(secret)).isEqualTo("new one"));
    }

    @Test
    void aPinIsAnsweredByThePinVariableOnly() throws Exception {
        FxSecretPrompt prompt = new FxSecretPrompt(MESSAGES, Map.of("CONTACT_SHIELD_PASSPHRASE", "passphrase",
                "CONTACT_SHIELD_PIN", "4711")::get);

        Optional<char[]> answer = askOffTheFxThread(prompt, KeyVaults.SecretKind.PIN);

        assertThat(answer).hasValueSatisfying(secret -> assertThat(new String(secret)).isEqualTo("4711"));
    }

    @Test
    void theVariableUnlocksAPassphraseLockedStoreKey() throws Exception {
        byte[] key = new byte[32];
        key[0] = 42;
        new PassphraseKeyVault(dataDir, "correct horse".toCharArray()).store(key);
        FxSecretPrompt prompt = new FxSecretPrompt(MESSAGES, Map.of("CONTACT_SHIELD_PASSPHRASE", "correct horse")::get);

        StoreKeyVault vault = CompletableFuture.supplyAsync(() -> {
            try {
                return KeyVaults.choose(dataDir, false, prompt);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }).get(30, TimeUnit.SECONDS);

        assertThat(vault.load()).hasValueSatisfying(loaded -> assertThat(loaded).isEqualTo(key));
    }
}
