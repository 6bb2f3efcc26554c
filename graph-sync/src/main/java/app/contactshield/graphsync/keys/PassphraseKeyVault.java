package app.contactshield.graphsync.keys;

import app.contactshield.graphsync.store.StoreException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;

/**
 * Holds the store key wrapped with a passphrase in a file of the data directory, for machines without a key store.
 * The file holds salt, IV, iteration count and ciphertext only.
 */
public final class PassphraseKeyVault implements StoreKeyVault {
    /** The file name inside the data directory. */
    public static final String FILE_NAME = "store-key.jasypt";

    private final WrappedKeyFile file;
    private final char[] passphrase;

    /**
     * @param dataDir    the data directory
     * @param passphrase the user's passphrase; copied, the caller may clear its array
     */
    public PassphraseKeyVault(Path dataDir, char[] passphrase) {
        this.file = new WrappedKeyFile(dataDir.resolve(FILE_NAME));
        this.passphrase = Arrays.copyOf(passphrase, passphrase.length);
    }

    /** Whether a data directory holds a passphrase-wrapped key. */
    public static boolean holdsKey(Path dataDir) {
        return dataDir.resolve(FILE_NAME).toFile().isFile();
    }

    @Override
    public Optional<byte[]> load() throws StoreException {
        Optional<WrappedKeyFile.Wrapped> wrapped = file.read();
        if (wrapped.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(KeyWrapping.unwrap(wrapped.get().blob(), passphrase, wrapped.get().iterations(),
                "passphrase"));
    }

    @Override
    public void store(byte[] key) throws StoreException {
        file.write(new WrappedKeyFile.Wrapped(KeyWrapping.wrap(key, passphrase, KeyWrapping.ITERATIONS),
                KeyWrapping.ITERATIONS));
    }

    @Override
    public boolean delete() throws StoreException {
        return file.delete();
    }

    @Override
    public String describe() {
        return "Passphrase-wrapped key file (" + KeyWrapping.ALGORITHM + ", " + KeyWrapping.ITERATIONS
                + " iterations) at " + file.path();
    }
}
