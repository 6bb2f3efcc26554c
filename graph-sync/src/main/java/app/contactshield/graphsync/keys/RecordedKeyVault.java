package app.contactshield.graphsync.keys;

import app.contactshield.graphsync.store.StoreException;
import java.nio.file.Path;
import java.util.Optional;

/** A vault that notes in the data directory's {@link KeyRecord} where its key is kept when it stores or finds it. */
final class RecordedKeyVault implements StoreKeyVault {
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
            record.write(dataDir);
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
