package app.contactshield.graphsync.keys;

import app.contactshield.graphsync.store.StoreException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Chooses where the store key lives. It detects whether the platform's key store can be used and never falls back
 * silently: when none can, it says so with the reason, and the caller asks the user for a passphrase and calls
 * {@link #passphraseVault}. A data directory that already holds a passphrase-wrapped key keeps using it. Detection
 * may take up to the timeout (libsecret can block); call it off the JavaFX thread.
 */
public final class KeyVaults {
    /** The file that holds a passphrase-wrapped key. */
    public static final String PASSPHRASE_FILE = "store-key.jasypt";
    /** The file that holds the DPAPI-protected key on Windows. */
    public static final String DPAPI_FILE = "store-key.dpapi";
    /** The marker file msal4j-persistence-extension touches for key store entries. */
    public static final String MARKER_FILE = "store-key.marker";
    private static final String ENTRY = "store-key";
    private static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(5);

    private KeyVaults() {
    }

    /** What detection found. */
    public enum Kind {
        /** The platform key store can be used. */
        OS_KEY_STORE,
        /** The data directory already holds a passphrase-wrapped key: ask for the passphrase. */
        PASSPHRASE_FILE,
        /** No key store can be used: ask the user whether to protect the key with a passphrase. */
        NO_KEY_STORE
    }

    /**
     * The outcome of detection.
     *
     * @param kind   what was found
     * @param slot   the key store entry when {@code kind} is {@link Kind#OS_KEY_STORE}
     * @param reason a sentence saying why, for the user and {@code doctor}
     */
    public record Choice(Kind kind, Optional<SecretSlot> slot, String reason) {
    }

    /** Detects for this process's platform and environment. */
    public static Choice choose(Path dataDir) {
        return choose(dataDir, System.getProperty("os.name", ""), System.getenv(), DEFAULT_TIMEOUT);
    }

    /** Detects for the given platform name and environment (for tests). */
    public static Choice choose(Path dataDir, String osName, Map<String, String> env, Duration timeout) {
        if (Files.exists(dataDir.resolve(PASSPHRASE_FILE))) {
            return new Choice(Kind.PASSPHRASE_FILE, Optional.empty(),
                    "The store key is protected with a passphrase in " + dataDir.resolve(PASSPHRASE_FILE));
        }
        String os = osName.toLowerCase(Locale.ROOT);
        Path marker = dataDir.resolve(MARKER_FILE);
        if (os.startsWith("windows")) {
            return available(new DpapiFileSlot(new FileSlot(dataDir.resolve(DPAPI_FILE), "DPAPI blob")));
        }
        if (os.startsWith("mac")) {
            return available(new KeychainSlot(marker, ENTRY));
        }
        if (!hasSessionBus(env)) {
            return none("No D-Bus session bus (DBUS_SESSION_BUS_ADDRESS is unset and $XDG_RUNTIME_DIR/bus is "
                    + "absent), so the Secret Service cannot be reached");
        }
        SecretServiceSlot slot = new SecretServiceSlot(marker, ENTRY);
        Optional<String> problem = probe(slot, timeout);
        return problem.map(KeyVaults::none).orElseGet(() -> available(slot));
    }

    /** The vault for a key store entry, PIN-wrapped when the policy requires a PIN. */
    public static StoreKeyVault osVault(SecretSlot slot, boolean requirePin, char[] pin) {
        return requirePin ? SlotKeyVault.pin(slot, pin) : SlotKeyVault.plain(slot);
    }

    /** The vault that keeps the key wrapped with a passphrase in the data directory. */
    public static StoreKeyVault passphraseVault(Path dataDir, char[] passphrase) {
        return SlotKeyVault.passphrase(new FileSlot(dataDir.resolve(PASSPHRASE_FILE), "passphrase-wrapped store key"),
                passphrase);
    }

    /**
     * Deletes every key this data directory may use: the passphrase file, the DPAPI blob and, when given, the key
     * store entry. Returns what was deleted.
     */
    public static List<String> deleteAll(Path dataDir, Optional<SecretSlot> osKeyStore) throws StoreException {
        List<String> deleted = new ArrayList<>();
        new FileSlot(dataDir.resolve(PASSPHRASE_FILE), "passphrase-wrapped store key").delete().ifPresent(deleted::add);
        new FileSlot(dataDir.resolve(DPAPI_FILE), "DPAPI-protected store key").delete().ifPresent(deleted::add);
        if (osKeyStore.isPresent()) {
            osKeyStore.get().delete().ifPresent(d -> deleted.add("store key in " + d));
        }
        return deleted;
    }

    private static boolean hasSessionBus(Map<String, String> env) {
        String address = env.get("DBUS_SESSION_BUS_ADDRESS");
        if (address != null && !address.isBlank()) {
            return true;
        }
        String runtime = env.get("XDG_RUNTIME_DIR");
        return runtime != null && !runtime.isBlank() && Files.exists(Path.of(runtime, "bus"));
    }

    private static Optional<String> probe(SecretServiceSlot slot, Duration timeout) {
        ExecutorService probe = Executors.newSingleThreadExecutor(r -> {
            Thread thread = new Thread(r, "secret-service-probe");
            thread.setDaemon(true);
            return thread;
        });
        try {
            Future<?> check = probe.submit(() -> {
                slot.verify();
                return null;
            });
            check.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            return Optional.empty();
        } catch (TimeoutException e) {
            return Optional.of("The Secret Service did not answer within " + timeout.toSeconds() + " s");
        } catch (ExecutionException e) {
            return Optional.of("The Secret Service cannot be used (libsecret-1 and a running keyring such as "
                    + "gnome-keyring are needed): " + e.getCause().getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.of("Interrupted while checking the Secret Service");
        } finally {
            probe.shutdownNow();
        }
    }

    private static Choice available(SecretSlot slot) {
        return new Choice(Kind.OS_KEY_STORE, Optional.of(slot), "The store key is kept in the " + slot.describe());
    }

    private static Choice none(String reason) {
        return new Choice(Kind.NO_KEY_STORE, Optional.empty(), reason);
    }
}
