package app.contactshield.desktop.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.contactshield.desktop.cli.StoreSession;
import app.contactshield.desktop.search.SearchIndex;
import app.contactshield.desktop.search.SearchIndexBuilder;
import app.contactshield.desktop.ui.sample.InMemoryContactStore;
import app.contactshield.graphsync.consolidate.Consolidator;
import app.contactshield.graphsync.consolidate.SourcePrecedence;
import app.contactshield.graphsync.demo.DemoMode;
import app.contactshield.graphsync.home.DataDirectory;
import app.contactshield.graphsync.keys.PassphraseKeyVault;
import app.contactshield.graphsync.phone.PhoneNormalizer;
import app.contactshield.graphsync.policy.EffectiveSettings;
import app.contactshield.graphsync.sync.SyncEngine;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The demo lists as many people as doctor counts in a demo store: both consolidate the same records the same way. */
class DemoPeopleCountTest {
    private static final String PASSPHRASE = "demo people count";

    @Test
    void theAppsDemoDirectoryAndADemoStoreHoldTheSamePeople(@TempDir Path dataDir) throws Exception {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        new PassphraseKeyVault(dataDir, PASSPHRASE.toCharArray()).store(key);
        InMemoryContactStore inMemory = InMemoryContactStore.consolidating(new Consolidator(SourcePrecedence.DEFAULT));
        EffectiveSettings settings = EffectiveSettings.load(dataDir);

        try (SyncEngine engine = DemoMode.syncEngine(inMemory, new PhoneNormalizer("DE"))) {
            engine.runOnce(progress -> { });
        }
        int stored;
        try (StoreSession session = StoreSession.open(new DataDirectory(dataDir), settings,
                (kind, reason) -> Optional.of(PASSPHRASE.toCharArray()))) {
            try (SyncEngine engine = DemoMode.syncEngine(session.store(), new PhoneNormalizer("DE"))) {
                engine.runOnce(progress -> { });
            }
            stored = session.store().people().size();
        }

        SearchIndexBuilder listed = SearchIndex.builder(Set.of());
        inMemory.forEachPerson(listed::add);
        assertThat(listed.build().size()).isEqualTo(stored).isGreaterThan(1000);
    }
}
