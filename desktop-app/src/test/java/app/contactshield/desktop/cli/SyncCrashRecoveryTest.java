package app.contactshield.desktop.cli;

import static org.assertj.core.api.Assertions.assertThat;

import app.contactshield.desktop.Main;
import app.contactshield.graphsync.keys.PassphraseKeyVault;
import app.contactshield.graphsync.model.Person;
import app.contactshield.graphsync.store.StoreOpener;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills {@code sync --once} with SIGKILL at random moments, twenty times, then lets it finish: the store must open
 * every time and end equal to the store of a clean run, with nothing lost and nothing duplicated.
 */
class SyncCrashRecoveryTest {
    private static final String PASSPHRASE = "crash-test passphrase";
    /**
     * Enough people that the crashed store's first rounds outlast most of the kills: once a round is complete, a sync
     * is a short delta round that the kill moments (up to 3.8 s after the VM starts) mostly miss.
     */
    private static final String PEOPLE = "100000";
    private static final int KILLS = 20;

    @TempDir
    Path clean;

    @TempDir
    Path crashed;

    @TempDir
    Path logs;

    @Test
    void aSyncKilledTwentyTimesConvergesToTheCleanResult() throws Exception {
        byte[] key = lockWithPassphrase(clean);
        byte[] crashedKey = lockWithPassphrase(crashed);
        for (int round = 0; round < 3; round++) {
            assertThat(runToCompletion(clean, "clean-" + round)).isZero();
        }
        Random moments = new Random(20_261_203L);
        int killedMidway = 0;

        for (int kill = 0; kill < KILLS; kill++) {
            Process sync = startSync(crashed, "kill-" + kill);
            boolean finished = sync.waitFor(300 + moments.nextInt(3_500), TimeUnit.MILLISECONDS);
            if (!finished) {
                sync.destroyForcibly().waitFor();
                killedMidway++;
            }
            assertThat(Files.readString(logs.resolve("kill-" + kill + ".err"))).doesNotContain("set aside");
        }
        for (int round = 0; round < 3; round++) {
            assertThat(runToCompletion(crashed, "final-" + round)).isZero();
        }

        assertThat(killedMidway).as("syncs killed before they finished").isGreaterThanOrEqualTo(KILLS / 2);
        assertThat(snapshot(crashed, crashedKey)).isEqualTo(snapshot(clean, key));
    }

    private static byte[] lockWithPassphrase(Path dir) throws Exception {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        new PassphraseKeyVault(dir, PASSPHRASE.toCharArray()).store(key);
        return key;
    }

    private int runToCompletion(Path dir, String name) throws Exception {
        Process sync = startSync(dir, name);
        assertThat(sync.waitFor(5, TimeUnit.MINUTES)).as("sync %s finished", name).isTrue();
        return sync.exitValue();
    }

    private Process startSync(Path dir, String name) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-Xmx512m", "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "sync", "--once", "--demo", "--demo-people", PEOPLE, "--data-dir", dir.toString()));
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectOutput(logs.resolve(name + ".out").toFile())
                .redirectError(logs.resolve(name + ".err").toFile());
        builder.environment().put("CONTACT_SHIELD_PASSPHRASE", PASSPHRASE);
        return builder.start();
    }

    private static List<String> snapshot(Path dir, byte[] key) throws Exception {
        StoreOpener.Opened opened = StoreOpener.open(dir, key);
        try {
            assertThat(opened.recovery()).as("the store opened without being set aside").isEmpty();
            List<String> people = new ArrayList<>();
            for (Person person : opened.store().people()) {
                people.add(person.key().value() + "|" + person.displayName() + "|" + person.company() + "|"
                        + person.emails() + "|" + person.phones() + "|" + person.records().size());
            }
            assertThat(people).doesNotHaveDuplicates();
            List<String> streamed = new ArrayList<>();
            opened.store().forEachPerson(person -> streamed.add(person.key().value() + "|"
                    + person.records().size()));
            assertThat(streamed).as("every person streamed once, with all their records")
                    .containsExactlyInAnyOrderElementsOf(opened.store().people().stream()
                            .map(person -> person.key().value() + "|" + person.records().size()).toList());
            for (Person person : opened.store().people()) {
                assertThat(opened.store().person(person.key())).as("person %s found by key", person.key().value())
                        .map(found -> found.records().size()).contains(person.records().size());
            }
            return people;
        } finally {
            opened.store().close();
        }
    }
}
