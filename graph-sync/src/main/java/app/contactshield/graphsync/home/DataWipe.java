package app.contactshield.graphsync.home;

import app.contactshield.graphsync.keys.KeyVaults;
import app.contactshield.graphsync.store.StoreException;
import app.contactshield.graphsync.store.StoreFiles;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Deletes the encrypted store (including stores set aside as unreadable) and its key, and says what it deleted.
 * The store must be closed first. Token caches belong to sign-in and are deleted there. Runs on the calling thread.
 */
public final class DataWipe {

    private DataWipe() {
    }

    /**
     * Deletes the store files in {@code dataDir} and the store key wherever {@link KeyVaults} keeps it.
     *
     * @return one line per deleted item, for {@code wipe} to print
     */
    public static List<String> wipe(Path dataDir) throws StoreException {
        List<String> deleted = new ArrayList<>();
        KeyVaults.KeyDeletion key = KeyVaults.deleteExisting(dataDir);
        key.deletedFrom().ifPresent(where -> deleted.add("store key in " + where));
        if (!key.notDeleted().isEmpty()) {
            Path file = key.notDeleted().keySet().iterator().next();
            throw new StoreException("store.error.wipe", "Deleting " + file + ", which belongs to the store key, "
                    + "failed" + key.deletedFrom().map(where -> " (the key in " + where + " was deleted)").orElse(""),
                    key.notDeleted().get(file));
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dataDir, StoreFiles.DATABASE_NAME + "*")) {
            for (Path file : files) {
                if (Files.isRegularFile(file)) {
                    Files.delete(file);
                    deleted.add("encrypted store file " + file);
                }
            }
        } catch (IOException e) {
            throw new StoreException("store.error.wipe", "Deleting the store files in " + dataDir + " failed", e);
        }
        return deleted;
    }
}
