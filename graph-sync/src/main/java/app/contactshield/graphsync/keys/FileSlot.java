package app.contactshield.graphsync.keys;

import app.contactshield.graphsync.store.StoreException;
import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;

/**
 * A file in the data directory holding an already protected secret (a passphrase-wrapped key). Writes go to a
 * temporary sibling first and are moved into place atomically; the file is readable by its owner only on POSIX.
 */
public final class FileSlot implements SecretSlot {
    private final Path file;
    private final String what;

    /**
     * @param file the file
     * @param what what the file holds, for {@link #describe()}
     */
    public FileSlot(Path file, String what) {
        this.file = file;
        this.what = what;
    }

    /** The file. */
    public Path file() {
        return file;
    }

    @Override
    public String describe() {
        return what + " in " + file;
    }

    @Override
    public Optional<byte[]> read() throws StoreException {
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(Files.readAllBytes(file));
        } catch (IOException e) {
            throw new StoreException("store.error.key", "Reading " + describe() + " failed", e);
        }
    }

    @Override
    public void write(byte[] secret) throws StoreException {
        Path temp = file.resolveSibling(file.getFileName() + ".new");
        try {
            Files.deleteIfExists(temp);
            if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
                Files.createFile(temp, PosixFilePermissions.asFileAttribute(
                        PosixFilePermissions.fromString("rw-------")));
            }
            Files.write(temp, secret);
            Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new StoreException("store.error.key", "Writing " + describe() + " failed", e);
        }
    }

    @Override
    public Optional<String> delete() throws StoreException {
        try {
            return Files.deleteIfExists(file) ? Optional.of(describe()) : Optional.empty();
        } catch (IOException e) {
            throw new StoreException("store.error.key", "Deleting " + describe() + " failed", e);
        }
    }
}
