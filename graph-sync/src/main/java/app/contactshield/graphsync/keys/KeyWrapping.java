package app.contactshield.graphsync.keys;

import app.contactshield.graphsync.store.StoreException;
import java.util.Arrays;
import org.jasypt.encryption.pbe.StandardPBEByteEncryptor;
import org.jasypt.exceptions.EncryptionOperationNotPossibleException;
import org.jasypt.iv.RandomIvGenerator;
import org.jasypt.salt.RandomSaltGenerator;

/**
 * Wraps a store key with a key derived from a passphrase or PIN: Jasypt's {@code PBEWITHHMACSHA512ANDAES_256} with a
 * random salt and IV and a high iteration count, never Jasypt's defaults. Stateless and thread-safe.
 */
final class KeyWrapping {
    static final String ALGORITHM = "PBEWITHHMACSHA512ANDAES_256";
    /** Iterations for new wrappings; stored beside each blob so that it can be raised later. */
    static final int ITERATIONS = 310_000;

    private KeyWrapping() {
    }

    static byte[] wrap(byte[] key, char[] secret, int iterations) {
        return encryptor(secret, iterations).encrypt(key);
    }

    static byte[] unwrap(byte[] blob, char[] secret, int iterations, String what) throws StoreException {
        try {
            byte[] key = encryptor(secret, iterations).decrypt(blob);
            if (key.length != StoreKeyVault.KEY_BYTES) {
                throw new StoreException("store.error.wrongPassphrase",
                        "The " + what + " unwrapped to " + key.length + " bytes, not " + StoreKeyVault.KEY_BYTES);
            }
            return key;
        } catch (EncryptionOperationNotPossibleException e) {
            throw new StoreException("store.error.wrongPassphrase",
                    "The " + what + " does not unlock the store key (wrong " + what + " or damaged key file)", e);
        }
    }

    private static StandardPBEByteEncryptor encryptor(char[] secret, int iterations) {
        StandardPBEByteEncryptor encryptor = new StandardPBEByteEncryptor();
        encryptor.setAlgorithm(ALGORITHM);
        encryptor.setKeyObtentionIterations(iterations);
        encryptor.setIvGenerator(new RandomIvGenerator());
        encryptor.setSaltGenerator(new RandomSaltGenerator());
        encryptor.setPasswordCharArray(Arrays.copyOf(secret, secret.length));
        return encryptor;
    }
}
