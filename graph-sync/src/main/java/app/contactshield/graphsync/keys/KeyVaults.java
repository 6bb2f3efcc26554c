package app.contactshield.graphsync.keys;

import app.contactshield.graphsync.store.StoreException;
import app.contactshield.graphsync.store.StoreFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Chooses where the store key lives: the operating system's key store when one answers, else a passphrase-wrapped
 * key file. It never falls back silently: without a key store it asks the user through a {@link SecretPrompt}, which
 * says why, and the user may refuse.
 */
public final class KeyVaults {

    private static final Map<SecretKind, String> MISSING_KEYS = Map.of(
            SecretKind.NEW_PASSPHRASE, "store.error.noKeyStore", SecretKind.PASSPHRASE, "store.error.noPassphrase",
            SecretKind.PIN, "store.error.noPin");

    private KeyVaults() {
    }

    /** What the app asks the user for. */
    public enum SecretKind {
        /** A passphrase for a new passphrase-wrapped key, because no key store is available. */
        NEW_PASSPHRASE,
        /** The passphrase of an existing passphrase-wrapped key. */
        PASSPHRASE,
        /** The PIN the policy requires on top of the key store. */
        PIN
    }

    /** Asks the user for a passphrase or PIN; implemented by the CLI and the desktop app. */
    @FunctionalInterface
    public interface SecretPrompt {
        /**
         * @param kind   what is asked for
         * @param reason why, in words (for example, which key store is missing and why)
         * @return the secret, or empty when the user declined
         */
        Optional<char[]> ask(SecretKind kind, String reason);
    }

    /**
     * The vault for a data directory, asking for a passphrase or PIN when needed.
     *
     * @param dataDir    the data directory
     * @param requirePin whether the policy requires a PIN on top of the key store
     * @param prompt     asks the user
     * @throws StoreException when the user declined or no vault can be had
     */
    public static StoreKeyVault choose(Path dataDir, boolean requirePin, SecretPrompt prompt) throws StoreException {
        if (PassphraseKeyVault.holdsKey(dataDir)) {
            char[] passphrase = ask(prompt, SecretKind.PASSPHRASE, "The contacts are locked with a passphrase.",
                    "no passphrase was given");
            return new RecordedKeyVault(new PassphraseKeyVault(dataDir, passphrase), dataDir,
                    new KeyRecord(KeyRecord.Holder.PASSPHRASE_FILE, false));
        }
        Optional<KeyRecord> record = KeyRecord.read(dataDir);
        Optional<String> unavailable = osKeyStoreUnavailable(dataDir);
        if (unavailable.isEmpty()) {
            StoreKeyVault bare = osKeyStore(dataDir);
            boolean pinWrapped = requirePin || record.map(KeyRecord::pinWrapped).orElseGet(() -> holdsLongerKey(bare));
            StoreKeyVault os = bare;
            if (pinWrapped) {
                String reason = requirePin ? "Your organisation requires a PIN to open the contacts."
                        : "The key of these contacts was wrapped with a PIN when your organisation required one; "
                        + "enter that PIN to open them.";
                os = new PinWrappedKeyVault(os, ask(prompt, SecretKind.PIN, reason, "no PIN was given"));
            }
            return new RecordedKeyVault(os, dataDir, new KeyRecord(KeyRecord.Holder.OS_KEY_STORE, pinWrapped));
        }
        if (storeKeyIsInOsKeyStore(dataDir, record)) {
            throw unavailable(dataDir, unavailable.get(), "the store and its key were left untouched");
        }
        char[] passphrase = ask(prompt, SecretKind.NEW_PASSPHRASE, "No key store is available ("
                + unavailable.get() + "). Choose a passphrase to lock the contacts instead: the store key is then kept "
                + "wrapped with it in " + PassphraseKeyVault.FILE_NAME + ".", "no key store answers: "
                + unavailable.get() + "; no passphrase was given for a passphrase-wrapped key instead");
        return new RecordedKeyVault(new PassphraseKeyVault(dataDir, passphrase), dataDir,
                new KeyRecord(KeyRecord.Holder.PASSPHRASE_FILE, false));
    }

    /**
     * Whether an existing store's key is in the OS key store: as recorded, or, for a store older than the record,
     * because a store exists without a passphrase-wrapped key beside it.
     */
    private static boolean storeKeyIsInOsKeyStore(Path dataDir, Optional<KeyRecord> record) {
        if (!Files.exists(StoreFiles.databaseFile(dataDir))) {
            return false;
        }
        return record.map(r -> r.holder() == KeyRecord.Holder.OS_KEY_STORE).orElse(true);
    }

    /** A key older than the record that is longer than a bare key is one wrapped with a PIN. */
    private static boolean holdsLongerKey(StoreKeyVault os) {
        try {
            return os.load().filter(key -> key.length != StoreKeyVault.KEY_BYTES).isPresent();
        } catch (StoreException e) {
            return false;
        }
    }

    private static StoreException unavailable(Path dataDir, String reason, String consequence) {
        return new StoreException("store.error.keyStoreUnavailable", "the key of this store is in the "
                + osKeyStore(dataDir).describe() + ", which is not available (" + reason + "): start your keyring or "
                + "log in to the desktop session, then try again; " + consequence);
    }

