package app.contactshield.desktop.cli;

import static org.assertj.core.api.Assertions.assertThat;

import app.contactshield.desktop.Main;
import app.contactshield.graphsync.keys.PassphraseKeyVault;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The headless commands as a user runs them, against the demo directory in a data directory whose key is wrapped
 * with a passphrase (so the test needs no keyring).
 */
class CommandLineTest {
    private static final String PASSPHRASE = "command line test";

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

        Result wipe = run("wipe", "--data-dir", dataDir.toString());

        assertThat(wipe.status).isZero();
        assertThat(wipe.out).contains("Deleted the store file", "Deleted the store key");
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
