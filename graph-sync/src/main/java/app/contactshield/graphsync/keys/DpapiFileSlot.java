package app.contactshield.graphsync.keys;

import app.contactshield.graphsync.store.StoreException;
import com.sun.jna.platform.win32.Crypt32Util;
import java.util.Optional;

/**
 * A file in the data directory holding only a Windows DPAPI blob (user scope), made with jna-platform's
 * {@link Crypt32Util}; only the same Windows user can unprotect it. Runs on the calling thread.
 */
public final class DpapiFileSlot implements SecretSlot {
    private final FileSlot file;

    /** @param file the file that holds the DPAPI blob */
    public DpapiFileSlot(FileSlot file) {
        this.file = file;
    }

    @Override
    public String describe() {
        return "Windows DPAPI (current user), blob in " + file.file();
    }

    @Override
    public Optional<byte[]> read() throws StoreException {
        Optional<byte[]> blob = file.read();
        if (blob.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Crypt32Util.cryptUnprotectData(blob.get()));
        } catch (RuntimeException | LinkageError e) {
            throw new StoreException("store.error.keyStore", "Unprotecting the " + describe() + " failed: "
                    + e.getClass().getSimpleName(), e);
        }
    }

    @Override
    public void write(byte[] secret) throws StoreException {
        try {
            file.write(Crypt32Util.cryptProtectData(secret));
        } catch (RuntimeException | LinkageError e) {
            throw new StoreException("store.error.keyStore", "Protecting the store key with DPAPI failed: "
                    + e.getClass().getSimpleName(), e);
        }
    }

    @Override
    public Optional<String> delete() throws StoreException {
        return file.delete().map(d -> describe());
    }
}
