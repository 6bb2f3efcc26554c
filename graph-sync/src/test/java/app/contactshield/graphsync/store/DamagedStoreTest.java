package app.contactshield.graphsync.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.contactshield.graphsync.consolidate.Consolidator;
import app.contactshield.graphsync.consolidate.SourcePrecedence;
import app.contactshield.graphsync.model.PersonKey;
import app.contactshield.graphsync.model.SourceId;
import app.contactshield.graphsync.sync.ChangePage;
import app.contactshield.graphsync.sync.DeltaCursor;
import app.contactshield.graphsync.testing.InventedPeople;
import java.io.RandomAccessFile;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * One rule for a damaged store, whatever the damage: the file is kept aside under a dated name, byte for byte as it
 * was, the notice names it and the local-only data left in it, and a fresh store takes its place; a diagnostic open
 * reports the damage and changes nothing; a store held by another process is never set aside.
 */
class DamagedStoreTest {
    private static final byte[] KEY = new byte[StoreOpener.KEY_BYTES];

    @TempDir
    Path dataDir;

    private Path file;

    @BeforeEach
    void syncedStore() throws Exception {
        try (H2ContactStore store = StoreOpener.open(dataDir, KEY).store()) {
            store.accept(new ChangePage(SourceId.GRAPH_USERS, List.of(InventedPeople.directoryUser(1),
                    InventedPeople.directoryUser(2)), List.of(), List.of(), new DeltaCursor("d1", true), true));
            store.setFavourite(PersonKey.of(InventedPeople.directoryUser(1)), true);
        }
        file = StoreFiles.databaseFile(dataDir);
    }

    @ParameterizedTest
    @ValueSource(strings = {"truncate:100000", "truncate:20000", "truncate:4096", "text", "zero-header"})
    void aDamagedStoreIsKeptAsItWasUnderADatedNameAndAFreshOneTakesItsPlace(String damage) throws Exception {
        damage(damage);
        byte[] damaged = Files.readAllBytes(file);

        StoreOpener.Opened opened = StoreOpener.open(dataDir, KEY);

        try (H2ContactStore fresh = opened.store()) {
            StoreOpener.RecoveryNotice notice = opened.recovery().orElseThrow();
            assertThat(notice.movedTo().getFileName().toString())
                    .matches("contacts-unreadable-\\d{8}T\\d{6}Z\\.mv\\.db");
            assertThat(Files.readAllBytes(notice.movedTo())).isEqualTo(damaged);
            assertThat(notice.message()).contains(notice.movedTo().toString(), "favourites", "notes",
                    "call history", "next sync");
            assertThat(fresh.recordCounts()).isEmpty();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"truncate:100000", "truncate:4096", "text", "zero-header"})
    void aDiagnosticOpenReportsTheDamageAndWhatTheNextStartDoesWithoutChangingAFile(String damage) throws Exception {
        damage(damage);
        byte[] damaged = Files.readAllBytes(file);
        List<String> before = fileNames();

        assertThatThrownBy(() -> report()).isInstanceOf(StoreException.class)
                .hasMessageContaining("damaged").hasMessageContaining("the next sync or app start sets it aside");

        assertThat(Files.readAllBytes(file)).isEqualTo(damaged);
        assertThat(fileNames()).containsExactlyElementsOf(before).contains("contacts.mv.db")
                .noneMatch(n -> n.contains("unreadable"));
    }

    @Test
    void aDiagnosticOpenOfAHealthyStoreReadsItWithoutWritingIt() throws Exception {
        byte[] healthy = Files.readAllBytes(file);

        try (H2ContactStore store = report().store()) {
            assertThat(store.recordCounts()).containsEntry(SourceId.GRAPH_USERS, 2);
            assertThat(store.favourites()).hasSize(1);
        }

        assertThat(Files.readAllBytes(file)).isEqualTo(healthy);
    }

    @Test
    void aStoreMarkedDamagedAfterAFailedReadIsSetAsideOnTheNextOpen() throws Exception {
        StoreOpener.markDamaged(dataDir, "Reading every person failed (H2 error 50000)");

        StoreOpener.Opened opened = StoreOpener.open(dataDir, KEY);

        try (H2ContactStore fresh = opened.store()) {
            assertThat(opened.recovery()).hasValueSatisfying(n -> assertThat(n.message()).contains("H2 error 50000"));
            assertThat(fresh.recordCounts()).isEmpty();
        }
        try (H2ContactStore again = StoreOpener.open(dataDir, KEY).store()) {
            assertThat(again.recordCounts()).isEmpty();
        }
    }

