package app.contactshield.desktop.search;

import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.Map;

/**
 * Sorted unique folded tokens, each with the ascending ids of the documents that hold it. A prefix selects a
 * contiguous run of tokens, found by binary search. Immutable once built; thread-safe for reads.
 */
final class TokenTable {
    private final String[] tokens;
    private final int[] offsets;
    private final int[] postings;

    private TokenTable(String[] tokens, int[] offsets, int[] postings) {
        this.tokens = tokens;
        this.offsets = offsets;
        this.postings = postings;
    }

    /** Number of unique tokens. */
    int size() {
        return tokens.length;
    }

    /** Sets in {@code into} every document holding a token that starts with {@code prefix}. */
    void matchPrefix(String prefix, BitSet into) {
        int from = lowerBound(prefix);
        int to = from;
        while (to < tokens.length && tokens[to].startsWith(prefix)) {
            to++;
        }
        for (int p = offsets[from]; p < offsets[to]; p++) {
            into.set(postings[p]);
        }
    }

    /** Sets in {@code into} every document holding exactly {@code token}. */
    void matchExact(String token, BitSet into) {
        int at = lowerBound(token);
        if (at < tokens.length && tokens[at].equals(token)) {
            for (int p = offsets[at]; p < offsets[at + 1]; p++) {
                into.set(postings[p]);
            }
        }
    }

    private int lowerBound(String key) {
        int low = 0;
        int high = tokens.length;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (tokens[mid].compareTo(key) < 0) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }

    /** Collects (token, document) pairs; documents must be added in ascending order. Not thread-safe. */
    static final class Builder {
        private final Map<String, Integer> ids = new HashMap<>();
        private String[] byId = new String[1024];
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
            Integer id = ids.get(token);
            if (id == null) {
                id = ids.size();
                ids.put(token, id);
                if (id == byId.length) {
                    byId = Arrays.copyOf(byId, id * 2);
                }
                byId[id] = token;
            }
            long pair = ((long) id << 32) | doc;
            for (int i = lastPairStart; i < pairCount; i++) {
                if (pairs[i] == pair) {
                    return;
                }
            }
            if (pairCount == pairs.length) {
                pairs = Arrays.copyOf(pairs, pairCount * 2);
            }
            pairs[pairCount++] = pair;
        }

        TokenTable build() {
            int unique = ids.size();
            String[] sorted = Arrays.copyOf(byId, unique);
            Arrays.sort(sorted);
            int[] rank = new int[unique];
            for (int r = 0; r < unique; r++) {
                rank[ids.get(sorted[r])] = r;
            }
            long[] ranked = new long[pairCount];
            for (int i = 0; i < pairCount; i++) {
                ranked[i] = ((long) rank[(int) (pairs[i] >>> 32)] << 32) | (pairs[i] & 0xFFFF_FFFFL);
            }
            Arrays.parallelSort(ranked);
            int[] offsets = new int[unique + 1];
            int[] postings = new int[pairCount];
            for (int i = 0; i < pairCount; i++) {
                offsets[(int) (ranked[i] >>> 32) + 1]++;
                postings[i] = (int) ranked[i];
            }
            for (int r = 0; r < unique; r++) {
                offsets[r + 1] += offsets[r];
            }
            return new TokenTable(sorted, offsets, postings);
        }
    }
}
