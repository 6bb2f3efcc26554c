package app.contactshield.graphsync.store;

/**
 * An open-addressing map from 64-bit source-key hashes to record ids: sixteen bytes a slot where a boxed map would
 * take about eighty bytes an entry. Ids are never negative. Not thread-safe: owned by the {@link IdentityGraph}.
 */
final class KeyIds {
    private static final long EMPTY = 0;

    private long[] hashes = new long[16];
    private long[] ids = new long[16];
    private long zeroId = -1;
    private int size;

    /** Notes the id of the record with this hash, replacing any earlier id. */
    void put(long hash, long id) {
        if (hash == EMPTY) {
            zeroId = id;
            return;
        }
        if ((size + 1) * 2 > hashes.length) {
            grow();
        }
        if (place(hashes, ids, hash, id)) {
            size++;
        }
    }

    /** The id last noted with this hash, or -1. */
    long get(long hash) {
        if (hash == EMPTY) {
            return zeroId;
        }
        int mask = hashes.length - 1;
        for (int i = slot(hash, mask); hashes[i] != EMPTY; i = (i + 1) & mask) {
            if (hashes[i] == hash) {
                return ids[i];
            }
        }
        return -1;
    }

    private void grow() {
        long[] biggerHashes = new long[hashes.length * 2];
        long[] biggerIds = new long[hashes.length * 2];
        for (int i = 0; i < hashes.length; i++) {
            if (hashes[i] != EMPTY) {
                place(biggerHashes, biggerIds, hashes[i], ids[i]);
            }
        }
        hashes = biggerHashes;
        ids = biggerIds;
    }

    /** Puts into the tables; true when the hash was not there before. */
    private static boolean place(long[] hashTable, long[] idTable, long hash, long id) {
        int mask = hashTable.length - 1;
        int i = slot(hash, mask);
        while (hashTable[i] != EMPTY) {
            if (hashTable[i] == hash) {
                idTable[i] = id;
                return false;
            }
            i = (i + 1) & mask;
        }
        hashTable[i] = hash;
        idTable[i] = id;
        return true;
    }

    private static int slot(long hash, int mask) {
        return (int) ((hash ^ (hash >>> 29)) * 0x9E3779B97F4A7C15L >>> 32) & mask;
    }
}
