package app.contactshield.graphsync.keys;

import app.contactshield.graphsync.store.StoreException;
import java.nio.ByteBuffer;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Optional;

/**
 * A {@link StoreKeyVault} over a {@link SecretSlot}: the key is kept as-is in an operating system key store, or
 * wrapped with a passphrase or PIN by {@link PbeWrapper} (a passphrase file where no key store exists; a PIN on top
 * of the key store where the policy asks for one). Runs on the calling thread. Holds a copy of the secret until
 * {@link #forgetSecret()}.
 */
public final class SlotKeyVault implements StoreKeyVault {
    private static final int KEY_BYTES = 32;
    private static final byte[] MAGIC = {'C', 'S', 'K', '1'};
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SecretSlot slot;
    private final char[] secret;
    private final String secretKind;

    private SlotKeyVault(SecretSlot slot, char[] secret, String secretKind) {
        this.slot = slot;
        this.secret = secret == null ? null : Arrays.copyOf(secret, secret.length);
        this.secretKind = secretKind;
    }

    /** The key kept as-is in an operating system key store. */
    public static SlotKeyVault plain(SecretSlot osKeyStore) {
        return new SlotKeyVault(osKeyStore, null, null);
    }

    /** The key wrapped with a passphrase (where no key store exists). */
    public static SlotKeyVault passphrase(SecretSlot file, char[] passphrase) {
        return new SlotKeyVault(file, requireSecret(passphrase), "passphrase");
    }

    /** The key wrapped with the user's PIN and kept in an operating system key store. */
    public static SlotKeyVault pin(SecretSlot osKeyStore, char[] pin) {
        return new SlotKeyVault(osKeyStore, requireSecret(pin), "PIN");
    }

    @Override
    public String describe() {
        if (secretKind == null) {
            return slot.describe();
        }
        return slot.describe() + ", wrapped with a " + secretKind + " (" + PbeWrapper.ALGORITHM + ", "
                + PbeWrapper.ITERATIONS + " iterations)";
    }

    @Override
    public Optional<byte[]> load() throws StoreException {
        Optional<byte[]> stored = slot.read();
        if (stored.isEmpty()) {
            return Optional.empty();
        }
        byte[] bytes = stored.get();
        if (secretKind == null) {
            if (bytes.length != KEY_BYTES) {
                throw new StoreException("store.error.key", "The store key in " + slot.describe() + " has "
                        + bytes.length + " bytes; expected " + KEY_BYTES + (isWrapped(bytes)
                        ? " (it is wrapped with a PIN: the policy asks for a PIN)" : ""));
            }
            return Optional.of(bytes);
        }
        if (!isWrapped(bytes)) {
            throw new StoreException("store.error.key", "The store key in " + slot.describe()
                    + " is not wrapped with a " + secretKind + "; expected the " + new String(MAGIC,
                    java.nio.charset.StandardCharsets.US_ASCII) + " format");
        }
        ByteBuffer in = ByteBuffer.wrap(bytes, MAGIC.length, bytes.length - MAGIC.length);
        int iterations = in.getInt();
        byte[] wrapped = new byte[in.remaining()];
        in.get(wrapped);
        byte[] key = PbeWrapper.unwrap(wrapped, secret, iterations, secretKind, slot.describe());
        if (key.length != KEY_BYTES) {
            throw new StoreException("store.error.key", "The unwrapped store key from " + slot.describe() + " has "
                    + key.length + " bytes; expected " + KEY_BYTES);
        }
        return Optional.of(key);
    }

    @Override
    public byte[] loadOrCreate() throws StoreException {
        Optional<byte[]> existing = load();
        if (existing.isPresent()) {
            return existing.get();
        }
        byte[] key = new byte[KEY_BYTES];
        RANDOM.nextBytes(key);
        slot.write(secretKind == null ? key : wrapped(key));
        return key;
    }

    @Override
    public Optional<String> delete() throws StoreException {
        return slot.delete();
    }

    /** Overwrites the copy of the passphrase or PIN this vault holds. */
    public void forgetSecret() {
        if (secret != null) {
            Arrays.fill(secret, '\0');
        }
    }

    private byte[] wrapped(byte[] key) {
        byte[] blob = PbeWrapper.wrap(key, secret);
        return ByteBuffer.allocate(MAGIC.length + Integer.BYTES + blob.length)
                .put(MAGIC).putInt(PbeWrapper.ITERATIONS).put(blob).array();
    }

    private static boolean isWrapped(byte[] bytes) {
        return bytes.length > MAGIC.length + Integer.BYTES
                && Arrays.equals(Arrays.copyOf(bytes, MAGIC.length), MAGIC);
    }

    private static char[] requireSecret(char[] secret) {
        if (secret == null || secret.length == 0) {
            throw new IllegalArgumentException("A passphrase or PIN must not be empty");
        }
        return secret;
    }
}
