package app.contactshield.graphsync.keys;

import app.contactshield.graphsync.home.OwnerOnly;
import app.contactshield.graphsync.store.StoreException;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Base64;
import java.util.Optional;
import java.util.Properties;

/** A small file holding one wrapped key blob, its algorithm and its iteration count; never the key itself. */
final class WrappedKeyFile {
    private final Path file;

    WrappedKeyFile(Path file) {
        this.file = file;
    }

    Path path() {
        return file;
    }

    /**
     * The wrapped blob and the iterations it was made with.
     *
     * @param blob       salt, IV and ciphertext as Jasypt writes them
     * @param iterations the key-derivation iteration count
     */
    record Wrapped(byte[] blob, int iterations) {
    }

    Optional<Wrapped> read() throws StoreException {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
            byte[] blob = Base64.getDecoder().decode(properties.getProperty("blob", ""));
            int iterations = Integer.parseInt(properties.getProperty("iterations", "0"));
            if (blob.length == 0 || iterations < KeyWrapping.ITERATIONS) {
                throw new StoreException("store.error.keyFile", "The key file " + file + " is damaged: blob of "
                        + blob.length + " bytes, " + iterations + " iterations (at least " + KeyWrapping.ITERATIONS
                        + " required)");
            }
            return Optional.of(new Wrapped(blob, iterations));
        } catch (IOException | IllegalArgumentException e) {
            throw new StoreException("store.error.keyFile", "The key file " + file + " cannot be read", e);
        }
    }

    void write(Wrapped wrapped) throws StoreException {
        Properties properties = new Properties();
        properties.setProperty("algorithm", KeyWrapping.ALGORITHM);
        properties.setProperty("iterations", Integer.toString(wrapped.iterations()));
        properties.setProperty("blob", Base64.getEncoder().encodeToString(wrapped.blob()));
        Path temporary = file.resolveSibling(file.getFileName() + ".new");
        try {
            try (Writer writer = Files.newBufferedWriter(OwnerOnly.emptyFile(temporary), StandardCharsets.UTF_8)) {
                properties.store(writer, "Contact Shield store key, wrapped; useless without the passphrase");
            }
            try {
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new StoreException("store.error.diskFull", "Cannot write the key file " + file, e);
        }
    }

    boolean delete() throws StoreException {
        try {
            return Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new StoreException("store.error.keyFile", "Cannot delete the key file " + file, e);
        }
    }
}
