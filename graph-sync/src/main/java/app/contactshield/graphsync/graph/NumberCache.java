package app.contactshield.graphsync.graph;

import app.contactshield.graphsync.model.PhoneNumber;
import app.contactshield.graphsync.model.PhoneType;
import app.contactshield.graphsync.phone.PhoneNormalizer;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Remembers how recently seen raw numbers normalised, because the same strings recur across a directory
 * (switchboards, direct-dial ranges written the same way, fax numbers) and libphonenumber dominates the cost of
 * mapping a page. Bounded: when full it starts afresh. Thread-safe (pages are mapped on the fork-join pool).
 * Holds personal data in memory only, never on disk, and only as long as its source lives.
 */
final class NumberCache {
    private static final int LIMIT = 65_536;

    private final PhoneNormalizer normalizer;
    private final Map<String, PhoneNumber> known = new ConcurrentHashMap<>();

    NumberCache(PhoneNormalizer normalizer) {
        this.normalizer = normalizer;
    }

    /** The number normalised as {@link PhoneNormalizer#normalise} would, with the given type. */
    PhoneNumber normalise(PhoneType type, String raw) {
        PhoneNumber cached = known.get(raw);
        if (cached == null) {
            cached = normalizer.normalise(PhoneType.OTHER, raw);
            if (known.size() >= LIMIT) {
                known.clear();
            }
            known.put(raw, cached);
        }
        return new PhoneNumber(type, raw, cached.e164(), cached.extension());
    }
}
