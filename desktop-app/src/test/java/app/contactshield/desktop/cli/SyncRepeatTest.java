package app.contactshield.desktop.cli;

import static app.contactshield.desktop.cli.CliRun.run;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.contactshield.desktop.ui.sample.InMemoryContactStore;
import app.contactshield.graphsync.demo.DemoMode;
import app.contactshield.graphsync.phone.PhoneNormalizer;
import app.contactshield.graphsync.store.StoreFiles;
import app.contactshield.graphsync.sync.SyncEngine;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code sync} without {@code --once} says what it does and reports each round; the demo never runs forever. */
class SyncRepeatTest {

    @TempDir
    Path dataDir;

    @Test
    void theDemoWithoutOnceIsAUsageErrorThatNamesTheCommandToRun() {
        CliRun.Result sync = run("sync", "--demo", "--data-dir", dataDir.toString());

        assertThat(sync.status()).isEqualTo(2);
        assertThat(sync.err()).contains("does not repeat", "run 'contact-shield sync --once --demo'");
        assertThat(StoreFiles.databaseFile(dataDir)).doesNotExist();
    }

    @Test
    void aRepeatingSyncSaysHowOftenAndHowToStopThenReportsEveryRound() throws Exception {
        StringWriter out = new StringWriter();
        List<Duration> pauses = new ArrayList<>();
        Clock eight = Clock.fixed(Instant.parse("2026-03-02T08:00:00Z"), ZoneOffset.UTC);

        try (SyncEngine engine = DemoMode.syncEngine(new InMemoryContactStore(), new PhoneNormalizer("DE"))) {
            assertThatThrownBy(() -> SyncCommand.repeat(engine, Duration.ofMinutes(15), new PrintWriter(out),
                    new PrintWriter(new StringWriter()), eight, pause -> {
                        pauses.add(pause);
                        if (pauses.size() == 2) {
                            throw new InterruptedException("Ctrl+C");
                        }
                    })).isInstanceOf(InterruptedException.class);
        }

        assertThat(out.toString()).startsWith("Syncing every 15 minutes; press Ctrl+C to stop.")
                .contains("Round 1 done at 08:00; next round at 08:15.", "Round 2 done at 08:00; next round at 08:15.")
                .containsPattern("graph.users\\s+[1-9]\\d*");
        assertThat(pauses).containsExactly(Duration.ofMinutes(15), Duration.ofMinutes(15));
    }
}