    /** Where an existing key of a data directory is kept, without asking anything; empty when there is none. */
    public static Optional<String> describeExisting(Path dataDir) {
        if (PassphraseKeyVault.holdsKey(dataDir)) {
            return Optional.of(new PassphraseKeyVault(dataDir, new char[0]).describe());
        }
        Optional<String> unavailable = osKeyStoreUnavailable(dataDir);
        if (unavailable.isPresent()) {
            return storeKeyIsInOsKeyStore(dataDir, KeyRecord.read(dataDir)) ? Optional.of(osKeyStore(dataDir)
                    .describe() + ", which is not available now (" + unavailable.get() + ")") : Optional.empty();
        }
        StoreKeyVault os = osKeyStore(dataDir);
        try {
            return os.load().isPresent() ? Optional.of(os.describe()) : Optional.empty();
        } catch (StoreException e) {
            return Optional.of(os.describe() + " (not readable: " + e.getMessage() + ")");
        }
    }

    /**
     * What deleting a data directory's key did.
     *
     * @param deletedFrom where a key was deleted, in words; empty when there was none
     * @param notDeleted  the files beside the store that belong to the key (a marker, the record of where the key is;
     *                    none holds a secret) and could not be deleted, each with the failure
     */
    public record KeyDeletion(Optional<String> deletedFrom, Map<Path, IOException> notDeleted) {
    }

    /**
     * Deletes the key of a data directory wherever it is kept, then the files that belong to it. Call it before the
     * store files are deleted: an older store without a record tells that its key is in the OS key store. A key in
     * the OS key store is deleted even where the data directory cannot be written; the files that stay are named.
     *
     * @throws StoreException when the key is in an OS key store that is not available, or cannot be deleted (for a
     *                        passphrase-wrapped key: its file cannot be deleted)
     */
    public static KeyDeletion deleteExisting(Path dataDir) throws StoreException {
        Map<Path, IOException> notDeleted = new LinkedHashMap<>();
        if (PassphraseKeyVault.holdsKey(dataDir)) {
            PassphraseKeyVault vault = new PassphraseKeyVault(dataDir, new char[0]);
            vault.delete();
            deleteFile(dataDir.resolve(KeyRecord.FILE_NAME), notDeleted);
            return new KeyDeletion(Optional.of(vault.describe()), notDeleted);
        }
        Optional<KeyRecord> record = KeyRecord.read(dataDir);
        Optional<String> unavailable = osKeyStoreUnavailable(dataDir);
        if (unavailable.isPresent()) {
            if (record.isPresent() || storeKeyIsInOsKeyStore(dataDir, record)) {
                throw unavailable(dataDir, unavailable.get(), "it is still there");
            }
            return new KeyDeletion(Optional.empty(), notDeleted);
        }
        StoreKeyVault os = osKeyStore(dataDir);
        boolean existed = os.delete();
        deleteFile(SecretServiceKeyVault.marker(dataDir), notDeleted);
        deleteFile(dataDir.resolve(KeyRecord.FILE_NAME), notDeleted);
        return new KeyDeletion(existed ? Optional.of(os.describe()) : Optional.empty(), notDeleted);
    }

    private static void deleteFile(Path file, Map<Path, IOException> notDeleted) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            notDeleted.put(file, e);
        }
    }

    /**
     * Where the key of an existing store was looked for and not found, in words: the passphrase-wrapped key file the
     * record names, else the key store of the vault.
     *
     * @param vault the vault {@link #choose} gave for the data directory
     */
    public static String missingKey(Path dataDir, StoreKeyVault vault) {
        boolean inFile = KeyRecord.read(dataDir).map(r -> r.holder() == KeyRecord.Holder.PASSPHRASE_FILE)
                .orElse(false);
        if (inFile && !PassphraseKeyVault.holdsKey(dataDir)) {
            return "its passphrase-wrapped key file " + dataDir.resolve(PassphraseKeyVault.FILE_NAME) + " is gone";
        }
        return vault.describe() + " holds no key for " + dataDir;
    }

    /** Why the operating system's key store cannot be used here; empty when it can. */
    public static Optional<String> osKeyStoreUnavailable(Path dataDir) {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        if (os.startsWith("windows") || os.startsWith("mac")) {
            return Optional.empty();
        }
        return SecretServiceKeyVault.unavailableReason(dataDir);
    }

    private static StoreKeyVault osKeyStore(Path dataDir) {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            return new WindowsDpapiKeyVault(dataDir);
        }
        if (os.startsWith("mac")) {
            return new MacKeychainKeyVault(dataDir);
        }
        return new SecretServiceKeyVault(dataDir);
    }

    /**
     * Asks for a secret; without one the store stays closed, with a message key per kind of secret and a detail that
     * says only what is missing (the prompt has already shown the reason).
     */
    private static char[] ask(SecretPrompt prompt, SecretKind kind, String reason, String missing)
            throws StoreException {
        Optional<char[]> secret = prompt.ask(kind, reason);
        if (secret.isEmpty() || secret.get().length == 0) {
            throw new StoreException(MISSING_KEYS.get(kind), missing + ", so the store stays closed");
        }
        return secret.get();
    }
}
