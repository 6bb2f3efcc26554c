package app.contactshield.graphsync.keys;

import app.contactshield.graphsync.store.StoreException;
import java.nio.file.Path;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A vault that notes in the data directory's {@link KeyRecord} where its key is kept when it stores or finds it. A
 * note that cannot be written when the key is found (a read-only data directory) does not keep the store closed.
 */
final class RecordedKeyVault implements StoreKeyVault {
    private static final Logger LOG = LoggerFactory.getLogger(RecordedKeyVault.class);

    private final StoreKeyVault inner;
    private final Path dataDir;
    private final KeyRecord record;

    RecordedKeyVault(StoreKeyVault inner, Path dataDir, KeyRecord record) {
        this.inner = inner;
        this.dataDir = dataDir;
        this.record = record;
    }

    @Override
    public Optional<byte[]> load() throws StoreException {
        Optional<byte[]> key = inner.load();
        if (key.isPresent() && !KeyRecord.read(dataDir).equals(Optional.of(record))) {
            try {
                record.write(dataDir);
            } catch (StoreException e) {
                LOG.warn("Where the store key is kept could not be noted beside the store (a read-only data "
                        + "directory?); the key itself was found");
            }
        }
        return key;
    }

    @Override
    public void store(byte[] key) throws StoreException {
        inner.store(key);
        record.write(dataDir);
    }

    @Override
    public boolean delete() throws StoreException {
        boolean existed = inner.delete();
        KeyRecord.delete(dataDir);
        return existed;
    }

    @Override
    public String describe() {
        return inner.describe();
    }
}
