package app.contactshield.graphsync.store;

import app.contactshield.graphsync.consolidate.Consolidator;
import app.contactshield.graphsync.consolidate.SourcePrecedence;
import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.h2.api.ErrorCode;
import org.h2.jdbcx.JdbcDataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Opens the encrypted store in a data directory. A damaged store (one that cannot be read with the key, opened or
 * migrated) is renamed aside with a timestamp and a fresh store is created, so the next sync rebuilds the contacts;
 * the result then carries a {@link RecoveryNotice} naming the local-only data left in the file set aside. A store
 * that is merely in use by another process is never moved. Runs on the calling thread; the caller closes the
 * returned store.
 */
public final class StoreOpener {
    /**
     * The highest migration version shipped ({@code db/migration} with V1, V4 and V5, {@link V2__CallerChunks} and
     * {@link V3__RecordKeys}); a store at this version skips Flyway.
     */
    static final String LATEST_SCHEMA_VERSION = "5";
    /**
     * The page cache the store opens with, in KB ({@code CACHE_SIZE}): enough for a first sync of a big tenant. It
     * holds 55–60 MB once a whole store was read; {@link H2ContactStore#useCacheSize} changes it while open.
     */
    public static final int WRITE_CACHE_KB = 65_536;
    /** Length of the store key in bytes (256 bits). */
    public static final int KEY_BYTES = 32;