    @Test
    void aStoreHeldByAnotherProcessIsNamedAsInUseAndNeverSetAside() throws Exception {
        byte[] before = Files.readAllBytes(file);
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE);
                FileLock lock = channel.lock()) {

            assertThatThrownBy(() -> StoreOpener.open(dataDir, KEY)).isInstanceOf(StoreException.class)
                    .satisfies(e -> assertThat(((StoreException) e).userMessageKey()).isEqualTo("store.error.inUse"))
                    .hasMessageContaining("another Contact Shield process");
        }

        assertThat(Files.readAllBytes(file)).isEqualTo(before);
        try (Stream<Path> files = Files.list(dataDir)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.contains("unreadable"));
        }
    }

    @Test
    void aStoreAnotherProcessIsStillCreatingIsNamedAsInUseAndNeverJudged() throws Exception {
        damage("truncate:4096");
        byte[] halfWritten = Files.readAllBytes(file);
        try (FileChannel channel = FileChannel.open(StoreFiles.lockFile(dataDir), StandardOpenOption.CREATE,
                StandardOpenOption.READ, StandardOpenOption.WRITE);
                FileLock creating = channel.lock()) {

            assertThatThrownBy(() -> StoreOpener.open(dataDir, KEY)).isInstanceOf(StoreException.class)
                    .satisfies(e -> assertThat(((StoreException) e).userMessageKey()).isEqualTo("store.error.inUse"))
                    .hasMessageContaining("another Contact Shield process");
            assertThatThrownBy(this::report).isInstanceOf(StoreException.class)
                    .satisfies(e -> assertThat(((StoreException) e).userMessageKey()).isEqualTo("store.error.inUse"));
        }

        assertThat(Files.readAllBytes(file)).isEqualTo(halfWritten);
        try (Stream<Path> files = Files.list(dataDir)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.contains("unreadable"));
        }
    }

    @Test
    void storesSetAsideInTheSameSecondEachKeepTheirOwnFile() throws Exception {
        Clock sameSecond = Clock.fixed(Instant.parse("2025-03-04T10:15:30Z"), ZoneOffset.UTC);
        damage("text");
        byte[] first = Files.readAllBytes(file);
        StoreOpener.open(dataDir, KEY, new Consolidator(SourcePrecedence.DEFAULT), sameSecond).store().close();
        damage("truncate:20000");
        byte[] second = Files.readAllBytes(file);

        StoreOpener.Opened opened = StoreOpener.open(dataDir, KEY, new Consolidator(SourcePrecedence.DEFAULT),
                sameSecond);

        opened.store().close();
        Path firstAside = dataDir.resolve("contacts-unreadable-20250304T101530Z.mv.db");
        assertThat(opened.recovery().orElseThrow().movedTo()).isNotEqualTo(firstAside);
        assertThat(Files.readAllBytes(firstAside)).isEqualTo(first);
        assertThat(Files.readAllBytes(opened.recovery().orElseThrow().movedTo())).isEqualTo(second);
    }

    @Test
    void aFolderWhereTheStoreFileBelongsIsNamedAndLeftAlone() throws Exception {
        Files.delete(file);
        Files.createDirectory(file);

        assertThatThrownBy(() -> StoreOpener.open(dataDir, KEY)).isInstanceOf(StoreException.class)
                .satisfies(e -> assertThat(((StoreException) e).userMessageKey()).isEqualTo("store.error.notAFile"))
                .hasMessageContaining(file + " is a folder where the contact store file belongs");
        assertThatThrownBy(this::report).isInstanceOf(StoreException.class)
                .hasMessageContaining(file + " is a folder");
        assertThat(file).isDirectory();
    }

    private List<String> fileNames() throws Exception {
        try (Stream<Path> files = Files.list(dataDir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private StoreOpener.Opened report() throws StoreException {
        return StoreOpener.open(dataDir, KEY, new Consolidator(SourcePrecedence.DEFAULT), Clock.systemUTC(),
                StoreOpener.OnDamage.REPORT);
    }

    private void damage(String how) throws Exception {
        if (how.startsWith("truncate:")) {
            try (RandomAccessFile raw = new RandomAccessFile(file.toFile(), "rw")) {
                raw.setLength(Long.parseLong(how.substring("truncate:".length())));
            }
        } else if (how.equals("text")) {
            Files.writeString(file, "these are not the contacts\n", StandardCharsets.UTF_8);
        } else {
            try (RandomAccessFile raw = new RandomAccessFile(file.toFile(), "rw")) {
                raw.write(new byte[4096]);
            }
        }
    }
}
