package app.contactshield.desktop.cli;

import app.contactshield.graphsync.demo.DemoGraphTransport;
import app.contactshield.graphsync.demo.DemoMode;
import app.contactshield.graphsync.demo.DemoPages;
import app.contactshield.graphsync.demo.DemoTenant;
import app.contactshield.graphsync.home.DataDirectory;
import app.contactshield.graphsync.keys.KeyVaults;
import app.contactshield.graphsync.model.SourceId;
import app.contactshield.graphsync.phone.PhoneNormalizer;
import app.contactshield.graphsync.policy.EffectiveSettings;
import app.contactshield.graphsync.store.ContactStore;
import app.contactshield.graphsync.sync.ContactSource;
import app.contactshield.graphsync.sync.SourceReport;
import app.contactshield.graphsync.sync.SourceScope;
import app.contactshield.graphsync.sync.SyncEngine;
import app.contactshield.graphsync.sync.SyncException;
import app.contactshield.graphsync.sync.SyncRun;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code sync}: syncs every enabled source into the encrypted store and prints what changed per source. */
@Command(name = "sync", mixinStandardHelpOptions = true,
        description = "Sync every enabled source into the encrypted store.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every source synced", "1:a source, the sign-in or the store failed (said on stderr)",
            "2:wrong usage: no tenant configured, or --demo without --once"})
public final class SyncCommand extends StoreCommand {
    static final int DEMO_PAGE_SIZE = 999;
    /**
     * The demo directory is a German company whose numbers are written the way people there type them: they are
     * always read as in its home region, whatever the settings say, and the settings are left as they are.
     */
    static final String DEMO_REGION = DemoMode.REGION;

    @Option(names = "--once", description = "Sync once and exit (without it: sync every --every minutes until "
            + "Ctrl+C; --demo needs --once).")
    private boolean once;

    @Option(names = "--every", paramLabel = "MINUTES",
            description = "Minutes between syncs when not --once (default: 15; never under "
                    + EffectiveSettings.MIN_SYNC_INTERVAL_MINUTES + ").")
    private Integer everyMinutes;

    @Option(names = "--demo", description = "Sync the bundled demo directory instead of a tenant.")
    private boolean demo;

    @Option(names = "--demo-people", hidden = true, defaultValue = "2000",
            description = "Size of the generated demo directory (benchmarks and robustness tests).")
    private int demoPeople;

    /** A command that asks for secrets on the terminal. */
    public SyncCommand() {
        this(null);
    }

