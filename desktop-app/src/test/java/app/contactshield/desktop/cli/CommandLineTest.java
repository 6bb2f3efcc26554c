package app.contactshield.desktop.cli;

import static org.assertj.core.api.Assertions.assertThat;

import app.contactshield.desktop.Main;
import app.contactshield.graphsync.auth.TokenCacheMode;
import app.contactshield.graphsync.auth.TokenCaches;
import app.contactshield.graphsync.keys.PassphraseKeyVault;
import app.contactshield.graphsync.keys.SecretServiceKeyVault;
import app.contactshield.graphsync.store.StoreFiles;
import com.microsoft.aad.msal4jextensions.persistence.ICacheAccessor;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The headless commands as a user runs them, against the demo directory in a data directory whose key is wrapped
 * with a passphrase (so the test needs no keyring).
 */
class CommandLineTest {
    private static final String PASSPHRASE = "command line test";
    private static final String CLIENT = "7f1d2c3b-4a5e-6f70-8192-a3b4c5d6e7f8";

    @TempDir
    Path dataDir;

    @BeforeEach
    void lockWithPassphrase() throws Exception {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        new PassphraseKeyVault(dataDir, PASSPHRASE.toCharArray()).store(key);
    }

    @Test
    void syncOnceWithDemoPrintsAddedContactsPerSource() {
        Result sync = run("sync", "--once", "--demo", "--data-dir", dataDir.toString());

        assertThat(sync.status).isZero();
        assertThat(sync.out).contains("Source", "Added", "Pages", "graph.users", "graph.orgContacts",
                "graph.outlook");
    }

    @Test
    void aDataDirGivenBeforeTheCommandIsTheOneTheCommandUses(@TempDir Path other) {
        run("sync", "--once", "--demo", "--data-dir", dataDir.toString());

        Result doctor = run("--data-dir", dataDir.toString(), "doctor");
        Result twoFolders = run("--data-dir", other.toString(), "wipe", "--data-dir", dataDir.toString());

        assertThat(doctor.out).contains(dataDir.toString());
        assertThat(twoFolders.status).isEqualTo(2);
        assertThat(twoFolders.err).contains("--data-dir names two folders");
        assertThat(StoreFiles.databaseFile(dataDir)).exists();
    }

    @Test
    void identifyRefusesTextWithoutDigitsInsteadOfCallingItWithheld() {
        Result letters = run("identify", "abc", "--data-dir", dataDir.toString());
        Result plus = run("identify", "+", "--data-dir", dataDir.toString());

        assertThat(letters.status).isEqualTo(2);
        assertThat(letters.err).contains("'abc' has no digits, so it is not a phone number");
        assertThat(letters.out).doesNotContain("Withheld");
        assertThat(plus.status).isEqualTo(2);
    }

    @Test
    void doctorReportsEncryptionKeyStoreAndCountsButNoPersonalData() throws Exception {
        run("sync", "--once", "--demo", "--data-dir", dataDir.toString());

        Result doctor = run("doctor", "--data-dir", dataDir.toString());

        assertThat(doctor.status).isZero();
        assertThat(doctor.out).contains("CIPHER=AES", "Passphrase-wrapped key file", "graph.users",
                "People (consolidated)");
        assertThat(doctor.out).doesNotContainPattern("@[a-z]").doesNotContainPattern("\\+\\d{6,}");
    }

    @Test
    void identifyNamesTheHolderOfADemoNumber() {
        run("sync", "--once", "--demo", "--data-dir", dataDir.toString());

        Result identify = run("identify", "+49 89 7104 0", "--data-dir", dataDir.toString());

        assertThat(identify.status).isZero();
        assertThat(identify.out).isNotBlank();
    }

    @Test
    void wipeDeletesTheStoreAndTheKeyAndSaysSo() throws Exception {
        run("sync", "--once", "--demo", "--data-dir", dataDir.toString());
        Files.writeString(dataDir.resolve("demo-favourites.txt"), "demo-user-1\n");

        Result wipe = run("wipe", "--data-dir", dataDir.toString());

        assertThat(wipe.status).isZero();
        assertThat(wipe.out).contains("Deleted the store file", "Deleted the store key", "Deleted the demo favourites");
        assertThat(dataDir.resolve("demo-favourites.txt")).doesNotExist();
        try (Stream<Path> left = Files.list(dataDir)) {
            assertThat(left.map(p -> p.getFileName().toString()))
                    .noneMatch(name -> name.startsWith("contacts") || name.equals(PassphraseKeyVault.FILE_NAME));
        }
    }

    @Test
    void aRealSyncWithoutATenantSaysWhatToConfigure() {
        Result sync = run("sync", "--once", "--data-dir", dataDir.toString());

        assertThat(sync.status).isEqualTo(2);
        assertThat(sync.err).contains("No tenant is configured", "--demo");
    }

