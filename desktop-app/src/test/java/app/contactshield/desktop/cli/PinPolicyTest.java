package app.contactshield.desktop.cli;

import static org.assertj.core.api.Assertions.assertThat;

import app.contactshield.graphsync.keys.KeyVaults;
import app.contactshield.graphsync.keys.SecretServiceKeyVault;
import app.contactshield.graphsync.policy.ManagedPolicy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A store made while the policy asked for a PIN keeps asking for that PIN when the policy no longer does, and a new
 * PIN needs at least four digits. Runs against the session's Secret Service, which holds the PIN-wrapped key.
 */
class PinPolicyTest {
    @TempDir
    Path dataDir;

    @TempDir
    Path policyDir;

    private final List<KeyVaults.SecretKind> asked = new ArrayList<>();

    @BeforeEach
    void requireASecretService() throws Exception {
        Optional<String> reason = SecretServiceKeyVault.unavailableReason(dataDir);
        Assumptions.assumeTrue(reason.isEmpty(), () -> "needs a Secret Service: " + reason.orElse(""));
        policy("{\"requirePin\": true}");
    }

    @AfterEach
    void cleanUp() throws Exception {
        System.clearProperty(ManagedPolicy.FILE_PROPERTY);
        new SecretServiceKeyVault(dataDir).delete();
    }

    @Test
    void aStoreLockedWithAPinStillAsksForItOnceThePolicyNoLongerRequiresOne() throws Exception {
        assertThat(sync("2468").status()).isZero();
        policy("{}");
        asked.clear();

        CliRun.Result identify = CliRun.run(answering("2468"), "identify", "089 7104726", "--data-dir",
                dataDir.toString());

        assertThat(identify.status()).as(identify.err()).isZero();
        assertThat(identify.err()).doesNotContain("not valid", "32 bytes", "set aside");
        assertThat(asked).containsExactly(KeyVaults.SecretKind.PIN);
    }

    @Test
    void aNewPinOfFewerThanFourDigitsIsRefusedWithTheMinimum() throws Exception {
        CliRun.Result sync = sync("12");

        assertThat(sync.status()).isEqualTo(1);
        assertThat(sync.err()).contains("at least 4 digits");
        assertThat(new SecretServiceKeyVault(dataDir).load()).isEmpty();
    }

    private CliRun.Result sync(String pin) {
        return CliRun.run(answering(pin), "sync", "--once", "--demo", "--data-dir", dataDir.toString());
    }

    private KeyVaults.SecretPrompt answering(String pin) {
        return (kind, reason) -> {
            asked.add(kind);
            return Optional.of(pin.toCharArray());
        };
    }

    private void policy(String json) throws Exception {
        Path file = Files.writeString(policyDir.resolve("policy.json"), json);
        System.setProperty(ManagedPolicy.FILE_PROPERTY, file.toString());
    }
}