    private static final Logger LOG = LoggerFactory.getLogger(StoreOpener.class);
    private static final String USER = "contactshield";
    /**
     * H2 errors that mean the file cannot be read with this key. Anything else (the file is in use by another
     * process, the disk is full, memory ran out) leaves the store where it is, so local-only data is never given up
     * for a passing problem.
     */
    private static final Set<Integer> UNREADABLE = Set.of(ErrorCode.FILE_ENCRYPTION_ERROR_1,
            ErrorCode.WRONG_USER_OR_PASSWORD, ErrorCode.FILE_CORRUPTED_1, ErrorCode.FILE_VERSION_ERROR_1,
            ErrorCode.GENERAL_ERROR_1);
    /** H2 errors that, once the file is open, only damage explains: its pages do not decode. */
    private static final Set<Integer> DAMAGE = Set.of(ErrorCode.FILE_CORRUPTED_1, ErrorCode.GENERAL_ERROR_1);
    /** How many stores may be set aside within one second before giving up. */
    private static final int MAX_ASIDE_NAMES = 1_000;
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);

    private StoreOpener() {
    }

    /**
     * The opened store and, when the old store had to be set aside, the notice to show the user.
     *
     * @param store    the open store; the caller closes it
     * @param recovery present when an unreadable store was moved aside and a fresh one created
     */
    public record Opened(H2ContactStore store, Optional<RecoveryNotice> recovery) {
    }

    /**
     * Tells the user that the store was rebuilt.
     *
     * @param movedTo  where the unreadable file now is
     * @param damage   what was wrong with it, in words
     * @param message  the sentence to show, naming the lost local-only data
     */
    public record RecoveryNotice(Path movedTo, String damage, String message) {
    }

    /** What to do with a store that turns out damaged. */
    public enum OnDamage {
        /** Set it aside under a dated name and create a fresh store (sync, identify, the app). */
        SET_ASIDE,
        /**
         * Change nothing: open read-only and, when the store is damaged, throw a {@link StoreException} that says what
         * the next sync or app start will do (doctor).
         */
        REPORT
    }

    /** Opens with the default source precedence and the system clock. */
    public static Opened open(Path dataDir, byte[] key) throws StoreException {
        return open(dataDir, key, new Consolidator(SourcePrecedence.DEFAULT), Clock.systemUTC());
    }

    /** Opens, setting a damaged store aside; see {@link #open(Path, byte[], Consolidator, Clock, OnDamage)}. */
    public static Opened open(Path dataDir, byte[] key, Consolidator consolidator, Clock clock)
            throws StoreException {
        return open(dataDir, key, consolidator, clock, OnDamage.SET_ASIDE);
    }

    /**
     * Opens (creating when absent) the store in {@code dataDir} with a 256-bit key. One rule for every kind of damage
     * (a file that is truncated, overwritten, not a store at all, unreadable with the key, or that cannot be
     * migrated, or one marked damaged by {@link #markDamaged} after a failed read): it is kept aside under a dated
     * name and a fresh store is created, or, with {@link OnDamage#REPORT}, reported without a change.
     *
     * @throws StoreException when the key has the wrong length, another process holds the store, the store is
     *                        damaged and {@code onDamage} is {@link OnDamage#REPORT}, or no store can be created
     */
    public static Opened open(Path dataDir, byte[] key, Consolidator consolidator, Clock clock, OnDamage onDamage)
            throws StoreException {
        if (key == null || key.length != KEY_BYTES) {
            throw new StoreException("store.error.key", "The store key must be " + KEY_BYTES + " bytes; got "
                    + (key == null ? "none" : key.length + " bytes"));
        }
        if (onDamage == OnDamage.REPORT) {
            requireStoreFile(dataDir);
            Optional<StoreLock> lock = StoreLock.shared(dataDir);
            try {
                return openLocked(dataDir, key, consolidator, clock, onDamage);
            } finally {
                lock.ifPresent(StoreLock::close);
            }
        }
        prepare(dataDir);
        try (StoreLock lock = StoreLock.exclusive(dataDir)) {
            return openLocked(dataDir, key, consolidator, clock, onDamage);
        }
    }

    /**
     * Says why there is no store file to read: none was made yet, or something else stands where it belongs.
     *
     * @throws StoreException {@code store.error.noStore} or {@code store.error.notAFile}
     */
    public static void requireStoreFile(Path dataDir) throws StoreException {
        Path file = StoreFiles.databaseFile(dataDir);
        if (Files.isRegularFile(file)) {
            return;
        }
        if (Files.exists(file)) {
            throw notAFile(file);
        }
        throw new StoreException("store.error.noStore", "there is no contact store in " + dataDir + " yet ("
                + file.getFileName() + " does not exist)");
    }

    private static StoreException notAFile(Path file) {
        return new StoreException("store.error.notAFile", file + " is " + (Files.isDirectory(file) ? "a folder"
                : "not a regular file") + " where the contact store file belongs; nothing was changed: move it "
                + "away (or delete it if it holds nothing you need), then sync again");
    }

    private static Opened openLocked(Path dataDir, byte[] key, Consolidator consolidator, Clock clock,
            OnDamage onDamage) throws StoreException {
        Path file = StoreFiles.databaseFile(dataDir);
        if (Files.exists(file) && !Files.isRegularFile(file)) {
            throw notAFile(file);
        }
        Optional<String> damage = Files.exists(file) ? StoreFiles.damage(dataDir) : Optional.empty();
        if (damage.isEmpty()) {
            try {
                H2ContactStore store = connect(dataDir, key, consolidator, clock, onDamage);
                return new Opened(onDamage == OnDamage.REPORT ? store : restricted(dataDir, store), Optional.empty());
            } catch (SQLException e) {
                if (e.getErrorCode() == ErrorCode.DATABASE_ALREADY_OPEN_1) {
                    throw new StoreException("store.error.inUse", "another Contact Shield process holds " + file
                            + " open (H2 error " + e.getErrorCode() + ")", e);
                }
                if (!UNREADABLE.contains(e.getErrorCode()) || !Files.exists(file)) {
                    throw new StoreException("store.error.open", "Opening the contact store in " + dataDir
                            + " failed (H2 error " + e.getErrorCode() + ")", e);
                }
                damage = Optional.of("it cannot be read with its key (H2 error " + e.getErrorCode() + ")");
            } catch (Damaged e) {
                damage = Optional.of(e.getMessage());
            } catch (Outdated e) {
                throw new StoreException("store.error.outdated", e.getMessage());
            }
        }
        if (onDamage == OnDamage.REPORT) {
            throw new StoreException("store.error.damaged", "the contact store " + file + " is damaged: "
                    + damage.get() + "; the next sync or app start sets it aside as " + asideName(clock)
                    + " (with the favourites, notes and call history it holds) and downloads the contacts again");
        }
        return setAsideAndCreate(dataDir, key, consolidator, clock, damage.get());
    }

    /**
     * Sets aside a store whose key is gone, so that a fresh store can be made with a new key; the file is kept
     * unchanged, so that it opens again should its key come back.
     *
     * @param keyMissing where the key was looked for and not found, in words
     * @return the notice to show the user; empty when there was no store to set aside
     * @throws StoreException when the store is in use by another process or cannot be moved
     */
    public static Optional<RecoveryNotice> setAsideWithoutKey(Path dataDir, Clock clock, String keyMissing)
            throws StoreException {
        try (StoreLock lock = StoreLock.exclusive(dataDir)) {
            Path file = StoreFiles.databaseFile(dataDir);
            if (!Files.exists(file)) {
                return Optional.empty();
            }
            if (!Files.isRegularFile(file)) {
                throw notAFile(file);
            }
            Path movedTo = moveAside(dataDir, clock);
            String message = "The key of the contact store is missing (" + keyMissing + "), and without it the store "
                    + "cannot be read by anyone, so it was set aside unchanged as " + movedTo + ". The favourites, "
                    + "notes and call history it held stay locked in that file; should the key come back (the "
                    + "keyring it was in, a backup of it), that file opens again when it is moved back in place. "
                    + "A new store with a new key was made, and the next sync downloads your contacts again.";
            return Optional.of(new RecoveryNotice(movedTo, "its key is missing: " + keyMissing, message));
        }
    }

    private static Opened setAsideAndCreate(Path dataDir, byte[] key, Consolidator consolidator, Clock clock,
            String damage) throws StoreException {
        Path movedTo = moveAside(dataDir, clock);
        try {
            H2ContactStore fresh = restricted(dataDir, connect(dataDir, key, consolidator, clock,
                    OnDamage.SET_ASIDE));
            String message = "The contact store was damaged (" + damage + ") and was set aside as " + movedTo
                    + "; the favourites, notes and call history it held stay in that file, not in the new store, "
                    + "and the next sync downloads your contacts again.";
            return new Opened(fresh, Optional.of(new RecoveryNotice(movedTo, damage, message)));
        } catch (SQLException | Damaged again) {
            throw new StoreException("store.error.open", "Creating a fresh contact store in " + dataDir
                    + " failed (" + again.getMessage() + ")", again);
        }
    }

    /**
     * Notes that a read of the store failed in a way only damage explains, so that the next {@link #open} sets it
     * aside (or reports it). The store must be closed, or be closed before it is opened again.
     *
     * @param reason what failed, without personal data
     */
    public static void markDamaged(Path dataDir, String reason) throws StoreException {
        try {
            Files.writeString(StoreFiles.damageMarker(dataDir), reason);
        } catch (IOException e) {
            throw new StoreException("store.error.write", "Cannot note that the store in " + dataDir
                    + " is damaged", e);
        }
        LOG.warn("Contact store marked damaged");
    }

    private static void prepare(Path dataDir) throws StoreException {
        try {
            StoreFiles.prepareDirectory(dataDir);
        } catch (IOException e) {
            throw new StoreException("store.error.open", "The data directory " + dataDir
                    + " could not be created or restricted to its owner", e);
        }
    }

    /** Store files are owner-only from the moment the store is handed out; the directory already was. */
    private static H2ContactStore restricted(Path dataDir, H2ContactStore store) throws StoreException {
        try {
            StoreFiles.restrictFiles(dataDir);
            return store;
        } catch (IOException e) {
            store.close();
            throw new StoreException("store.error.open", "The store files in " + dataDir
                    + " could not be restricted to their owner", e);
        }
    }

    private static H2ContactStore connect(Path dataDir, byte[] key, Consolidator consolidator, Clock clock,
            OnDamage onDamage) throws SQLException, Damaged {
        boolean existing = Files.exists(StoreFiles.databaseFile(dataDir));
        String url = url(dataDir) + (onDamage == OnDamage.REPORT ? ";ACCESS_MODE_DATA=r" : "");
        Connection writer = org.h2.Driver.load().connect(url, credentials(key));
        Connection reader = null;
        try {
            String version = schemaVersion(writer);
            if (version == null && existing) {
                throw new Damaged("the file holds no contact store");
            }
            if (onDamage == OnDamage.SET_ASIDE && !LATEST_SCHEMA_VERSION.equals(version)) {
                migrate(url, key);
            } else if (!LATEST_SCHEMA_VERSION.equals(version)) {
                throw new Outdated(version);
            }
            reader = org.h2.Driver.load().connect(url, credentials(key));
            return new H2ContactStore(writer, reader, consolidator, clock);
        } catch (SQLException e) {
            close(reader, writer);
            if (DAMAGE.contains(e.getErrorCode())) {
                throw new Damaged("reading it failed (H2 error " + e.getErrorCode() + ")");
            }
            throw e;
        } catch (FlywayException e) {
            close(reader, writer);
            throw new Damaged("its tables could not be brought up to date (" + e.getClass().getSimpleName() + ")");
        } catch (Damaged | RuntimeException e) {
            close(reader, writer);
            throw e;
        }
    }

    /**
     * A store of an older schema, met where nothing may change: reading it with this version's queries could fail
     * in ways that look like damage, so it is not read.
     */
    private static final class Outdated extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Outdated(String version) {
            super("the contact store was written by an earlier version of Contact Shield (schema version " + version
                    + ", this version reads " + LATEST_SCHEMA_VERSION + "); the next sync or app start brings it up "
                    + "to date, then try again");
        }
    }

    private static void close(Connection reader, Connection writer) throws SQLException {
        if (reader != null) {
            reader.close();
        }
        writer.close();
    }

    /**
     * The JDBC URL: AES file encryption, no trace file, results streamed rather than spilled to temporary files,
     * and no page compression: H2's {@code COMPRESS=TRUE} forces 64 KB B-tree pages, so every commit of a page of
     * records rewrote (compressed and encrypted) most leaves of the randomly keyed indexes, which made a first sync
     * quadratic in the store's size.
     */
    static String url(Path dataDir) {
        return "jdbc:h2:file:" + StoreFiles.databaseBase(dataDir).toAbsolutePath()
                + ";CIPHER=AES;TRACE_LEVEL_FILE=0;LAZY_QUERY_EXECUTION=TRUE;CACHE_SIZE=" + WRITE_CACHE_KB
                // A commit is written before it returns, so a full disk fails the page instead of a later flush.
                + ";WRITE_DELAY=0"
                // Each commit leaves superseded chunks behind; closing may spend up to 3 s moving live data together
                // (in place, encrypted), which keeps a synced store about a third of the size.
                + ";MAX_COMPACT_TIME=3000";
    }

    private static Properties credentials(byte[] key) {
        Properties properties = new Properties();
        properties.put("user", USER);
        properties.put("password", password(key));
        return properties;
    }

    /** H2 takes "filePassword userPassword"; both are the key's hex form. */
    private static char[] password(byte[] key) {
        char[] hex = HexFormat.of().formatHex(key).toCharArray();
        char[] both = new char[hex.length * 2 + 1];
        System.arraycopy(hex, 0, both, 0, hex.length);
        both[hex.length] = ' ';
        System.arraycopy(hex, 0, both, hex.length + 1, hex.length);
        Arrays.fill(hex, '0');
        return both;
    }

    private static void migrate(String url, byte[] key) {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL(url);
        dataSource.setUser(USER);
        dataSource.setPasswordChars(password(key));
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration")
                .javaMigrations(new V2__CallerChunks(), new V3__RecordKeys()).load().migrate();
    }

    private static String schemaVersion(Connection connection) throws SQLException {
        try (PreparedStatement exists = connection.prepareStatement("SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLES "
                + "WHERE TABLE_SCHEMA = 'PUBLIC' AND TABLE_NAME = 'flyway_schema_history'");
                ResultSet rs = exists.executeQuery()) {
            rs.next();
            if (rs.getInt(1) == 0) {
                return null;
            }
        }
        try (PreparedStatement select = connection.prepareStatement("SELECT \"version\" FROM "
                + "\"flyway_schema_history\" WHERE \"success\" AND \"version\" IS NOT NULL "
                + "ORDER BY \"installed_rank\" DESC LIMIT 1");
                ResultSet rs = select.executeQuery()) {
            return rs.next() ? rs.getString(1) : null;
        }
    }

    private static String asideName(Clock clock) {
        return StoreFiles.DATABASE_NAME + "-unreadable-" + STAMP.format(clock.instant()) + StoreFiles.DATABASE_SUFFIX;
    }

    /**
     * Moves the store aside under a dated name that no earlier set-aside has: the name is first claimed by creating
     * an empty file (which fails when it exists), then the store replaces that file in one rename.
     */
    private static Path moveAside(Path dataDir, Clock clock) throws StoreException {
        Path file = StoreFiles.databaseFile(dataDir);
        Path target = claimAsideName(dataDir, clock);
        try {
            Files.move(file, target, StandardCopyOption.ATOMIC_MOVE);
            Files.deleteIfExists(StoreFiles.damageMarker(dataDir));
        } catch (IOException e) {
            deleteQuietly(target);
            throw new StoreException("store.error.open", "The contact store " + file
                    + " could not be moved aside to " + target.getFileName(), e);
        }
        LOG.warn("Contact store unreadable; moved aside and recreating");
        return target;
    }

    private static Path claimAsideName(Path dataDir, Clock clock) throws StoreException {
        String name = asideName(clock);
        String base = name.substring(0, name.length() - StoreFiles.DATABASE_SUFFIX.length());
        for (int n = 1; n <= MAX_ASIDE_NAMES; n++) {
            Path target = dataDir.resolve(n == 1 ? name : base + "-" + n + StoreFiles.DATABASE_SUFFIX);
            try {
                return Files.createFile(target);
            } catch (FileAlreadyExistsException taken) {
                // An earlier set-aside in the same second has this name; try the next.
            } catch (IOException e) {
                throw new StoreException("store.error.open", "The contact store in " + dataDir + " could not be "
                        + "moved aside: " + target.getFileName() + " cannot be created", e);
            }
        }
        throw new StoreException("store.error.open", "The contact store in " + dataDir + " could not be moved aside: "
                + MAX_ASIDE_NAMES + " stores were already set aside in the same second");
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.debug("An empty placeholder for a store set aside stays behind", e);
        }
    }

    /** The store is damaged; the message says how, without personal data. */
    private static final class Damaged extends Exception {
        private static final long serialVersionUID = 1L;

        Damaged(String message) {
            super(message);
        }
    }
}
