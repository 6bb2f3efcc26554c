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
import app.contactshield.graphsync.policy.PolicyKey;
import app.contactshield.graphsync.store.ContactStore;
import app.contactshield.graphsync.sync.ContactSource;
import app.contactshield.graphsync.sync.SourceReport;
import app.contactshield.graphsync.sync.SourceScope;
import app.contactshield.graphsync.sync.SyncEngine;
import app.contactshield.graphsync.sync.SyncException;
import app.contactshield.graphsync.sync.SyncRun;
import java.io.IOException;
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
    static final String DEMO_REGION = "DE";

    @Option(names = "--once", description = "Sync once and exit (without it: sync every --every minutes until "
            + "Ctrl+C; --demo needs --once).")
    private boolean once;

    @Option(names = "--every", paramLabel = "MINUTES", defaultValue = "15",
            description = "Minutes between syncs when not --once (default: ${DEFAULT-VALUE}).")
    private int everyMinutes;

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
        settings.problems().forEach(problem -> err.println("Policy: " + problem));
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
        if (demo && !settings.hasRegion()) {
            settings = adoptDemoRegion(settings, err);
        }
        try (StoreSession session = StoreSession.open(dir, settings, secrets())) {
            session.recoveryNotice().ifPresent(err::println);
            PhoneNormalizer normalizer = new PhoneNormalizer(settings.defaultRegion());
            try (SyncEngine engine = engine(session.store(), settings, normalizer, out, err)) {
                if (once) {
                    return runOnce(engine, out, err, e -> StoreSession.failure(dir, e));
                }
                return repeat(engine, Duration.ofMinutes(Math.max(1, everyMinutes)), out, err,
                        Clock.systemDefaultZone(), every -> TimeUnit.MILLISECONDS.sleep(every.toMillis()));
            }
        } catch (SyncException e) {
            err.println(StoreSession.failure(dir, e));
            return 1;
        }
    }

    /**
     * The demo directory is a German company whose numbers are written the way people there type them; without a
     * region from the policy, the user or the OS locale they would be read as American numbers.
     */
    private static EffectiveSettings adoptDemoRegion(EffectiveSettings settings, PrintWriter err) {
        try {
            EffectiveSettings adopted = settings.withUserText(PolicyKey.DEFAULT_REGION, DEMO_REGION);
            err.println("No region is set: numbers are read as in " + DEMO_REGION + ", the demo company's home "
                    + "(change defaultRegion in the settings).");
            return adopted;
        } catch (IOException e) {
            err.println("The settings cannot be saved (" + e.getMessage() + "); numbers are read as in "
                    + settings.defaultRegion() + ".");
            return settings;
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
            sources.forEach(source -> fingerprints.put(source.id(), settings.selectionFingerprint(source.id())));
            SourceScope scope = new SourceScope(fingerprints, settings.defaultRegion());
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
            out.printf(Locale.ROOT, "%-20s %8d %8d %8d %6d %8.2f%n", report.source().value(), report.added(),
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
