package app.contactshield.graphsync.keys;

import app.contactshield.graphsync.home.OwnerOnly;
import app.contactshield.graphsync.store.StoreException;
import com.microsoft.aad.msal4jextensions.persistence.linux.KeyRingAccessor;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Optional;

/**
 * Keeps the store key in the Secret Service (GNOME Keyring, KWallet) through libsecret, using the accessor of
 * msal4j-persistence-extension. The secret is labelled per data directory so that two data directories never share
 * a key. Calls block on D-Bus. The accessor reports libsecret failures by throwing {@link Error} (its GError
 * mapping fails under current JNA), so those are caught and reported as {@link StoreException}s.
 */
public final class SecretServiceKeyVault implements StoreKeyVault {
    static final String SCHEMA = "app.contactshield.StoreKey";

    private final KeyRingAccessor accessor;
    private final Path marker;

    /** A vault for the store of one data directory. */
    public SecretServiceKeyVault(Path dataDir) {
        this.marker = dataDir.resolve("store-key.keyring");
        this.accessor = new KeyRingAccessor(marker.toString(), "default", SCHEMA, "Contact Shield store key",
                "app", "contact-shield", "data-dir", digest(dataDir));
    }

    /**
     * Whether a Secret Service answers on this session, or why not.
     *
     * @return empty when available, else the reason in words
     */
    public static Optional<String> unavailableReason(Path dataDir) {
        String bus = System.getenv("DBUS_SESSION_BUS_ADDRESS");
        if (bus == null || bus.isBlank()) {
            return Optional.of("no D-Bus session (DBUS_SESSION_BUS_ADDRESS is not set)");
        }
        try {
            probe(dataDir);
            return Optional.empty();
        } catch (StoreException | RuntimeException | Error e) {
            return Optional.of("no Secret Service answered (" + e.getClass().getSimpleName() + ": "
                    + e.getMessage() + ")");
        }
    }

    /**
     * Writes, reads back and clears a probe secret. The accessor's own {@code verify()} is not used: it needs a
     * class (nimbus-jose) that current msal4j no longer brings along, so it always fails.
     */
    private static void probe(Path dataDir) throws StoreException {
        Path marker = dataDir.resolve("store-key.keyring");
        KeyRingAccessor probe = new KeyRingAccessor(marker.toString(), "default", SCHEMA, "Contact Shield probe",
                "app", "contact-shield", "data-dir", digest(dataDir) + "-probe");
        new SecretServiceKeyVault(dataDir).touchMarker();
        byte[] sample = {'p', 'r', 'o', 'b', 'e'};
        probe.write(sample);
        byte[] read = probe.read();
        probe.delete();
        if (!Arrays.equals(sample, read)) {
            throw new StoreException("store.error.keyring", "The Secret Service did not return the probe it stored");
        }
    }

    @Override
    public Optional<byte[]> load() throws StoreException {
        try {
            byte[] value = accessor.read();
            return value == null || value.length == 0 ? Optional.empty() : Optional.of(value);
        } catch (RuntimeException | Error e) {
            throw new StoreException("store.error.keyring", "The Secret Service refused to read the store key", e);
        }
    }

    @Override
    public void store(byte[] key) throws StoreException {
        touchMarker();
        try {
            accessor.write(key);
        } catch (RuntimeException | Error e) {
            throw new StoreException("store.error.keyring", "The Secret Service refused to store the store key", e);
        }
    }

    @Override
    public boolean delete() throws StoreException {
        boolean existed = load().isPresent();
        touchMarker();
        try {
            accessor.delete();
        } catch (RuntimeException | Error e) {
            throw new StoreException("store.error.keyring", "The Secret Service refused to delete the store key", e);
        }
        try {
            Files.deleteIfExists(marker);
        } catch (IOException e) {
            throw new StoreException("store.error.keyFile", "Cannot delete the key marker file " + marker, e);
        }
        return existed;
    }

    @Override
    public String describe() {
        return "Secret Service (default keyring, schema " + SCHEMA + ")";
    }

    /**
     * The accessor notes each write in a marker file (no secret in it) so that other processes notice the change; it
     * needs the file to exist.
     */
    private void touchMarker() throws StoreException {
        try {
            if (!Files.exists(marker)) {
                OwnerOnly.emptyFile(marker);
            }
        } catch (IOException e) {
            throw new StoreException("store.error.diskFull", "Cannot create the key marker file " + marker, e);
        }
    }

    static String digest(Path dataDir) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256")
                    .digest(dataDir.toAbsolutePath().normalize().toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }
}
