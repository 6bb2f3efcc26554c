package app.contactshield.desktop.cli;

import app.contactshield.desktop.ui.DemoFavourites;
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
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code wipe}: deletes the store (and any store set aside), its key and the cached sign-in (the keyring entry on
 * Linux and macOS as well as the files), and says what. What cannot be deleted is named with the reason, the rest is
 * still deleted (without its key a surviving store can no longer be opened), and the command exits with 1.
 */
@Command(name = "wipe", mixinStandardHelpOptions = true,
        description = "Delete the encrypted store, its key and the cached sign-in tokens.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:everything was deleted (or there was nothing to delete)",
            "1:something could not be deleted; each such item is named with the reason",
            "2:wrong usage"})
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
        List<String> failed = new ArrayList<>();
        try {
            KeyVaults.KeyDeletion key = KeyVaults.deleteExisting(dir.path());
            key.deletedFrom().ifPresent(where -> deleted.add("the store key in " + where));
            key.notDeleted().forEach((file, e) -> failed.add("the file " + file + " (it belongs to the store key "
                    + "and holds no secret): " + FileProblem.reason(e, file)));
        } catch (SyncException e) {
            failed.add(FileProblem.describe("the store key", e));
        }
        deleteStoreFiles(dir.path(), deleted, failed);
        try {
            deleted.addAll(new TokenCaches().delete(dir.path().resolve(TenantSession.TOKEN_DIR)));
        } catch (SyncException e) {
            failed.add(FileProblem.describe("the cached sign-in", e));
        }
        deleted.forEach(item -> out.println("Deleted " + item));
        if (deleted.isEmpty() && failed.isEmpty()) {
            out.println("Nothing to delete in " + dir + ".");
        }
        out.flush();
        failed.forEach(problem -> err.println("Not deleted: " + problem));
        err.flush();
        return failed.isEmpty() ? 0 : 1;
    }

    private static void deleteStoreFiles(Path dir, List<String> deleted, List<String> failed) {
        if (!Files.isDirectory(dir)) {
            return;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, StoreFiles.DATABASE_NAME + "*")) {
            for (Path file : files) {
                if (!Files.isRegularFile(file)) {
                    continue;
                }
                try {
                    Files.delete(file);
                    deleted.add("the store file " + file);
                } catch (IOException e) {
                    failed.add("the store file " + file + ": " + FileProblem.reason(e, file));
                }
            }
        } catch (IOException e) {
            failed.add("the store files in " + dir + ": " + FileProblem.reason(e, dir));
        }
        Path demoFavourites = dir.resolve(DemoFavourites.FILE);
        try {
            if (Files.deleteIfExists(demoFavourites)) {
                deleted.add("the demo favourites " + demoFavourites);
            }
        } catch (IOException e) {
            failed.add("the demo favourites " + demoFavourites + ": " + FileProblem.reason(e, demoFavourites));
        }
    }
}
