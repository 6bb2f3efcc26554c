package app.contactshield.graphsync.home;

import static org.assertj.core.api.Assertions.assertThat;

import app.contactshield.graphsync.keys.PassphraseKeyVault;
import app.contactshield.graphsync.store.H2ContactStore;
import app.contactshield.graphsync.store.StoreFiles;
import app.contactshield.graphsync.store.StoreOpener;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataWipeTest {
    @TempDir
    Path dataDir;

    @Test
    void wipeDeletesTheStoreAndItsPassphraseWrappedKeyAndSaysWhat() throws Exception {
        byte[] key = new PassphraseKeyVault(dataDir, "correct horse battery".toCharArray()).loadOrCreate();
        try (H2ContactStore store = StoreOpener.open(dataDir, key).store()) {
            assertThat(store.recordCounts()).isEmpty();
        }
        Files.writeString(dataDir.resolve("settings.json"), "{}");

        List<String> deleted = DataWipe.wipe(dataDir);

        assertThat(deleted).anyMatch(line -> line.contains(StoreFiles.DATABASE_NAME + StoreFiles.DATABASE_SUFFIX))
                .anyMatch(line -> line.startsWith("store key in"));
        try (Stream<Path> left = Files.list(dataDir)) {
            assertThat(left.map(p -> p.getFileName().toString())).containsExactly("settings.json");
        }
    }
}
