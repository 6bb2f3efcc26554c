package app.contactshield.desktop.search;

import java.util.Arrays;
import java.util.BitSet;

/**
 * Finds documents by any run of digits inside their phone numbers: a suffix array over every indexed digit string.
 * A document's strings are kept together, one byte a digit, each followed by an end mark; each suffix is one {@code
 * int} (the document and the offset inside its digits), sorted by the suffix's first {@value #KEY_DIGITS} digits,
 * so a matching range names its documents without a further lookup. The suffixes sit in buckets
 * by their first three digits, so that a query finds its bucket directly and binary-searches only inside it.
 * Queries longer than {@value #KEY_DIGITS} digits match on their first {@value #KEY_DIGITS}. The answers to every
 * one- and two-digit query (the first keystrokes, which match nearly everyone) are kept as ready bit sets.
 * Immutable once built; thread-safe for reads.
 */
final class DigitIndex {
    static final int KEY_DIGITS = 12;
    private static final int BUCKET_DIGITS = 3;
    private static final int RADIX = 11;
    private static final int OFFSET_BITS = 10;
    static final int MAX_DOCS = 1 << (Integer.SIZE - 1 - OFFSET_BITS);
    private static final int MAX_OFFSET = (1 << OFFSET_BITS) - 1;
    private static final byte END = 0;

    private final byte[] text;
    private final int[] textStart;
    private final int[] suffixes;
    private final int[] bucketStart;
    private final BitSet[] shortAnswers = new BitSet[110];

    private DigitIndex(byte[] text, int[] textStart, int[] suffixes, int[] bucketStart) {
        this.text = text;
        this.textStart = textStart;
        this.suffixes = suffixes;
        this.bucketStart = bucketStart;
        for (int digit = 0; digit < 10; digit++) {
            int first = (digit + 1) * RADIX * RADIX;
            shortAnswers[digit] = collect(bucketStart[first], bucketStart[first + RADIX * RADIX]);
            for (int second = 0; second < 10; second++) {
                int bucket = first + (second + 1) * RADIX;
                shortAnswers[10 + digit * 10 + second] = collect(bucketStart[bucket], bucketStart[bucket + RADIX]);
            }
        }
    }

    /** Number of indexed suffixes. */
    int size() {
        return suffixes.length;
    }

    /** Sets in {@code into} every document with a number containing {@code digits} (ASCII digits only). */
    void match(String digits, BitSet into) {
        if (digits.isEmpty()) {
            return;
        }
        if (digits.length() == 1) {
            into.or(shortAnswers[digits.charAt(0) - '0']);
            return;
        }
        if (digits.length() == 2) {
            into.or(shortAnswers[10 + (digits.charAt(0) - '0') * 10 + digits.charAt(1) - '0']);
            return;
        }
        byte[] query = new byte[Math.min(digits.length(), KEY_DIGITS)];
        for (int i = 0; i < query.length; i++) {
            query[i] = (byte) (digits.charAt(i) - '0' + 1);
        }
        int bucket = (query[0] * RADIX + query[1]) * RADIX + query[2];
        int from = bound(query, bucketStart[bucket], bucketStart[bucket + 1], false);
        int to = bound(query, from, bucketStart[bucket + 1], true);
        for (int i = from; i < to; i++) {
            into.set(suffixes[i] >>> OFFSET_BITS);
        }
    }

    /** The first suffix in [low, high) whose key is at least (or, with {@code after}, above) the query's. */
    private int bound(byte[] query, int low, int high, boolean after) {
        while (low < high) {
            int mid = (low + high) >>> 1;
            int order = compare(suffixes[mid], query);
            if (order < 0 || after && order == 0) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }

    /** Compares a suffix's digits after the bucket digits with the query's, up to the query's length. */
    private int compare(int suffix, byte[] query) {
        int at = position(suffix) + BUCKET_DIGITS;
        for (int i = BUCKET_DIGITS; i < query.length; i++, at++) {
            int order = Byte.compare(text[at], query[i]);
            if (order != 0) {
                return order;
            }
        }
        return 0;
    }

    private int position(int suffix) {
        return textStart[suffix >>> OFFSET_BITS] + (suffix & MAX_OFFSET);
    }

    private BitSet collect(int from, int to) {
        BitSet docs = new BitSet(textStart.length);
        for (int i = from; i < to; i++) {
            docs.set(suffixes[i] >>> OFFSET_BITS);
        }
        return docs;
    }

    /**
     * Collects digit strings per document; documents are arrival numbers, added in ascending order. Holds the digits
     * one byte each while collecting, and sorts one bucket of suffixes at a time when building, so building needs
     * little more than the finished index. Not thread-safe.
     */
    static final class Builder {
        private byte[] text = new byte[4096];
        private int length;
        private int[] segmentStart = new int[1024];
        private int lastDoc = -1;

        /** Indexes every suffix of {@code digits} (ASCII digits only) for {@code doc}, in its first 1,024 digits. */
        void add(String digits, int doc) {
            if (doc >= MAX_DOCS) {
                throw new IllegalArgumentException("Document id " + doc + " exceeds the digit index limit of "
                        + MAX_DOCS + " people");
            }
            if (digits.isEmpty()) {
                return;
            }
            startSegments(doc);
            if (length + digits.length() + 1 > text.length) {
                text = Arrays.copyOf(text, Math.max(length + digits.length() + 1, text.length + (text.length >> 1)));
            }
            for (int i = 0; i < digits.length(); i++) {
                text[length++] = (byte) (digits.charAt(i) - '0' + 1);
            }
            text[length++] = END;
        }

        /** Starts the digits of every document up to {@code doc}; documents without numbers have none. */
        private void startSegments(int doc) {
            if (doc + 1 >= segmentStart.length) {
                segmentStart = Arrays.copyOf(segmentStart, Math.max(doc + 2, segmentStart.length
                        + (segmentStart.length >> 1)));
            }
            while (lastDoc < doc) {
                segmentStart[++lastDoc] = length;
            }
        }

        /** The index, with every arrival number {@code a} replaced by the document {@code docOfArrival[a]}. */
        DigitIndex build(int[] docOfArrival) {
            DigitIndex index = snapshot(docOfArrival);
            text = null;
            return index;
        }

        /** As {@link #build}, keeping the collected digits, so that adding may go on. */
        DigitIndex snapshot(int[] docOfArrival) {
            int docs = docOfArrival.length;
            startSegments(docs);
            byte[] packed = Arrays.copyOf(text, length);
            int[] starts = Arrays.copyOf(segmentStart, docs + 1);
            SuffixSorter sorter = new SuffixSorter(packed, starts, BUCKET_DIGITS, KEY_DIGITS, OFFSET_BITS);
            int[] sorted = sorter.sort();
            int[] textStart = new int[docs];
            for (int arrival = 0; arrival < docs; arrival++) {
                textStart[docOfArrival[arrival]] = starts[arrival];
            }
            for (int i = 0; i < sorted.length; i++) {
                int suffix = sorted[i];
                sorted[i] = docOfArrival[suffix >>> OFFSET_BITS] << OFFSET_BITS | suffix & MAX_OFFSET;
            }
            return new DigitIndex(packed, textStart, sorted, sorter.bucketStart());
        }
    }
}
