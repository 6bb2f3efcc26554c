package app.contactshield.graphsync.auth;

import static app.contactshield.graphsync.auth.EntraStandIn.ACCESS_1;
import static app.contactshield.graphsync.auth.EntraStandIn.REFRESH_1;
import static app.contactshield.graphsync.auth.EntraStandIn.USER;
import static org.assertj.core.api.Assertions.assertThat;

import app.contactshield.graphsync.keys.SecretServiceKeyVault;
import app.contactshield.graphsync.sync.SyncException;
import com.sun.jna.Platform;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real token cache: MSAL's tokens round-trip through msal4j-persistence-extension's Secret Service accessor
 * against the session's keyring (gnome-keyring in CI), and never land in a file. Skips where no Secret Service runs.
 */
class TokenCacheKeyringTest {
    @TempDir
    Path dataDir;
    private EntraStandIn entra;

    @BeforeEach
    void requireASecretService() {
        Assumptions.assumeTrue(Platform.isLinux(), "the Secret Service token cache is Linux's");
        Optional<String> reason = SecretServiceKeyVault.unavailableReason(dataDir);
        Assumptions.assumeTrue(reason.isEmpty(), () -> "Secret Service token cache tests skipped: "
                + reason.orElse(""));
        entra = new EntraStandIn();
    }

    @AfterEach
    void stop() throws SyncException {
        if (entra != null) {
            entra.close();
            new TokenCaches().delete(dataDir.resolve("tokens"));
        }
    }

    @Test
    void aSignInSurvivesARestartThroughTheKeyringAndNoTokenReachesAFile() throws Exception {
        Path tokens = dataDir.resolve("tokens");
        entra.signIn(new TokenCaches().open(TokenCacheMode.OS_KEY_STORE, tokens)).signInWithDeviceCode(p -> { });

        MsalSignIn afterRestart = entra.signIn(new TokenCaches().open(TokenCacheMode.OS_KEY_STORE, tokens));

        assertThat(afterRestart.isSignedIn()).isTrue();
        assertThat(afterRestart.accessToken(false)).isEqualTo(ACCESS_1);
        assertThat(TokenCaches.secretServiceEntry(tokens.resolve(TokenCaches.FILE)).read()).isNotEmpty();
        assertNoFileHolds(ACCESS_1, REFRESH_1, USER);
    }

    @Test
    void twoDataDirectoriesNeverShareASignIn(@TempDir Path other) throws Exception {
        entra.signIn(new TokenCaches().open(TokenCacheMode.OS_KEY_STORE, dataDir.resolve("tokens")))
                .signInWithDeviceCode(p -> { });

        MsalSignIn elsewhere = entra.signIn(new TokenCaches().open(TokenCacheMode.OS_KEY_STORE,
                other.resolve("tokens")));

        assertThat(elsewhere.isSignedIn()).isFalse();
        assertThat(TokenCaches.directoryId(other.resolve("tokens")))
                .isNotEqualTo(TokenCaches.directoryId(dataDir.resolve("tokens")))
                .doesNotContain(other.getFileName().toString());
    }

    @Test
    void deletingTheCacheRemovesTheKeyringEntrySoTheNextStartIsSignedOut() throws Exception {
        Path tokens = dataDir.resolve("tokens");
        entra.signIn(new TokenCaches().open(TokenCacheMode.OS_KEY_STORE, tokens)).signInWithDeviceCode(p -> { });

        List<String> deleted = new TokenCaches().delete(tokens);

        assertThat(deleted).anySatisfy(line -> assertThat(line).contains("Secret Service",
                TokenCaches.directoryId(tokens)));
        assertThat(tokens).doesNotExist();
        assertThat(TokenCaches.secretServiceEntry(tokens.resolve(TokenCaches.FILE)).read()).isNullOrEmpty();
        assertThat(entra.signIn(new TokenCaches().open(TokenCacheMode.OS_KEY_STORE, tokens)).isSignedIn())
                .isFalse();
    }

    private void assertNoFileHolds(String... secrets) throws IOException {
        try (Stream<Path> files = Files.walk(dataDir)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                byte[] bytes = Files.readAllBytes(file);
                String utf8 = new String(bytes, StandardCharsets.UTF_8);
                String utf16 = new String(bytes, StandardCharsets.UTF_16LE);
                for (String secret : secrets) {
                    String b64 = Base64.getEncoder().encodeToString(secret.getBytes(StandardCharsets.UTF_8));
                    assertThat(utf8).as("file %s", file).doesNotContain(secret, b64.substring(0, 16));
                    assertThat(utf16).as("file %s (UTF-16)", file).doesNotContain(secret);
                }
            }
        }
    }
}
