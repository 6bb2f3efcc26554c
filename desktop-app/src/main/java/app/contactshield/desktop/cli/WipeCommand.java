package app.contactshield.desktop.cli;

import app.contactshield.graphsync.home.DataDirectory;
import app.contactshield.graphsync.auth.TokenCaches;
import app.contactshield.graphsync.keys.KeyVaults;
import app.contactshield.graphsync.store.StoreFiles;
import app.contactshield.graphsync.sync.SyncException;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code wipe}: deletes the store (and any store set aside), its key and the cached sign-in (the keyring entry on
 * Linux and macOS as well as the files), and says what.
 */
@Command(name = "wipe", mixinStandardHelpOptions = true,
        description = "Delete the encrypted store, its key and the cached sign-in tokens.")
public final class WipeCommand implements Callable<Integer> {

    @Mixin
    private DataDirOption dataDir;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        DataDirectory dir = dataDir.resolve();
        List<String> deleted = new ArrayList<>();
        try {
            deleted.addAll(deleteStoreFiles(dir.path()));
            Optional<String> key = KeyVaults.deleteExisting(dir.path());
            key.ifPresent(where -> deleted.add("the store key in " + where));
            deleted.addAll(new TokenCaches().delete(dir.path().resolve(TenantSession.TOKEN_DIR)));
        } catch (SyncException | IOException e) {
            err.println("Wiping stopped: " + e.getMessage());
            deleted.forEach(item -> err.println("Deleted before that: " + item));
            return 1;
        }
        if (deleted.isEmpty()) {
            out.println("Nothing to delete in " + dir + ".");
        } else {
            deleted.forEach(item -> out.println("Deleted " + item));
        }
        out.flush();
        return 0;
    }

    private static List<String> deleteStoreFiles(Path dir) throws IOException {
        List<String> deleted = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            return deleted;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, StoreFiles.DATABASE_NAME + "*")) {
            for (Path file : files) {
                if (Files.isRegularFile(file)) {
                    Files.delete(file);
                    deleted.add("the store file " + file);
                }
            }
        }
        return deleted;
    }
}
