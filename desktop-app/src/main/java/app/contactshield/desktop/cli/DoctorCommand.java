package app.contactshield.desktop.cli;

import app.contactshield.callerid.index.CallerIndex;
import app.contactshield.callerid.index.NumberDiagnostics;
import app.contactshield.graphsync.home.DataDirectory;
import app.contactshield.graphsync.keys.KeyVaults;
import app.contactshield.graphsync.model.SourceId;
import app.contactshield.graphsync.phone.PhoneNormalizer;
import app.contactshield.graphsync.policy.EffectiveSettings;
import app.contactshield.graphsync.policy.PolicyProblem;
import app.contactshield.graphsync.policy.ProblemReport;
import app.contactshield.graphsync.store.ContactStore;
import app.contactshield.graphsync.store.StoreException;
import app.contactshield.graphsync.store.StoreFiles;
import app.contactshield.graphsync.store.StoreOpener;
import app.contactshield.graphsync.sync.SyncException;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import picocli.CommandLine.Command;

/**
 * {@code doctor}: what support needs to know, and nothing personal: folders, encryption, where the key is, cursor
 * ages and counts per source. Never a name, a number or an address.
 */
@Command(name = "doctor", mixinStandardHelpOptions = true,
        description = "Check the data directory, encryption, key store, sign-in, sources and counts (no personal "
                + "data).",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:the report was printed", "1:the data directory or the store cannot be used (said on stderr)",
            "2:wrong usage"})
public final class DoctorCommand extends StoreCommand {

    /** A command that asks for secrets on the terminal. */
    public DoctorCommand() {
        this(null);
    }

    /** A command that asks for secrets through the given prompt (tests, the desktop app). */
    public DoctorCommand(KeyVaults.SecretPrompt prompt) {
        super(prompt);
    }

    @Override
    public Integer call() {
        PrintWriter out = out();
        PrintWriter err = err();
        DataDirectory dir = dataDir().resolve();
        EffectiveSettings settings = EffectiveSettings.load(dir.path());
        line(out, "Data directory", dir + (Files.isDirectory(dir.path()) ? "" : " (not created yet)"));
        dir.openToOthers().ifPresent(permissions -> line(out, "Warning", "other users may read or write in the "
                + "data directory (" + permissions + "); the store files stay owner-only, but use a folder of your "
                + "own or run: chmod 700 " + dir));
        line(out, "Tenant", settings.hasTenant() ? "configured" + (settings.isLocked(
                app.contactshield.graphsync.policy.PolicyKey.TENANT_ID) ? " by the organisation's policy" : "")
                : "not configured (demo data only)");
        line(out, "Sign-in", SignInStatus.describe(dir, settings));
        line(out, "Default region", StoreOrigin.regionInForce(settings));
        ProblemReport problems = settings.problemReport();
        for (PolicyProblem problem : problems.shown()) {
            line(out, settings.problemLabel(problem), problem.toString());
        }
        problems.moreLine().ifPresent(more -> line(out, "More problems", more));
        Path database = StoreFiles.databaseFile(dir.path());
        if (Files.exists(database) && !Files.isRegularFile(database)) {
            line(out, "Store", database + " is not a store file");
            out.flush();
            try {
                StoreOpener.requireStoreFile(dir.path());
            } catch (StoreException e) {
                err.println(CliText.describe(e));
            }
            return 1;
        }
        if (!Files.isRegularFile(database)) {
            line(out, "Store", StoreOrigin.firstSync(settings));
            line(out, "Key store", KeyVaults.describeExisting(dir.path()).orElse("no key yet"));
            out.flush();
            return 0;
        }
        line(out, "Store", database.getFileName() + ", " + size(database)
                + ", encrypted (H2 CIPHER=AES, 256-bit random key; no trace file)");
        line(out, "Key store", KeyVaults.describeExisting(dir.path()).orElse("key missing"));
        try (StoreSession session = StoreSession.inspect(dir, settings, secrets())) {
            report(out, session.store(), settings);
            out.flush();
            return 0;
        } catch (SyncException e) {
            err.println(CliText.describe(e));
            return 1;
        }
    }

    private static void report(PrintWriter out, ContactStore store, EffectiveSettings settings)
            throws SyncException {
        Map<SourceId, Integer> counts = new TreeMap<>(java.util.Comparator.comparing(SourceId::value));
        counts.putAll(store.recordCounts());
        settings.enabledSources().forEach(source -> counts.putIfAbsent(source, 0));
        String region = StoreOrigin.numberRegion(store, settings, counts.keySet());
        Map<SourceId, Integer> unusable = new NumberDiagnostics(new PhoneNormalizer(region))
                .unusableCountsBySource(store);
        out.printf(Locale.ROOT, "%-20s %9s %16s %18s%n", "Source", "Records", "Cursor age", "Unusable numbers");
        Instant now = Instant.now();
        for (Map.Entry<SourceId, Integer> entry : counts.entrySet()) {
            Optional<Instant> committed = store.cursorCommittedAt(entry.getKey());
            out.printf(Locale.ROOT, "%-20s %,9d %16s %,18d%n", entry.getKey().value(), entry.getValue(),
                    committed.map(at -> age(Duration.between(at, now))).orElse("never synced"),
                    unusable.getOrDefault(entry.getKey(), 0));
        }
        line(out, "People (consolidated)", PeopleSummary.describe(store.people().size(), counts));
        line(out, "Favourites", PeopleSummary.count(store.favourites().size()));
        line(out, "Calls in history", PeopleSummary.count(store.recentCalls(Integer.MAX_VALUE).size()));
        line(out, "Caller index", CallerIndex.build(store).memorySummary());
        StoreOrigin.describe(store, settings, counts.keySet()).forEach((label, text) -> line(out, label, text));
    }

    private static void line(PrintWriter out, String label, String value) {
        out.printf(Locale.ROOT, "%-22s %s%n", label + ":", value);
    }

    static String age(Duration age) {
        if (age.toMinutes() < 1) {
            return age.toSeconds() + " s";
        }
        if (age.toHours() < 1) {
            return age.toMinutes() + " min";
        }
        if (age.toDays() < 1) {
            return age.toHours() + " h";
        }
        return age.toDays() + " days";
    }

    private static String size(Path file) {
        try {
            return String.format(Locale.ROOT, "%.1f MB", Files.size(file) / 1_048_576.0);
        } catch (IOException e) {
            return "size unknown";
        }
    }
}
