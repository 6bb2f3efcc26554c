package app.contactshield.desktop.ui;

import app.contactshield.graphsync.home.DataDirectory;
import app.contactshield.graphsync.model.PersonKey;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The favourites of demo mode, kept in the data directory ({@value #FILE}, one person key a line, first to last) so
 * that they outlive a restart, as the settings changed in the demo do. The keys name invented demo people only; the
 * demo's contacts themselves stay in memory. Thread-safe.
 */
public final class DemoFavourites {
    /** The file's name in the data directory. */
    public static final String FILE = "demo-favourites.txt";
    private static final Logger LOG = LoggerFactory.getLogger(DemoFavourites.class);

    private final DataDirectory dir;
    private final Path file;

    /** @param dir the data directory */
    public DemoFavourites(DataDirectory dir) {
        this.dir = dir;
        this.file = dir.resolveFile(FILE);
    }

    /** The saved favourites, first to last; none when nothing was saved or the file cannot be read. */
    public List<PersonKey> load() {
        if (!Files.isRegularFile(file)) {
            return List.of();
        }
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8).stream().map(String::strip)
                    .filter(line -> !line.isEmpty()).map(PersonKey::new).toList();
        } catch (IOException e) {
            LOG.warn("The demo favourites could not be read ({}); the demo starts without them",
                    e.getClass().getSimpleName());
            return List.of();
        }
    }

    /** Saves the favourites, first to last, replacing the file whole; a failure is logged and loses only them. */
    public synchronized void save(List<PersonKey> favourites) {
        try {
            dir.ensureExists();
            Path written = file.resolveSibling(FILE + ".new");
            Files.write(written, favourites.stream().map(PersonKey::value).toList(), StandardCharsets.UTF_8);
            Files.move(written, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | UncheckedIOException e) {
            LOG.warn("The demo favourites could not be saved ({}); they last until the app quits",
                    e.getClass().getSimpleName());
        }
    }
}
