package app.contactshield.graphsync.keys;

import app.contactshield.graphsync.store.StoreException;
import java.util.Arrays;
import org.jasypt.encryption.pbe.StandardPBEByteEncryptor;
import org.jasypt.exceptions.EncryptionOperationNotPossibleException;
import org.jasypt.iv.RandomIvGenerator;
import org.jasypt.salt.RandomSaltGenerator;

/**
 * Wraps a key with a passphrase or PIN: Jasypt with {@code PBEWITHHMACSHA512ANDAES_256}, a random salt and IV per
 * wrapping and {@value #ITERATIONS} key-derivation iterations (never Jasypt's defaults). Stateless; each call
 * derives the wrapping key anew, which takes a noticeable fraction of a second by design.
 */
public final class PbeWrapper {
    /** The JCE algorithm. */
    public static final String ALGORITHM = "PBEWITHHMACSHA512ANDAES_256";
    /** Key-derivation iterations; at least 300,000. */
    public static final int ITERATIONS = 310_000;

    private PbeWrapper() {
    }

    /** Wraps {@code key} with {@code secret}. */
    public static byte[] wrap(byte[] key, char[] secret) {
        return encryptor(secret, ITERATIONS).encrypt(key);
    }

    /**
     * Unwraps a key wrapped with {@link #wrap}.
     *
     * @param what       names the secret in the message ("passphrase", "PIN")
     * @param where      names where the wrapped key came from, for the message
     * @param iterations the iteration count the key was wrapped with
     * @throws StoreException when the secret is wrong or the wrapped key is damaged
     */
    public static byte[] unwrap(byte[] wrapped, char[] secret, int iterations, String what, String where)
            throws StoreException {
        try {
            return encryptor(secret, iterations).decrypt(wrapped);
        } catch (EncryptionOperationNotPossibleException e) {
            throw new StoreException("store.error.wrongSecret." + what, "The " + what + " does not unlock the store "
                    + "key in " + where + " (or the wrapped key is damaged)", e);
        }
    }

    private static StandardPBEByteEncryptor encryptor(char[] secret, int iterations) {
        if (secret == null || secret.length == 0) {
            throw new IllegalArgumentException("A passphrase or PIN must not be empty");
        }
        StandardPBEByteEncryptor encryptor = new StandardPBEByteEncryptor();
        encryptor.setAlgorithm(ALGORITHM);
        encryptor.setKeyObtentionIterations(Math.max(iterations, ITERATIONS));
        encryptor.setIvGenerator(new RandomIvGenerator());
        encryptor.setSaltGenerator(new RandomSaltGenerator());
        encryptor.setPasswordCharArray(Arrays.copyOf(secret, secret.length));
        return encryptor;
    }
}
