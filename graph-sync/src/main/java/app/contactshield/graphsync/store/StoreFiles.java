package app.contactshield.graphsync.store;

import java.nio.file.Path;

/**
 * Names the files of the encrypted store inside the data directory. Stateless.
 */
public final class StoreFiles {
    /** The base name H2 is given; H2 appends {@code .mv.db}. */
    public static final String DATABASE_NAME = "contacts";
    /** The suffix H2 gives the database file. */
    public static final String DATABASE_SUFFIX = ".mv.db";

    private StoreFiles() {
    }

    /** The path H2 is given for the store in {@code dataDir} (without suffix). */
    public static Path databaseBase(Path dataDir) {
        return dataDir.resolve(DATABASE_NAME);
    }

    /** The database file itself. */
    public static Path databaseFile(Path dataDir) {
        return dataDir.resolve(DATABASE_NAME + DATABASE_SUFFIX);
    }
}
