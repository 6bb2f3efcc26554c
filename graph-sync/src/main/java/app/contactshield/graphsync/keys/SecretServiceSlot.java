package app.contactshield.graphsync.keys;

import app.contactshield.graphsync.store.StoreException;
import com.microsoft.aad.msal4jextensions.persistence.linux.KeyRingAccessor;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * An entry in the Linux Secret Service (GNOME Keyring, KWallet) through libsecret, by way of
 * msal4j-persistence-extension's {@link KeyRingAccessor}. The library also touches a marker file in the data
 * directory to record when the entry changed; the marker holds no secret. Runs on the calling thread; libsecret may
 * block while the keyring is being unlocked. The library reports libsecret failures by throwing {@link Error}
 * (its GError mapping fails), so those are caught here and turned into {@link StoreException}s.
 */
public final class SecretServiceSlot implements SecretSlot {
    /** The libsecret schema of Contact Shield's entries. */
    public static final String SCHEMA = "app.contactshield.StoreKey";
    private static final String COLLECTION = "default";
    private static final String LABEL = "Contact Shield store key";

    private final Path marker;
    private final String entry;

    /**
     * @param marker the marker file the library touches
     * @param entry  the entry's name (for example {@code store-key}), stored as an attribute
     */
    public SecretServiceSlot(Path marker, String entry) {
        this.marker = marker;
        this.entry = entry;
    }

    @Override
    public String describe() {
        return "Secret Service (libsecret) collection '" + COLLECTION + "', schema " + SCHEMA + ", entry " + entry;
    }

    @Override
    public Optional<byte[]> read() throws StoreException {
        try {
            byte[] stored = accessor().read();
            return stored == null || stored.length == 0 ? Optional.empty() : Optional.of(stored);
        } catch (RuntimeException | Error e) {
            throw failure("Reading", e);
        }
    }

    @Override
    public void write(byte[] secret) throws StoreException {
        try {
            ensureMarker();
            accessor().write(secret);
        } catch (RuntimeException | Error e) {
            throw failure("Writing", e);
        }
    }

    @Override
    public Optional<String> delete() throws StoreException {
        try {
            if (read().isEmpty()) {
                return Optional.empty();
            }
            ensureMarker();
            accessor().delete();
            Files.deleteIfExists(marker);
            return Optional.of(describe());
        } catch (RuntimeException | Error | IOException e) {
            throw failure("Deleting", e);
        }
    }

    /**
     * Writes, reads back and removes a probe entry; throws when the Secret Service cannot be used. (The library's
     * own {@code verify()} needs a class msal4j no longer ships, so the probe is done here.)
     */
    void verify() throws StoreException {
        SecretServiceSlot probe = new SecretServiceSlot(marker, entry + "-probe");
        byte[] sample = {'p', 'r', 'o', 'b', 'e'};
        probe.write(sample);
        boolean readBack = probe.read().map(b -> java.util.Arrays.equals(b, sample)).orElse(false);
        probe.delete();
        if (!readBack) {
            throw new StoreException("store.error.keyStore", "The " + describe() + " did not return what was "
                    + "written to it");
        }
    }

    private KeyRingAccessor accessor() {
        return new KeyRingAccessor(marker.toString(), COLLECTION, SCHEMA, LABEL, "application", "app.contactshield",
                "entry", entry);
    }

    private void ensureMarker() {
        try {
            if (!Files.exists(marker)) {
                Files.createFile(marker);
            }
        } catch (IOException e) {
            throw new IllegalStateException("Cannot create the marker file " + marker, e);
        }
    }

    private StoreException failure(String what, Throwable cause) {
        return new StoreException("store.error.keyStore", what + " the " + describe() + " failed: "
                + cause.getClass().getSimpleName(), cause);
    }
}
