package app.contactshield.graphsync.store;

import app.contactshield.graphsync.consolidate.MatchTokens;
import app.contactshield.graphsync.model.ContactRecord;
import app.contactshield.graphsync.model.PersonKey;
import java.util.List;

/**
 * What the store derives from each upserted record of a page before it writes it, and which needs neither the write
 * lock nor the store: the compact body, the match-token hashes, the callable numbers and the record's own person
 * key. {@link H2ContactStore#prepare} builds it on the thread that fetched the page, while the previous page is
 * still being committed. Immutable once built; safe to hand from that thread to the committing one.
 */
final class PreparedRecords {
    private final List<ContactRecord> records;
    private final Prepared[] prepared;

    /**
     * One upserted record with what is derived from it.
     *
     * @param record the record
     * @param body   its compact serialised form
     * @param tokens the 64-bit hashes of its match tokens
     * @param phones  its callable numbers as the row keeps them, or {@code null}
     * @param rawKey  the record's own person key
     * @param keyHash the hash of its source key, as {@code record_key.key_hash} holds it
     * @param rawHash the hash of its own person key, as {@code record_key.person_hash} holds it
     */
    record Prepared(ContactRecord record, byte[] body, long[] tokens, String phones, String rawKey, long keyHash,
            int rawHash) {
    }

    private PreparedRecords(List<ContactRecord> records) {
        this.records = records;
        this.prepared = new Prepared[records.size()];
        for (int i = 0; i < prepared.length; i++) {
            ContactRecord record = records.get(i);
            String rawKey = PersonKey.of(record).value();
            String phones = PageWriter.phones(record);
            prepared[i] = new Prepared(record, RecordCodec.encode(record), tokens(record), phones, rawKey,
                    RecordRows.keyHash(record.sourceKey()), RecordRows.personHash(rawKey));
            // The committing thread hashes these strings in maps and in H2's value cache; String keeps its hash.
            record.sourceKey().hashCode();
            rawKey.hashCode();
            if (phones != null) {
                phones.hashCode();
            }
        }
    }

    /** Derives everything from the upserts of a page, on the calling thread. */
    static PreparedRecords of(List<ContactRecord> upserts) {
        return new PreparedRecords(upserts);
    }

    /** Whether this was built from exactly this list of upserts (the same object, not merely equal records). */
    boolean isFor(List<ContactRecord> upserts) {
        return records == upserts;
    }

    /** The prepared form of the {@code i}-th upsert. */
    Prepared get(int i) {
        return prepared[i];
    }

    private static long[] tokens(ContactRecord record) {
        List<String> tokens = MatchTokens.of(record);
        long[] hashes = new long[tokens.size()];
        for (int i = 0; i < hashes.length; i++) {
            hashes[i] = MatchTokens.hash(tokens.get(i));
        }
        return hashes;
    }
}
