package app.contactshield.graphsync.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.contactshield.graphsync.model.PersonKey;
import app.contactshield.graphsync.model.SourceId;
import app.contactshield.graphsync.sync.ChangePage;
import app.contactshield.graphsync.sync.DeltaCursor;
import app.contactshield.graphsync.testing.InventedPeople;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoreOpenerTest {
    @TempDir
    Path dataDir;

    private final byte[] key = key(1);

    @Test
    void reopenedStoreKeepsContactsCursorAndLocalData() throws StoreException {
        try (H2ContactStore store = StoreOpener.open(dataDir, key).store()) {
            store.accept(fullPage());
            store.setFavourite(PersonKey.of(InventedPeople.directoryUser(1)), true);
        }

        StoreOpener.Opened opened = StoreOpener.open(dataDir, key);

        try (H2ContactStore store = opened.store()) {
            assertThat(opened.recovery()).isEmpty();
            assertThat(store.recordCounts()).containsEntry(SourceId.GRAPH_USERS, 2);
            assertThat(store.cursor(SourceId.GRAPH_USERS)).contains(new DeltaCursor("d1", true));
            assertThat(store.favourites()).hasSize(1);
        }
    }

    @Test
    void storeOpenedWithTheWrongKeyIsMovedAsideAndTheUserIsToldWhatWasLost() throws Exception {
        try (H2ContactStore store = StoreOpener.open(dataDir, key).store()) {
            store.accept(fullPage());
        }

        StoreOpener.Opened opened = StoreOpener.open(dataDir, key(2));

        try (H2ContactStore fresh = opened.store()) {
            StoreOpener.RecoveryNotice notice = opened.recovery().orElseThrow();
            assertThat(notice.message()).contains("favourites", "notes", "call history", "next sync");
            assertThat(notice.movedTo()).exists().hasFileName(notice.movedTo().getFileName().toString());
            assertThat(notice.movedTo().getFileName().toString()).startsWith("contacts-unreadable-");
            assertThat(fresh.recordCounts()).isEmpty();
            assertThat(fresh.cursor(SourceId.GRAPH_USERS)).isEmpty();
        }
        try (H2ContactStore again = StoreOpener.open(dataDir, key(2)).store()) {
            assertThat(again.recordCounts()).isEmpty();
        }
    }

    @Test
    void corruptStoreFileIsMovedAsideAndReplaced() throws Exception {
        try (H2ContactStore store = StoreOpener.open(dataDir, key).store()) {
            store.accept(fullPage());
        }
        Path file = StoreFiles.databaseFile(dataDir);
        try (RandomAccessFile raw = new RandomAccessFile(file.toFile(), "rw")) {
            byte[] garbage = new byte[(int) Math.min(raw.length(), 64 * 1024)];
            java.util.Arrays.fill(garbage, (byte) 0x5a);
            raw.seek(0);
            raw.write(garbage);
        }

        StoreOpener.Opened opened = StoreOpener.open(dataDir, key);

        try (H2ContactStore fresh = opened.store()) {
            assertThat(opened.recovery()).isPresent();
            assertThat(fresh.recordCounts()).isEmpty();
        }
        try (Stream<Path> files = Files.list(dataDir)) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .anyMatch(n -> n.startsWith("contacts-unreadable-"));
        }
    }

    @Test
    void keyOfTheWrongLengthIsRefusedWithItsLength() {
        assertThatThrownBy(() -> StoreOpener.open(dataDir, new byte[16]))
                .isInstanceOf(StoreException.class).hasMessageContaining("32 bytes").hasMessageContaining("16");
    }

    @Test
    void latestSchemaVersionNamesTheHighestShippedMigration() throws IOException {
        Path sqlMigrations = Path.of("src/main/resources/db/migration");
        Path javaMigrations = Path.of("src/main/java/app/contactshield/graphsync/store");

        try (Stream<Path> sql = Files.list(sqlMigrations); Stream<Path> java = Files.list(javaMigrations)) {
            int highest = Stream.concat(sql, java).map(p -> p.getFileName().toString())
                    .filter(n -> n.matches("V\\d+__.*\\.(sql|java)"))
                    .mapToInt(n -> Integer.parseInt(n.substring(1, n.indexOf("__")))).max().orElseThrow();

            assertThat(StoreOpener.LATEST_SCHEMA_VERSION).isEqualTo(Integer.toString(highest));
        }
    }

    private static ChangePage fullPage() {
        return new ChangePage(SourceId.GRAPH_USERS, List.of(InventedPeople.directoryUser(1),
                InventedPeople.directoryUser(2)), List.of(), List.of(), new DeltaCursor("d1", true), true);
    }

    private static byte[] key(int seed) {
        byte[] key = new byte[32];
        for (int i = 0; i < key.length; i++) {
            key[i] = (byte) (seed * 31 + i);
        }
        return key;
    }
}
