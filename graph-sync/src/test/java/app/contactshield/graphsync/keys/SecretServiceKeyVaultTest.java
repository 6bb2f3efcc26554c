package app.contactshield.graphsync.keys;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.aad.msal4jextensions.persistence.linux.KeyRingAccessor;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;
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
        assertThat(KeyVaults.deleteExisting(dataDir).deletedFrom()).isPresent();
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

    @Test
    void theSameFolderReachedThroughASymbolicLinkFindsTheSameKey(@TempDir Path elsewhere) throws Exception {
        Path link = Files.createSymbolicLink(elsewhere.resolve("link"), dataDir);
        byte[] key = new SecretServiceKeyVault(dataDir).loadOrCreate();

        Optional<byte[]> throughTheLink = new SecretServiceKeyVault(link).load();

        assertThat(throughTheLink).contains(key);
        new SecretServiceKeyVault(dataDir).delete();
    }

    @Test
    void aKeyKeptUnderTheGivenPathOfALinkIsStillFoundAndIsThenAlsoFoundThroughTheRealFolder(@TempDir Path elsewhere)
            throws Exception {
        Path link = Files.createSymbolicLink(elsewhere.resolve("link"), dataDir);
        byte[] key = "an older key of thirty-two bytes".getBytes(StandardCharsets.US_ASCII);
        Files.createFile(dataDir.resolve(SecretServiceKeyVault.MARKER_NAME));
        earlierLabel(link).write(key);

        Optional<byte[]> throughTheLink = new SecretServiceKeyVault(link).load();
        Optional<byte[]> throughTheFolder = new SecretServiceKeyVault(dataDir).load();

        assertThat(throughTheLink).contains(key);
        assertThat(throughTheFolder).contains(key);
        assertThat(earlierLabel(link).read()).as("the key under its earlier label is kept").isEqualTo(key);
        assertThat(new SecretServiceKeyVault(link).delete()).isTrue();
        assertThat(earlierLabel(link).read()).isNullOrEmpty();
        assertThat(new SecretServiceKeyVault(dataDir).load()).isEmpty();
    }

    @Test
    void askingWhetherTheKeyringAnswersCreatesNothingInTheDataDirectory() throws Exception {
        Path missing = dataDir.resolve("not").resolve("there");

        Optional<String> reason = SecretServiceKeyVault.unavailableReason(missing);

        assertThat(reason).isEmpty();
        assertThat(dataDir.resolve("not")).doesNotExist();
        try (Stream<Path> files = Files.list(dataDir)) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    void aKeyIsDeletedEvenWhereItsMarkerFileCannotBeWritten(@TempDir Path parent) throws Exception {
        Path gone = Files.createDirectory(parent.resolve("gone"));
        new SecretServiceKeyVault(gone).loadOrCreate();
        Files.delete(gone.resolve(SecretServiceKeyVault.MARKER_NAME));
        Files.delete(gone);

        boolean deleted = new SecretServiceKeyVault(gone).delete();

        assertThat(deleted).isTrue();
        assertThat(new SecretServiceKeyVault(gone).load()).isEmpty();
    }

    /** The label a key had before keys were labelled by the folder's real path: the path as it was given. */
    private static KeyRingAccessor earlierLabel(Path given) {
        return new KeyRingAccessor(given.resolve(SecretServiceKeyVault.MARKER_NAME).toString(), "default",
                SecretServiceKeyVault.SCHEMA, "Contact Shield store key", "app", "contact-shield", "data-dir",
                SecretServiceKeyVault.digest(given.toAbsolutePath().normalize()));
    }
}
