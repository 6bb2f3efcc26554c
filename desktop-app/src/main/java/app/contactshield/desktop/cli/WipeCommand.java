package app.contactshield.desktop.cli;

import app.contactshield.graphsync.home.DataDirectory;
import app.contactshield.graphsync.keys.KeyVaults;
import app.contactshield.graphsync.store.StoreException;
import app.contactshield.graphsync.store.StoreFiles;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code wipe}: deletes the store (and any store set aside), its key and the cached sign-in, and says what. */
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
            deleted.addAll(deleteTree(dir.path().resolve(TenantSync.TOKEN_DIR), "cached sign-in"));
        } catch (StoreException | IOException e) {
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

    private static List<String> deleteTree(Path root, String what) throws IOException {
        if (!Files.exists(root)) {
            return List.of();
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
        return List.of("the " + what + " in " + root);
    }
}
