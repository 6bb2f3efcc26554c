package app.contactshield.graphsync.store;

import static org.assertj.core.api.Assertions.assertThat;

import app.contactshield.graphsync.model.ContactRecord;
import app.contactshield.graphsync.model.PersonKey;
import app.contactshield.graphsync.model.PhoneNumber;
import app.contactshield.graphsync.model.SourceId;
import app.contactshield.graphsync.sync.ChangePage;
import app.contactshield.graphsync.sync.DeltaCursor;
import app.contactshield.graphsync.testing.InventedPeople;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlaintextScanTest {
    private static final List<Charset> CHARSETS = List.of(StandardCharsets.UTF_8, StandardCharsets.UTF_16LE,
            StandardCharsets.UTF_16BE);

    @TempDir
    Path dataDir;

    @Test
    void noFileUnderTheDataDirectoryHoldsASyncedNameNumberOrAddress() throws Exception {
        List<ContactRecord> people = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            people.add(InventedPeople.directoryUser(i));
        }
        byte[] key = new byte[32];
        key[31] = 42;
        try (H2ContactStore store = StoreOpener.open(dataDir, key).store()) {
            store.accept(new ChangePage(SourceId.GRAPH_USERS, people.subList(0, 150), List.of(), List.of(),
                    new DeltaCursor("next", false), true));
            store.accept(new ChangePage(SourceId.GRAPH_USERS, people.subList(150, 300), List.of(), List.of(),
                    new DeltaCursor("delta", true), false));
            store.setNote(PersonKey.of(people.get(3)), "Notiz zu " + people.get(3).displayName());
            store.appendCall(new CallLogEntry(Instant.parse("2026-11-30T09:00:00Z"), people.get(4).phones().get(0)
                    .raw(), PersonKey.of(people.get(4)), people.get(4).displayName(),
                    CallLogEntry.Direction.INCOMING, CallLogEntry.Outcome.ANSWERED));
            assertThat(store.people()).hasSize(300);
        }
        Set<String> secrets = secrets(people);
        List<byte[]> contents = new ArrayList<>();
        try (Stream<Path> files = Files.walk(dataDir)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                contents.add(Files.readAllBytes(file));
            }
        }

        List<String> found = new ArrayList<>();
        for (String secret : secrets) {
            for (Charset charset : CHARSETS) {
                byte[] needle = secret.getBytes(charset);
                for (byte[] content : contents) {
                    if (indexOf(content, needle) >= 0) {
                        found.add(secret + " in " + charset);
                    }
                }
            }
        }

        assertThat(contents).isNotEmpty();
        assertThat(secrets).hasSizeGreaterThan(1500);
        assertThat(found).isEmpty();
    }

    @Test
    void scannerFindsAPlantedNameSoItCanFail() throws IOException {
        Path planted = dataDir.resolve("planted.txt");
        Files.writeString(planted, "x " + InventedPeople.directoryUser(1).displayName(), StandardCharsets.UTF_16LE);

        byte[] content = Files.readAllBytes(planted);

        assertThat(indexOf(content, InventedPeople.directoryUser(1).displayName()
                .getBytes(StandardCharsets.UTF_16LE))).isPositive();
    }

    private static Set<String> secrets(List<ContactRecord> people) {
        Set<String> secrets = new LinkedHashSet<>();
        for (ContactRecord person : people) {
            secrets.add(person.displayName());
            secrets.add(person.familyName());
            secrets.addAll(person.emails());
            for (PhoneNumber phone : person.phones()) {
                secrets.add(phone.raw());
                secrets.add(phone.e164());
            }
        }
        return secrets;
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
