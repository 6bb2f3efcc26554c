package app.contactshield.graphsync.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.contactshield.graphsync.sync.SyncException;
import com.sun.jna.Platform;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TokenCachesTest {

    @Test
    void memoryOnlyWritesNothingToDisk(@TempDir Path dir) throws Exception {
        TokenCaches caches = new TokenCaches();

        boolean persistent = caches.open(TokenCacheMode.MEMORY_ONLY, dir).isPresent();

        assertThat(persistent).isFalse();
        try (var files = java.nio.file.Files.list(dir)) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    void aMissingKeyringIsReportedAsItsOwnStateBeforeAnyFallback(@TempDir Path dir) {
        Assumptions.assumeTrue(Platform.isLinux(), "the Secret Service check runs on Linux");
        TokenCaches caches = new TokenCaches(file -> {
            throw new SyncException(TokenCaches.KEY_KEYRING_MISSING, "no keyring at " + file.getFileName());
        });

        assertThatThrownBy(() -> caches.open(TokenCacheMode.OS_KEY_STORE, dir)).isInstanceOf(SyncException.class)
                .satisfies(e -> assertThat(((SyncException) e).userMessageKey())
                        .isEqualTo("signin.keyring.missing"));
    }

    @Test
    void theRealCheckReportsAMissingKeyringWhenNoSessionBusRuns(@TempDir Path dir) {
        Assumptions.assumeTrue(Platform.isLinux() && System.getenv("DBUS_SESSION_BUS_ADDRESS") == null,
                "needs Linux without a D-Bus session (no Secret Service can answer)");

        assertThatThrownBy(() -> new TokenCaches().open(TokenCacheMode.OS_KEY_STORE, dir))
                .isInstanceOf(SyncException.class)
                .satisfies(e -> assertThat(((SyncException) e).userMessageKey())
                        .isEqualTo("signin.keyring.missing"));
    }

    @Test
    void deletingACacheRemovesItsKeyringEntryAndFilesAndSaysWhat(@TempDir Path dir) throws Exception {
        Assumptions.assumeTrue(Platform.isLinux() || Platform.isMac(),
                "the keyring holds the tokens on Linux and macOS");
        Path tokens = dir.resolve("tokens");
        java.nio.file.Files.createDirectories(tokens);
        java.nio.file.Files.writeString(tokens.resolve(TokenCaches.FILE), "");
        java.util.List<String> asked = new java.util.ArrayList<>();
        TokenCaches caches = new TokenCaches(file -> { }, (marker, id) -> {
            asked.add(id);
            return java.util.Optional.of("the sign-in tokens in the keyring (" + id + ")");
        });

        java.util.List<String> deleted = caches.delete(tokens);

        assertThat(asked).containsExactly(TokenCaches.directoryId(tokens));
        assertThat(deleted).hasSize(2).first().asString().contains(TokenCaches.directoryId(tokens));
        assertThat(tokens).doesNotExist();
    }

    @Test
    void theKeyringIdOfADirectoryIsStableAndNamesNoPath(@TempDir Path dir) {
        String id = TokenCaches.directoryId(dir.resolve("tokens"));

        assertThat(id).isEqualTo(TokenCaches.directoryId(dir.resolve("x").resolve("..").resolve("tokens")))
                .isNotEqualTo(TokenCaches.directoryId(dir.resolve("other"))).matches("[0-9a-f]{32}");
    }
}
