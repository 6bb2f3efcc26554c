package app.contactshield.desktop.cli;

import app.contactshield.graphsync.home.DataDirectory;
import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Option;

/** The {@code --data-dir} option every headless command takes. */
public final class DataDirOption {

    @Option(names = "--data-dir", paramLabel = "DIR",
            description = "Data directory (default: $" + DataDirectory.ENV + ", else the per-user app-data folder).")
    private Path dataDir;

    /** The data directory this run uses. */
    public DataDirectory resolve() {
        return DataDirectory.resolve(Optional.ofNullable(dataDir));
    }
}
