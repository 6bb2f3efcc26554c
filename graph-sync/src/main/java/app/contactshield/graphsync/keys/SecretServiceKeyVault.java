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
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the store key in the Secret Service (GNOME Keyring, KWallet) through libsecret, using the accessor of
 * msal4j-persistence-extension. The secret is labelled per data directory so that two data directories never share
 * a key: by a digest of the folder's real path, so that the same folder reached through a symbolic link, or named
 * relative to another working directory, finds the same key. Keys made before are labelled by the digest of the path
 * as it was given; they are still found, and labelled anew when read. Calls block on D-Bus. The accessor reports
 * libsecret failures by throwing {@link Error} (its GError mapping fails under current JNA), so those are caught and
 * reported as {@link StoreException}s.
 */
public final class SecretServiceKeyVault implements StoreKeyVault {
    static final String SCHEMA = "app.contactshield.StoreKey";
    /** The marker file the accessor notes writes in; it holds no secret. */
    static final String MARKER_NAME = "store-key.keyring";

    private static final Logger LOG = LoggerFactory.getLogger(SecretServiceKeyVault.class);

    private final KeyRingAccessor accessor;
    private final Optional<KeyRingAccessor> earlier;
    private final Path marker;

    /** A vault for the store of one data directory. */
    public SecretServiceKeyVault(Path dataDir) {
        this.marker = dataDir.resolve(MARKER_NAME);
        String digest = digest(realPath(dataDir));
        String given = digest(dataDir.toAbsolutePath().normalize());
        this.accessor = accessor(marker, digest);
        this.earlier = given.equals(digest) ? Optional.empty() : Optional.of(accessor(marker, given));
    }

    private static KeyRingAccessor accessor(Path marker, String digest) {
        return new KeyRingAccessor(marker.toString(), "default", SCHEMA, "Contact Shield store key",
                "app", "contact-shield", "data-dir", digest);
    }

    /**
     * Whether a Secret Service answers on this session, or why not. Asking changes nothing in the data directory.
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
     * class (nimbus-jose) that current msal4j no longer brings along, so it always fails. The accessor notes the
     * write in a marker file; the probe's is a temporary file, so that probing works in a read-only data directory
     * and creates nothing there.
     */
    private static void probe(Path dataDir) throws StoreException {
        Path marker;
        try {
            marker = Files.createTempFile("contact-shield-probe", ".keyring");
        } catch (IOException e) {
            throw new StoreException("store.error.keyring", "Cannot create a marker file for the keyring probe", e);
        }
        try {
            KeyRingAccessor probe = new KeyRingAccessor(marker.toString(), "default", SCHEMA, "Contact Shield probe",
                    "app", "contact-shield", "data-dir", digest(realPath(dataDir)) + "-probe");
            byte[] sample = {'p', 'r', 'o', 'b', 'e'};
            probe.write(sample);
            byte[] read = probe.read();
            probe.delete();
            if (!Arrays.equals(sample, read)) {
                throw new StoreException("store.error.keyring", "The Secret Service did not return the probe it "
                        + "stored");
            }
        } finally {
            try {
                Files.deleteIfExists(marker);
            } catch (IOException e) {
                LOG.debug("The keyring probe's temporary marker file stays behind", e);
            }
        }
    }

    @Override
    public Optional<byte[]> load() throws StoreException {
        Optional<byte[]> key = read(accessor);
        if (key.isPresent() || earlier.isEmpty()) {
            return key;
        }
        Optional<byte[]> older = read(earlier.get());
        older.ifPresent(this::labelAnew);
        return older;
    }

    /**
     * Keeps a key found under its earlier label under the current one as well; the earlier entry stays, so that the
     * key is never lost, and {@link #delete} removes both. A failure leaves the key where it was found.
     */
    private void labelAnew(byte[] key) {
        try {
            touchMarker();
            accessor.write(key);
        } catch (StoreException | RuntimeException | Error e) {
            LOG.warn("The store key found under its earlier keyring label could not be labelled anew ({}); it is "
                    + "read from there again next time", e.getClass().getSimpleName());
        }
    }

    private static Optional<byte[]> read(KeyRingAccessor from) throws StoreException {
        try {
            byte[] value = from.read();
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

    /**
     * Deletes the key under its current and its earlier label. The accessor notes a deletion in the marker file after
     * the secret is gone; where that note fails (a read-only data directory), the keyring is asked again whether the
     * key is gone, and only a key that is still there counts as not deleted. The marker file itself is left to
     * {@link KeyVaults#deleteExisting}, which says whether it could be deleted.
     */
    @Override
    public boolean delete() throws StoreException {
        boolean existed = load().isPresent();
        clear(accessor);
        if (earlier.isPresent()) {
            clear(earlier.get());
        }
        return existed;
    }

    private static void clear(KeyRingAccessor from) throws StoreException {
        try {
            from.delete();
        } catch (RuntimeException | Error e) {
            if (read(from).isPresent()) {
                throw new StoreException("store.error.keyring", "The Secret Service refused to delete the store key",
                        e);
            }
        }
    }

    /** The marker file of a data directory (it holds no secret). */
    static Path marker(Path dataDir) {
        return dataDir.resolve(MARKER_NAME);
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

    /**
     * The folder's path with symbolic links resolved; a folder that does not exist yet is resolved through its
     * nearest existing parent, so that the path does not change once it is created.
     */
    static Path realPath(Path dataDir) {
        Path absolute = dataDir.toAbsolutePath().normalize();
        Path missing = absolute.getFileSystem().getPath("");
        for (Path at = absolute; at != null; at = at.getParent()) {
            try {
                return at.toRealPath().resolve(missing);
            } catch (IOException e) {
                if (at.getFileName() == null) {
                    break;
                }
                missing = at.getFileName().resolve(missing);
            }
        }
        return absolute;
    }

    static String digest(Path folder) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256")
                    .digest(folder.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }
}
