package app.contactshield.graphsync.store;

import static org.assertj.core.api.Assertions.assertThat;

import app.contactshield.graphsync.demo.DemoMode;
import app.contactshield.graphsync.home.DataDirectory;
import app.contactshield.graphsync.keys.PassphraseKeyVault;
import app.contactshield.graphsync.model.ContactRecord;
import app.contactshield.graphsync.model.Person;
import app.contactshield.graphsync.model.PhoneNumber;
import app.contactshield.graphsync.phone.PhoneNormalizer;
import app.contactshield.graphsync.sync.SyncRun;
import app.contactshield.graphsync.testing.PlaintextScanner;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * After the demo sync ({@code sync --once --demo}: the bundled tenant through the Graph parser and sync path into the
 * encrypted store, twice so that the second round's changes and removals are written too) no file under the data
 * directory holds any synced name, number or e-mail address in UTF-8, UTF-16LE or UTF-16BE.
 */
class DemoSyncPlaintextScanTest {
    @TempDir
    Path temp;

    @Test
    void noFileUnderTheDataDirectoryHoldsAnythingTheDemoSyncStored() throws Exception {
        DataDirectory dir = new DataDirectory(temp.resolve("home")).ensureExists();
        byte[] key = new byte[StoreOpener.KEY_BYTES];
        new SecureRandom().nextBytes(key);
        new PassphraseKeyVault(dir.path(), "demo passphrase".toCharArray()).store(key);
        Set<String> secrets;
        try (H2ContactStore store = StoreOpener.open(dir.path(), key).store()) {
            for (int round = 0; round < 2; round++) {
                SyncRun run = DemoMode.syncEngine(store, new PhoneNormalizer("DE")).runOnce(p -> { });
                assertThat(run.failures()).isEmpty();
            }
            List<Person> people = store.people();
            Person someone = people.get(people.size() / 2);
            store.setNote(someone.key(), "Rückruf an " + someone.displayName());
            store.appendCall(new CallLogEntry(Instant.parse("2026-12-01T09:00:00Z"), someone.phones().get(0).number()
                    .raw(), someone.key(), someone.displayName(), CallLogEntry.Direction.INCOMING,
                    CallLogEntry.Outcome.ANSWERED));
            secrets = secrets(people);
            assertThat(people).hasSizeGreaterThan(1_500);
        }
        PlaintextScanner scanner = new PlaintextScanner(secrets);

        List<String> found = scanner.scan(dir.path());

        assertThat(secrets).hasSizeGreaterThan(5_000);
        try (var files = Files.list(dir.path())) {
            assertThat(files.map(p -> p.getFileName().toString())).contains("contacts.mv.db",
                    PassphraseKeyVault.FILE_NAME);
        }
        assertThat(found).as("plain-text personal data under the data directory").isEmpty();
    }

    @Test
    void theScannerFindsANumberOrAddressPlantedInAnyOfTheThreeEncodings() throws Exception {
        Path dir = Files.createDirectories(temp.resolve("planted"));
        Files.write(dir.resolve("a.bin"), ("\0\1" + "ada.muster@fabrikam-example.test").getBytes(
                StandardCharsets.UTF_16BE));
        Files.write(dir.resolve("b.bin"), ("x+4989710420" + "y").getBytes(StandardCharsets.UTF_16LE));
        Files.write(dir.resolve("c.bin"), "Grüße, Jörg Exempel".getBytes(StandardCharsets.UTF_8));

        List<String> found = new PlaintextScanner(List.of("ada.muster@fabrikam-example.test", "+4989710420",
                "Jörg Exempel")).scan(dir);

        assertThat(found.stream().map(hit -> hit.substring(0, hit.indexOf(" (")))).containsOnly(
                "ada.muster@fabrikam-example.test", "+4989710420", "Jörg Exempel")
                .contains("ada.muster@fabrikam-example.test", "+4989710420", "Jörg Exempel");
    }

    /** Every name, number and address the store holds, as delivered and as normalised; short ones excepted. */
    private static Set<String> secrets(List<Person> people) {
        Set<String> secrets = new LinkedHashSet<>();
        for (Person person : people) {
            for (ContactRecord record : person.records()) {
                add(secrets, record.displayName());
                add(secrets, record.givenName());
                add(secrets, record.familyName());
                record.emails().forEach(mail -> add(secrets, mail));
                for (PhoneNumber phone : record.phones()) {
                    add(secrets, phone.raw());
                    add(secrets, phone.e164());
                }
            }
        }
        return secrets;
    }

    private static void add(Set<String> secrets, String value) {
        if (value != null && value.getBytes(StandardCharsets.UTF_8).length >= PlaintextScanner.MIN_BYTES) {
            secrets.add(value);
        }
    }
}
