package app.contactshield.desktop.cli;

import app.contactshield.graphsync.consolidate.Consolidator;
import app.contactshield.graphsync.consolidate.SourcePrecedence;
import app.contactshield.graphsync.home.DataDirectory;
import app.contactshield.graphsync.keys.KeyVaults;
import app.contactshield.graphsync.keys.StoreKeyVault;
import app.contactshield.graphsync.policy.EffectiveSettings;
import app.contactshield.graphsync.store.ContactStore;
import app.contactshield.graphsync.store.StoreException;
import app.contactshield.graphsync.store.StoreFiles;
import app.contactshield.graphsync.store.StoreLock;
import app.contactshield.graphsync.store.StoreOpener;
import app.contactshield.graphsync.sync.SyncException;
import java.time.Clock;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;

/**
 * The encrypted store of a data directory, opened with the key from the OS key store (or a passphrase the user gives
 * when there is none). Whoever opens a session closes it.
 */
public final class StoreSession implements AutoCloseable {
    private final ContactStore store;
    private final String keyStore;
    private final Optional<StoreOpener.RecoveryNotice> recoveryNotice;

    private StoreSession(ContactStore store, String keyStore, Optional<StoreOpener.RecoveryNotice> recoveryNotice) {
        this.store = store;
        this.keyStore = keyStore;
        this.recoveryNotice = recoveryNotice;
    }

    /**
     * Opens (creating on first use) the store of a data directory. The key is found or made and the store checked and
     * opened under the data directory's {@link StoreLock}, so that another process that is doing the same is told
     * the store is in use rather than judging a store that is still being made. A store whose key is missing is set
     * aside unchanged and a new one made, and the notice says so.
     *
     * @param dir      the data directory
     * @param settings the settings in force (PIN policy, source precedence)
     * @param prompt   asks for a passphrase or PIN where one is needed
     */
    public static StoreSession open(DataDirectory dir, EffectiveSettings settings, KeyVaults.SecretPrompt prompt)
            throws StoreException {
        try {
            dir.ensureExists();
        } catch (java.io.UncheckedIOException e) {
            throw new StoreException("store.error.dataDir", "The data directory " + dir + " cannot be created or "
                    + "made private to you: " + FileProblem.reason(e.getCause(), dir.path()) + ". A sync and the app "
                    + "need it writable: make it writable or choose another with --data-dir or "
                    + DataDirectory.ENV, e);
        }
        try (StoreLock lock = StoreLock.exclusive(dir.path())) {
            StoreKeyVault vault = KeyVaults.choose(dir.path(), settings.requirePin(), prompt);
            Optional<StoreOpener.RecoveryNotice> keyMissing = Optional.empty();
            Optional<byte[]> existing = vault.load();
            if (existing.isEmpty()) {
                keyMissing = StoreOpener.setAsideWithoutKey(dir.path(), Clock.systemUTC(),
                        KeyVaults.missingKey(dir.path(), vault));
            }
            byte[] key = existing.isPresent() ? existing.get() : vault.loadOrCreate();
            try {
                Consolidator consolidator = new Consolidator(new SourcePrecedence(settings.sourcePrecedence()));
                StoreOpener.Opened opened = StoreOpener.open(dir.path(), key, consolidator, Clock.systemUTC());
                return new StoreSession(opened.store(), vault.describe(), keyMissing.or(opened::recovery));
            } finally {
                Arrays.fill(key, (byte) 0);
            }
        }
    }

    /**
     * Opens the store of a data directory to look at it, changing nothing: no folder, store or key is made, nothing
     * is migrated or set aside; no store yet, a damaged store or a missing key is reported with what the next sync or
     * app start will do.
     */
    public static StoreSession inspect(DataDirectory dir, EffectiveSettings settings, KeyVaults.SecretPrompt prompt)
            throws StoreException {
        StoreOpener.requireStoreFile(dir.path());
        StoreKeyVault vault = KeyVaults.choose(dir.path(), settings.requirePin(), prompt);
        byte[] key = vault.load().orElseThrow(() -> new StoreException("store.error.keyMissing", "the key of the "
                + "contact store " + StoreFiles.databaseFile(dir.path()) + " is missing: " + KeyVaults.missingKey(
                dir.path(), vault) + ". Without its key nobody can read the store: unless the key comes back (the "
                + "keyring it was in, a backup of it), the favourites, notes and call history in it are lost. The "
                + "contacts themselves are not: the next sync or app start sets the store aside unchanged, makes a "
                + "new one with a new key and downloads the contacts again"));
        try {
            Consolidator consolidator = new Consolidator(new SourcePrecedence(settings.sourcePrecedence()));
            StoreOpener.Opened opened = StoreOpener.open(dir.path(), key, consolidator, Clock.systemUTC(),
                    StoreOpener.OnDamage.REPORT);
            return new StoreSession(opened.store(), vault.describe(), Optional.empty());
        } finally {
            Arrays.fill(key, (byte) 0);
        }
    }

    /**
     * The sentence for a failure of a command that used the store; a read that found the store damaged is noted, so
     * that the next sync or app start sets the store aside and rebuilds it.
     */
    static String failure(DataDirectory dir, SyncException e) {
        if (e instanceof StoreException store && store.damaged()) {
            try {
                StoreOpener.markDamaged(dir.path(), e.getMessage());
                return CliText.describe(e) + " The next sync or app start sets it aside (with the favourites, notes "
                        + "and call history it holds) and downloads the contacts again.";
            } catch (StoreException notNoted) {
                return CliText.describe(e) + " " + CliText.describe(notNoted);
            }
        }
        return CliText.describe(e);
    }

    /** The open store. */
    public ContactStore store() {
        return store;
    }

    /** Where the key is kept, in words. */
    public String keyStore() {
        return keyStore;
    }

    /** The sentence to show when an unreadable store was set aside and rebuilt. */
    public Optional<String> recoveryNotice() {
        return recoveryNotice.map(StoreOpener.RecoveryNotice::message);
    }

    /** Where an unreadable store was set aside when this opening rebuilt it. */
    public Optional<Path> setAsideAs() {
        return recoveryNotice.map(StoreOpener.RecoveryNotice::movedTo);
    }

    @Override
    public void close() {
        store.close();
    }
}