    @Test
    void signInWithoutATenantSaysWhatToConfigure() {
        Result signIn = run("signin", "--device-code", "--data-dir", dataDir.toString());

        assertThat(signIn.status).isEqualTo(2);
        assertThat(signIn.err).contains("No tenant is configured", "tenantId", "clientId");
    }

    @Test
    void signOutWithNothingKeptSaysSo() {
        Result signOut = run("signout", "--data-dir", dataDir.toString());

        assertThat(signOut.status).isZero();
        assertThat(signOut.out).contains("No sign-in is kept");
    }

    @Test
    void aUserFilterWithATypoSkipsTheDirectoryUsersAndSaysWhy() throws Exception {
        writeSettings("{\"tenantId\": \"contoso.example\", \"clientId\": \"" + CLIENT + "\", \"userFilters\": "
                + "[{\"field\": \"departmnet\", \"op\": \"equals\", \"value\": \"Sales\"}]}");

        Result sync = run("sync", "--once", "--data-dir", dataDir.toString());

        assertThat(sync.status).isNotZero();
        assertThat(sync.err).contains("userFilters[0]", "departmnet", "Directory users are not synced");
    }

    @Test
    void aSourceRemovedFromTheEnabledSourcesIsPurgedOnTheNextSync() throws Exception {
        run("sync", "--once", "--demo", "--data-dir", dataDir.toString());
        writeSettings("{\"tenantId\": \"contoso.example\", \"clientId\": \"" + CLIENT + "\", "
                + "\"defaultRegion\": \"DE\", \"enabledSources\": [\"graph.users\", \"graph.orgContacts\"]}");

        Result first = run("sync", "--once", "--data-dir", dataDir.toString());
        Result second = run("sync", "--once", "--data-dir", dataDir.toString());
        Result doctor = run("doctor", "--data-dir", dataDir.toString());

        assertThat(first.out).containsPattern("graph.outlook is no longer enabled: removed [1-9]\\d* of its contacts");
        assertThat(second.out).doesNotContain("no longer enabled");
        assertThat(doctor.out).doesNotContainPattern("graph.outlook\\s+[1-9]");
    }

    @Test
    void anUnattendedSyncThatNeedsASignInNamesTheCommandToRun() throws Exception {
        Optional<String> noKeyring = SecretServiceKeyVault.unavailableReason(dataDir);
        Assumptions.assumeTrue(noKeyring.isEmpty(), () -> "needs a Secret Service for the token cache: "
                + noKeyring.orElse(""));
        writeSettings("{\"tenantId\": \"contoso.example\", \"clientId\": \"" + CLIENT + "\"}");

        Result sync = run("sync", "--once", "--data-dir", dataDir.toString());

        assertThat(sync.status).isEqualTo(1);
        assertThat(sync.err).contains("Not signed in: run 'contact-shield signin'", "--device-code")
                .doesNotContain("sign in again");
        run("wipe", "--data-dir", dataDir.toString());
    }

    @Test
    void wipeDeletesTheCachedSignInFromTheKeyringAndSaysSo() throws Exception {
        Optional<String> noKeyring = SecretServiceKeyVault.unavailableReason(dataDir);
        Assumptions.assumeTrue(noKeyring.isEmpty(), () -> "needs a Secret Service for the token cache: "
                + noKeyring.orElse(""));
        Path tokens = dataDir.resolve(TenantSession.TOKEN_DIR);
        new TokenCaches().open(TokenCacheMode.OS_KEY_STORE, tokens);
        ICacheAccessor entry = TokenCaches.keyringEntry(tokens).orElseThrow();
        entry.write("{\"AccessToken\":{}}".getBytes(StandardCharsets.UTF_8));

        Result wipe = run("wipe", "--data-dir", dataDir.toString());

        assertThat(wipe.status).isZero();
        assertThat(wipe.out).contains("Deleted the sign-in tokens in the Secret Service",
                TokenCaches.directoryId(tokens), "Deleted the token cache files");
        assertThat(entry.read()).isNullOrEmpty();
        assertThat(tokens).doesNotExist();
    }

    private void writeSettings(String json) throws Exception {
        Files.writeString(dataDir.resolve("settings.json"), json);
    }

    private static Result run(String... args) {
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream stdout = new ByteArrayOutputStream();
        ByteArrayOutputStream stderr = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(stdout, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(stderr, true, StandardCharsets.UTF_8));
            int status = Main.run((kind, reason) -> Optional.of(PASSPHRASE.toCharArray()), args);
            return new Result(status, stdout.toString(StandardCharsets.UTF_8), stderr.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
    }

    private record Result(int status, String out, String err) {
    }
}