    /** A command that asks for secrets through the given prompt (tests, the desktop app). */
    public SyncCommand(KeyVaults.SecretPrompt prompt) {
        super(prompt);
    }

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter out = out();
        PrintWriter err = err();
        DataDirectory dir = dataDir().resolve();
        EffectiveSettings settings = EffectiveSettings.load(dir.path());
        settings.problemLines().forEach(err::println);
        if (everyMinutes != null && once) {
            err.println("--every and --once do not go together: --once syncs one round and exits, --every repeats; "
                    + "give one of them.");
            return 2;
        }
        if (everyMinutes != null && everyMinutes < EffectiveSettings.MIN_SYNC_INTERVAL_MINUTES) {
            err.println("--every " + everyMinutes + " is too short: syncs are at least "
                    + EffectiveSettings.MIN_SYNC_INTERVAL_MINUTES + " minutes apart, so that the directory is not "
                    + "asked too often; give --every " + EffectiveSettings.MIN_SYNC_INTERVAL_MINUTES + " or more.");
            return 2;
        }
        if (!demo && !settings.hasTenant()) {
            err.println("No tenant is configured: set tenantId and clientId in the policy or " + dir.resolveFile(
                    EffectiveSettings.USER_FILE) + ", or try the bundled directory with --demo.");
            return 2;
        }
        if (demo && !once) {
            err.println("--demo syncs the bundled demo directory, which has nothing new after its second round, so "
                    + "it does not repeat: run '" + StoreOrigin.DEMO_SYNC + "' (again to see a round of changes).");
            return 2;
        }
        try (StoreSession session = StoreSession.open(dir, settings, secrets())) {
            session.recoveryNotice().ifPresent(err::println);
            PhoneNormalizer normalizer = new PhoneNormalizer(demo ? DEMO_REGION : settings.defaultRegion());
            if (once) {
                try (SyncEngine engine = engine(session.store(), settings, normalizer, out, err)) {
                    return runOnce(engine, out, err, e -> StoreSession.failure(dir, e));
                }
            }
            Duration every = Duration.ofMinutes(everyMinutes == null ? settings.syncIntervalMinutes() : everyMinutes);
            Pause pause = wait -> TimeUnit.MILLISECONDS.sleep(wait.toMillis());
            while (true) {
                try (SyncEngine engine = engine(session.store(), settings, normalizer, out, err)) {
                    return repeat(engine, every, out, err, Clock.systemDefaultZone(), pause);
                } catch (SyncException e) {
                    err.println(StoreSession.failure(dir, e) + " Trying again in " + every.toMinutes()
                            + " minutes; press Ctrl+C to stop.");
                    err.flush();
                    pause.sleep(every);
                }
            }
        } catch (SyncException e) {
            err.println(StoreSession.failure(dir, e));
            return 1;
        }
    }

    private SyncEngine engine(ContactStore store, EffectiveSettings settings, PhoneNormalizer normalizer,
            PrintWriter out, PrintWriter err) throws SyncException {
        if (demo) {
            DemoTenant tenant = demoPeople == DemoTenant.STANDARD_PEOPLE ? DemoTenant.standard()
                    : DemoTenant.scaled(demoPeople);
            List<ContactSource> sources = DemoMode.sources(
                    new DemoGraphTransport(new DemoPages(tenant, DEMO_PAGE_SIZE)), normalizer);
            Map<SourceId, String> fingerprints = new LinkedHashMap<>();
            sources.forEach(source -> fingerprints.put(source.id(), settings.selectionFingerprint(source.id(),
                    DEMO_REGION)));
            SourceScope scope = new SourceScope(fingerprints, DEMO_REGION);
            return new SyncEngine(store, scope.apply(sources), SyncEngine.Renewal.NONE);
        }
        return TenantSync.engine(store, dataDir().resolve().path(), settings, normalizer, out, err);
    }

    /**
     * Syncs every {@code every} until the process is stopped (Ctrl+C) or interrupted, saying so first and after each
     * round when the next one starts.
     */
    static int repeat(SyncEngine engine, Duration every, PrintWriter out, PrintWriter err, Clock clock,
            Pause pause) throws InterruptedException {
        out.println("Syncing every " + (every.toMinutes() == 1 ? "minute" : every.toMinutes() + " minutes")
                + "; press Ctrl+C to stop.");
        out.flush();
        DateTimeFormatter time = DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT);
        for (int round = 1; ; round++) {
            int status = runOnce(engine, out, err, CliText::describe);
            LocalTime now = LocalTime.now(clock);
            out.println("Round " + round + (status == 0 ? " done" : " had failures (see above)") + " at "
                    + time.format(now) + "; next round at " + time.format(now.plus(every)) + ".");
            out.flush();
            pause.sleep(every);
        }
    }

    private static int runOnce(SyncEngine engine, PrintWriter out, PrintWriter err,
            Function<SyncException, String> describe) {
        SyncRun run;
        try {
            run = engine.runOnce(progress -> { });
        } catch (SyncException e) {
            err.println(describe.apply(e));
            return 1;
        }
        out.printf(Locale.ROOT, "%-20s %8s %8s %8s %6s %8s%n", "Source", "Added", "Changed", "Removed", "Pages",
                "Seconds");
        for (SourceReport report : run.reports()) {
            out.printf(Locale.ROOT, "%-20s %,8d %,8d %,8d %,6d %8.2f%n", report.source().value(), report.added(),
                    report.changed(), report.removed(), report.pages(), report.elapsed().toMillis() / 1000.0);
        }
        for (Map.Entry<SourceId, SyncException> failure : run.failures().entrySet()) {
            out.printf(Locale.ROOT, "%-20s failed: %s%n", failure.getKey().value(), describe.apply(
                    failure.getValue()));
        }
        out.flush();
        return run.succeeded() ? 0 : 1;
    }

    /** Waits between rounds. */
    @FunctionalInterface
    interface Pause {
        void sleep(Duration duration) throws InterruptedException;
    }
}
