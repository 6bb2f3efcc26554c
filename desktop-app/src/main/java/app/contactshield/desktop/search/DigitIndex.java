package app.contactshield.desktop.search;

import java.util.Arrays;
import java.util.BitSet;

/**
 * Finds documents by any run of digits inside their phone numbers. Every suffix of every indexed digit string is
 * kept as one sorted {@code long}: its first {@value #KEY_DIGITS} digits in base 11 (0 marks the end), shifted
 * left over the document id. A digit query is then a range of that array, found by binary search. Queries longer
 * than {@value #KEY_DIGITS} digits match on their first {@value #KEY_DIGITS}. The answers to every one- and
 * two-digit query (the first keystrokes, which match nearly everyone) are kept as ready bit sets. Immutable once
 * built.
 */
final class DigitIndex {
    static final int KEY_DIGITS = 12;
    static final int DOC_BITS = 21;
    static final int MAX_DOCS = 1 << DOC_BITS;

    private final long[] entries;
    private final BitSet[] shortAnswers;

    private DigitIndex(long[] entries) {
        this.entries = entries;
        this.shortAnswers = new BitSet[110];
        for (int digit = 0; digit < 10; digit++) {
            shortAnswers[digit] = new BitSet();
            scan(String.valueOf(digit), shortAnswers[digit]);
            for (int second = 0; second < 10; second++) {
                int slot = 10 + digit * 10 + second;
                shortAnswers[slot] = new BitSet();
                scan("" + digit + second, shortAnswers[slot]);
            }
        }
    }

    /** Number of indexed suffixes. */
    int size() {
        return entries.length;
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
        scan(digits, into);
    }

    private void scan(String digits, BitSet into) {
        long low = key(digits, 0, false) << DOC_BITS;
        long high = (key(digits, 0, true) << DOC_BITS) | (MAX_DOCS - 1);
        int from = lowerBound(low);
        for (int i = from; i < entries.length && entries[i] <= high; i++) {
            into.set((int) (entries[i] & (MAX_DOCS - 1)));
        }
    }

    private int lowerBound(long value) {
        int position = Arrays.binarySearch(entries, value);
        if (position >= 0) {
            while (position > 0 && entries[position - 1] == value) {
                position--;
            }
            return position;
        }
        return -position - 1;
    }

    private static long key(String digits, int start, boolean padHigh) {
        long key = 0;
        for (int i = 0; i < KEY_DIGITS; i++) {
            int at = start + i;
            long digit;
            if (at < digits.length()) {
                digit = digits.charAt(at) - '0' + 1;
            } else {
                digit = padHigh ? 10 : 0;
            }
            key = key * 11 + digit;
        }
        return key;
    }

    /**
     * Collects digit strings per document; documents are arrival numbers. The suffixes grow one array by half its
     * size at a time and are sorted in place, so building needs little more than the finished index. Not
     * thread-safe.
     */
    static final class Builder {
        private long[] entries = new long[4096];
        private int count;

        /** Indexes every suffix of {@code digits} (ASCII digits only) for {@code doc}. */
        void add(String digits, int doc) {
            if (doc >= MAX_DOCS) {
                throw new IllegalArgumentException("Document id " + doc + " exceeds the digit index limit of "
                        + MAX_DOCS + " people");
            }
            for (int start = 0; start < digits.length(); start++) {
                if (count == entries.length) {
                    entries = Arrays.copyOf(entries, count + (count >> 1));
                }
                entries[count++] = (key(digits, start, false) << DOC_BITS) | doc;
            }
        }

        /** The index, with every arrival number {@code a} replaced by the document {@code docOfArrival[a]}. */
        DigitIndex build(int[] docOfArrival) {
            for (int i = 0; i < count; i++) {
                long entry = entries[i];
                entries[i] = (entry & ~(long) (MAX_DOCS - 1)) | docOfArrival[(int) (entry & (MAX_DOCS - 1))];
            }
            Arrays.sort(entries, 0, count);
            long[] sorted = count == entries.length ? entries : Arrays.copyOf(entries, count);
            entries = null;
            return new DigitIndex(sorted);
        }
    }
}
