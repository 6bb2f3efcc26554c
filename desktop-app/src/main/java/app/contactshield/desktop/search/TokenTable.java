package app.contactshield.desktop.search;

import java.util.Arrays;
import java.util.BitSet;

/**
 * Sorted unique folded tokens, each with the ascending ids of the documents that hold it. A prefix selects a
 * contiguous run of tokens, found by binary search. Tokens are packed ({@link PackedStrings}) and held in unsigned
 * UTF-8 order through {@code sorted}; postings are one {@code int} per (token, document) pair. Immutable once
 * built; thread-safe for reads.
 */
final class TokenTable {
    private final PackedStrings tokens;
    private final int[] sorted;
    private final int[] offsets;
    private final int[] postings;

    private TokenTable(PackedStrings tokens, int[] sorted, int[] offsets, int[] postings) {
        this.tokens = tokens;
        this.sorted = sorted;
        this.offsets = offsets;
        this.postings = postings;
    }

    /** Number of unique tokens. */
    int size() {
        return sorted.length;
    }

    /** Sets in {@code into} every document holding a token that starts with {@code prefix}. */
    void matchPrefix(String prefix, BitSet into) {
        byte[] key = PackedStrings.utf8(prefix);
        int from = lowerBound(key);
        int to = from;
        while (to < sorted.length && tokens.startsWith(sorted[to], key)) {
            to++;
        }
        for (int p = offsets[from]; p < offsets[to]; p++) {
            into.set(postings[p]);
        }
    }

    /** Sets in {@code into} every document holding exactly {@code token}. */
    void matchExact(String token, BitSet into) {
        byte[] key = PackedStrings.utf8(token);
        int at = lowerBound(key);
        if (at < sorted.length && tokens.compare(sorted[at], key) == 0) {
            for (int p = offsets[at]; p < offsets[at + 1]; p++) {
                into.set(postings[p]);
            }
        }
    }

    private int lowerBound(byte[] key) {
        int low = 0;
        int high = sorted.length;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (tokens.compare(sorted[mid], key) < 0) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }

    /**
     * Collects (token, document) pairs, each as one {@code long}; documents are arrival numbers and must be added in
     * ascending order. Not thread-safe.
     */
    static final class Builder {
        private final PackedStrings.Builder ids = new PackedStrings.Builder(true);
        private long[] pairs = new long[4096];
        private int pairCount;
        private int lastDoc = -1;
        private int lastPairStart;

        /** Adds a token of a document; repeated tokens of the same document are kept once. */
        void add(String token, int doc) {
            if (doc != lastDoc) {
                lastDoc = doc;
                lastPairStart = pairCount;
            }
            long pair = ((long) ids.intern(token) << 32) | doc;
            for (int i = lastPairStart; i < pairCount; i++) {
                if (pairs[i] == pair) {
                    return;
                }
            }
            if (pairCount == pairs.length) {
                pairs = Arrays.copyOf(pairs, pairCount + (pairCount >> 1));
            }
            pairs[pairCount++] = pair;
        }

        /** The table, with every arrival number {@code a} replaced by the document {@code docOfArrival[a]}. */
        TokenTable build(int[] docOfArrival) {
            TokenTable table = table(docOfArrival, pairs);
            pairs = null;
            return table;
        }

        /** As {@link #build}, on a copy of the pairs, so that adding may go on. */
        TokenTable snapshot(int[] docOfArrival) {
            return table(docOfArrival, Arrays.copyOf(pairs, pairCount));
        }

        private TokenTable table(int[] docOfArrival, long[] pairs) {
            PackedStrings tokens = ids.build(false);
            int unique = tokens.size();
            Integer[] order = new Integer[unique];
            Arrays.setAll(order, id -> id);
            Arrays.sort(order, tokens::compare);
            int[] sorted = new int[unique];
            int[] rank = new int[unique];
            for (int r = 0; r < unique; r++) {
                sorted[r] = order[r];
                rank[order[r]] = r;
            }
            for (int i = 0; i < pairCount; i++) {
                long pair = pairs[i];
                pairs[i] = ((long) rank[(int) (pair >>> 32)] << 32) | docOfArrival[(int) pair];
            }
            Arrays.sort(pairs, 0, pairCount);
            int[] offsets = new int[unique + 1];
            int[] postings = new int[pairCount];
            for (int i = 0; i < pairCount; i++) {
                offsets[(int) (pairs[i] >>> 32) + 1]++;
                postings[i] = (int) pairs[i];
            }
            for (int r = 0; r < unique; r++) {
                offsets[r + 1] += offsets[r];
            }
            return new TokenTable(tokens, sorted, offsets, postings);
        }
    }
}
