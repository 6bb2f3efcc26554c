package app.contactshield.graphsync.keys;

import app.contactshield.graphsync.store.StoreException;
import com.sun.jna.platform.win32.Crypt32Util;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Keeps the store key protected by Windows DPAPI for the current user; the file holds only the protected blob, which
 * no other Windows account can unprotect.
 */
public final class WindowsDpapiKeyVault implements StoreKeyVault {
    private final Path file;

    /** A vault for the store of one data directory. */
    public WindowsDpapiKeyVault(Path dataDir) {
        this.file = dataDir.resolve("store-key.dpapi");
    }

    @Override
    public Optional<byte[]> load() throws StoreException {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(Crypt32Util.cryptUnprotectData(Files.readAllBytes(file)));
        } catch (IOException | RuntimeException e) {
            throw new StoreException("store.error.keyring", "DPAPI cannot unprotect the store key in " + file, e);
        }
    }

    @Override
    public void store(byte[] key) throws StoreException {
        try {
            Files.write(file, Crypt32Util.cryptProtectData(key));
        } catch (IOException | RuntimeException e) {
            throw new StoreException("store.error.keyring", "DPAPI cannot protect the store key into " + file, e);
        }
    }

    @Override
    public boolean delete() throws StoreException {
        try {
            return Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new StoreException("store.error.keyring", "Cannot delete " + file, e);
        }
    }

    @Override
    public String describe() {
        return "Windows DPAPI (current user) at " + file;
    }
}
