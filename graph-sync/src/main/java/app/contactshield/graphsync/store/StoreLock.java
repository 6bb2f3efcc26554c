package app.contactshield.graphsync.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;

/**
 * An operating-system lock on {@value StoreFiles#LOCK_NAME} in the data directory, held while a process makes, checks
 * or opens the store (and makes its key), so that a second process never judges a store another one is still
 * creating, nor creates a second key for it. Once the store is open, H2's own lock on the store file keeps other
 * processes out. Threads of one process take turns (the lock is reentrant per thread); another process that holds the
 * lock makes {@link #exclusive} fail at once with "in use". The thread that acquired a lock closes it.
 */
public final class StoreLock implements AutoCloseable {
    private static final Map<Path, Holder> HELD = new ConcurrentHashMap<>();

    private final Holder holder;

    private StoreLock(Holder holder) {
        this.holder = holder;
    }

    /**
     * Takes the lock to create, check or open the store for writing; creates the lock file when absent.
     *
     * @throws StoreException {@code store.error.inUse} when another process holds it; {@code store.error.readOnly}
     *                        when the folder cannot be written; {@code store.error.open} for any other failure
     */
    public static StoreLock exclusive(Path dataDir) throws StoreException {
        return acquire(dataDir, true).orElseThrow();
    }

    /**
     * Takes the lock to read the store without changing anything, shared with other readers. Nothing is created: where
     * there is no lock file (no store was made by this version yet) or it cannot be opened, no lock is taken and H2's
     * own lock on the store file is all there is.
     *
     * @throws StoreException {@code store.error.inUse} when a process holds the lock to write
     */
    public static Optional<StoreLock> shared(Path dataDir) throws StoreException {
        return acquire(dataDir, false);
    }

    private static Optional<StoreLock> acquire(Path dataDir, boolean exclusive) throws StoreException {
        Path file = StoreFiles.lockFile(dataDir);
        Holder holder = HELD.computeIfAbsent(file.toAbsolutePath().normalize(), Holder::new);
        holder.turn.lock();
        if (holder.count > 0) {
            holder.count++;
            return Optional.of(new StoreLock(holder));
        }
        try {
            if (!holder.open(exclusive)) {
                holder.turn.unlock();
                return Optional.empty();
            }
            holder.count = 1;
            return Optional.of(new StoreLock(holder));
        } catch (StoreException | RuntimeException e) {
            holder.turn.unlock();
            throw e;
        }
    }

    /** Releases the lock (the file stays, so that readers find it). */
    @Override
    public void close() {
        holder.count--;
        if (holder.count == 0) {
            holder.release();
        }
        holder.turn.unlock();
    }

    /** The lock of one data directory in this process. */
    private static final class Holder {
        private final Path file;
        private final ReentrantLock turn = new ReentrantLock();
        private int count;
        private FileChannel channel;
        private FileLock lock;

        Holder(Path file) {
            this.file = file;
        }

        /** Opens the file and locks it; false when a shared lock is asked for and there is no file to lock. */
        boolean open(boolean exclusive) throws StoreException {
            try {
                channel = exclusive ? FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
                        StandardOpenOption.WRITE) : FileChannel.open(file, StandardOpenOption.READ);
            } catch (IOException e) {
                if (exclusive) {
                    throw unwritable(e);
                }
                return false;
            }
            try {
                lock = channel.tryLock(0, Long.MAX_VALUE, !exclusive);
            } catch (OverlappingFileLockException e) {
                lock = null;
            } catch (IOException e) {
                release();
                throw new StoreException("store.error.open", "Cannot lock " + file + " ("
                        + e.getClass().getSimpleName() + ")", e);
            }
            if (lock == null) {
                release();
                throw new StoreException("store.error.inUse", "another Contact Shield process is "
                        + (exclusive ? "using" : "creating or changing") + " the contact store in " + file.getParent()
                        + " (it holds " + file.getFileName() + ")");
            }
            return true;
        }

        private StoreException unwritable(IOException e) {
            Path folder = file.getParent();
            if (folder != null && Files.isDirectory(folder) && !Files.isWritable(folder)) {
                return new StoreException("store.error.readOnly", "the data directory " + folder + " is read-only ("
                        + reason(e) + "), and a sync or the app needs to write there; doctor and identify still "
                        + "read it; make it writable, or choose another data directory", e);
            }
            return new StoreException("store.error.open", "Cannot create " + file + " (" + reason(e) + ")", e);
        }

        private static String reason(IOException e) {
            if (e instanceof FileSystemException system && system.getReason() != null) {
                return system.getReason();
            }
            return e instanceof AccessDeniedException ? "permission denied" : e.getClass().getSimpleName();
        }

        void release() {
            try {
                if (lock != null) {
                    lock.release();
                }
                if (channel != null) {
                    channel.close();
                }
            } catch (IOException e) {
                // Closing the channel ends the lock whatever else failed.
            } finally {
                lock = null;
                channel = null;
            }
        }
    }
}
