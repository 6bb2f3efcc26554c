package app.contactshield.graphsync.keys;

import app.contactshield.graphsync.home.OwnerOnly;
import app.contactshield.graphsync.store.StoreException;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;

/**
 * Where the key of a data directory's store is kept, written beside the store when the key is made (or first read),
 * so that a later run without that key store says so instead of making a new key. Holds no secret.
 *
 * @param holder     which key store holds the key
 * @param pinWrapped whether the key there is additionally wrapped with the user's PIN
 */
public record KeyRecord(Holder holder, boolean pinWrapped) {
    /** The file name inside the data directory. */
    public static final String FILE_NAME = "store-key.location";

    /** Which key store holds the key. */
    public enum Holder {
        /** The operating system's key store (Secret Service, Keychain, DPAPI). */
        OS_KEY_STORE,
        /** A passphrase-wrapped key file in the data directory. */
        PASSPHRASE_FILE
    }

    /** The record of a data directory; empty when there is none or it cannot be read. */
    public static Optional<KeyRecord> read(Path dataDir) {
        Path file = dataDir.resolve(FILE_NAME);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
            Holder holder = Holder.valueOf(properties.getProperty("holder", "").toUpperCase(Locale.ROOT));
            return Optional.of(new KeyRecord(holder, Boolean.parseBoolean(properties.getProperty("pinWrapped"))));
        } catch (IOException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** Writes this record into a data directory, replacing an earlier one. */
    void write(Path dataDir) throws StoreException {
        Properties properties = new Properties();
        properties.setProperty("holder", holder.name().toLowerCase(Locale.ROOT));
        properties.setProperty("pinWrapped", Boolean.toString(pinWrapped));
        Path file = dataDir.resolve(FILE_NAME);
        try (Writer writer = Files.newBufferedWriter(OwnerOnly.emptyFile(file), StandardCharsets.UTF_8)) {
            properties.store(writer, "Where the Contact Shield store key is kept (no secret)");
        } catch (IOException e) {
            throw new StoreException("store.error.diskFull", "Cannot write " + file, e);
        }
    }

    /** Deletes the record of a data directory. */
    static void delete(Path dataDir) throws StoreException {
        Path file = dataDir.resolve(FILE_NAME);
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new StoreException("store.error.keyFile", "Cannot delete " + file, e);
        }
    }
}
