package app.contactshield.graphsync.store;

import static org.assertj.core.api.Assertions.assertThat;

import app.contactshield.graphsync.demo.DemoGraphTransport;
import app.contactshield.graphsync.demo.DemoMode;
import app.contactshield.graphsync.demo.DemoPages;
import app.contactshield.graphsync.demo.DemoTenant;
import app.contactshield.graphsync.phone.PhoneNormalizer;
import app.contactshield.graphsync.sync.SyncEngine;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A synced store does not keep the chunks its commits superseded: closing it moves the live data together. */
class StoreSizeTest {
    @TempDir
    Path dataDir;

    @Test
    void aClosedStoreAfterASyncHoldsLittleMoreThanItsContacts() throws Exception {
        int records;
        try (H2ContactStore store = StoreOpener.open(dataDir, new byte[32]).store()) {
            new SyncEngine(store, DemoMode.sources(new DemoGraphTransport(new DemoPages(DemoTenant.scaled(50_000),
                    999)), new PhoneNormalizer("DE")), SyncEngine.Renewal.NONE).runOnce(p -> { });
            records = store.recordCounts().values().stream().mapToInt(Integer::intValue).sum();
        }

        long bytes = Files.size(StoreFiles.databaseFile(dataDir));

        assertThat(records).isGreaterThan(50_000);
        assertThat(bytes / records).as("bytes on disk per stored record").isLessThan(1_000);
    }
}
