package app.contactshield.graphsync.keys;

import app.contactshield.graphsync.store.StoreException;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.Optional;

/**
 * Where the policy asks for a PIN: the key held by the operating system's key store is additionally wrapped with a
 * key derived from the PIN, so that the key store alone does not open the contacts. A bare key found there (the
 * store was made before the policy asked for a PIN) is wrapped with the PIN when first read. A new PIN needs at least
 * {@value #MIN_PIN_LENGTH} digits; an existing one opens the store whatever its length.
 */
public final class PinWrappedKeyVault implements StoreKeyVault {
    /** The fewest digits a new PIN may have. */
    public static final int MIN_PIN_LENGTH = 4;

    private final StoreKeyVault inner;
    private final char[] pin;

    /**
     * @param inner the OS key store that keeps the PIN-wrapped blob
     * @param pin   the user's PIN; copied
     */
    public PinWrappedKeyVault(StoreKeyVault inner, char[] pin) {
        this.inner = inner;
        this.pin = Arrays.copyOf(pin, pin.length);
    }

    @Override
    public Optional<byte[]> load() throws StoreException {
        Optional<byte[]> stored = inner.load();
        if (stored.isEmpty()) {
            return Optional.empty();
        }
        if (stored.get().length == KEY_BYTES) {
            byte[] bare = stored.get();
            store(bare);
            return Optional.of(bare);
        }
        ByteBuffer buffer = ByteBuffer.wrap(stored.get());
        if (buffer.remaining() <= Integer.BYTES) {
            throw new StoreException("store.error.keyFile", "The PIN-wrapped key in " + inner.describe()
                    + " is " + buffer.remaining() + " bytes long, too short to be one");
        }
        int iterations = buffer.getInt();
        byte[] blob = new byte[buffer.remaining()];
        buffer.get(blob);
        return Optional.of(KeyWrapping.unwrap(blob, pin, iterations, "PIN"));
    }

    @Override
    public void store(byte[] key) throws StoreException {
        if (pin.length < MIN_PIN_LENGTH) {
            throw new StoreException("store.error.pinTooShort", "a PIN of " + pin.length + (pin.length == 1
                    ? " digit" : " digits") + " was given; a new PIN needs at least " + MIN_PIN_LENGTH + " digits");
        }
        byte[] blob = KeyWrapping.wrap(key, pin, KeyWrapping.ITERATIONS);
        inner.store(ByteBuffer.allocate(Integer.BYTES + blob.length).putInt(KeyWrapping.ITERATIONS).put(blob).array());
    }

    @Override
    public boolean delete() throws StoreException {
        return inner.delete();
    }

    @Override
    public String describe() {
        return inner.describe() + ", wrapped with the user's PIN";
    }
}
