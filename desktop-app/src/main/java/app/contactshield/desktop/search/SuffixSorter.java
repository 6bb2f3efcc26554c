package app.contactshield.desktop.search;

import java.util.Arrays;

/**
 * Sorts every suffix of a set of digit strings for {@link DigitIndex}, strings grouped in segments (one per
 * document): a counting sort into buckets by the first
 * digits, then each bucket on its own by the next digits up to the key length, as one {@code long} per suffix (the
 * digits in base 11 above the suffix's number), so that the extra memory is one bucket's worth. Digits are stored
 * as 1 to 10 and each string ends with 0. Single use; not thread-safe.
 */
final class SuffixSorter {
    private static final int RADIX = 11;

    private final byte[] text;
    private final int[] stringStart;
    private final int bucketDigits;
    private final int keyDigits;
    private final int offsetBits;
    private final int[] bucketStart;

    /**
     * @param text         the strings, one byte a digit, each followed by 0
     * @param stringStart  where each segment starts, with the text's length last
     * @param bucketDigits how many leading digits choose a bucket
     * @param keyDigits    how many leading digits the order considers
     * @param offsetBits   how many low bits of a suffix's number hold its offset in its segment
     */
    SuffixSorter(byte[] text, int[] stringStart, int bucketDigits, int keyDigits, int offsetBits) {
        if ((long) (stringStart.length - 1) << offsetBits > 1L << (Integer.SIZE - 1)) {
            throw new IllegalArgumentException((stringStart.length - 1) + " segments exceed the digit index limit of "
                    + (1 << (Integer.SIZE - 1 - offsetBits)));
        }
        this.text = text;
        this.stringStart = stringStart;
        this.bucketDigits = bucketDigits;
        this.keyDigits = keyDigits;
        this.offsetBits = offsetBits;
        int buckets = 1;
        for (int i = 0; i < bucketDigits; i++) {
            buckets *= RADIX;
        }
        this.bucketStart = new int[buckets + 1];
    }

    /** The suffixes ({@code segment << offsetBits | offset}) in order; fills {@link #bucketStart()}. */
    int[] sort() {
        int strings = stringStart.length - 1;
        int maxOffset = 1 << offsetBits;
        for (int s = 0; s < strings; s++) {
            int end = Math.min(stringStart[s + 1], stringStart[s] + maxOffset);
            for (int at = stringStart[s]; at < end; at++) {
                if (text[at] != 0) {
                    bucketStart[(int) digitsAt(at, bucketDigits) + 1]++;
                }
            }
        }
        int largest = 0;
        for (int b = 1; b < bucketStart.length; b++) {
            largest = Math.max(largest, bucketStart[b]);
            bucketStart[b] += bucketStart[b - 1];
        }
        int[] suffixes = new int[bucketStart[bucketStart.length - 1]];
        int[] fill = Arrays.copyOf(bucketStart, bucketStart.length);
        for (int s = 0; s < strings; s++) {
            int end = Math.min(stringStart[s + 1], stringStart[s] + maxOffset);
            for (int at = stringStart[s]; at < end; at++) {
                if (text[at] != 0) {
                    suffixes[fill[(int) digitsAt(at, bucketDigits)]++] = s << offsetBits | at - stringStart[s];
                }
            }
        }
        long[] scratch = new long[largest];
        for (int b = 0; b + 1 < bucketStart.length; b++) {
            sortBucket(suffixes, bucketStart[b], bucketStart[b + 1], scratch);
        }
        return suffixes;
    }

    /** Where each bucket starts in the sorted suffixes, with their count last. */
    int[] bucketStart() {
        return bucketStart;
    }

    private void sortBucket(int[] suffixes, int from, int to, long[] scratch) {
        if (to - from < 2) {
            return;
        }
        long restRange = 1;
        for (int i = bucketDigits; i < keyDigits; i++) {
            restRange *= RADIX;
        }
        for (int i = from; i < to; i++) {
            int suffix = suffixes[i];
            int at = stringStart[suffix >>> offsetBits] + (suffix & ((1 << offsetBits) - 1));
            long key = digitsAt(at, keyDigits) % restRange;
            scratch[i - from] = (key << Integer.SIZE | suffix) ^ Long.MIN_VALUE;
        }
        Arrays.sort(scratch, 0, to - from);
        for (int i = from; i < to; i++) {
            suffixes[i] = (int) scratch[i - from];
        }
    }

    /** The {@code count} digits from {@code at} in base 11, padded with 0 after the end mark. */
    private long digitsAt(int at, int count) {
        long value = 0;
        boolean ended = false;
        for (int i = 0; i < count; i++) {
            int digit = ended ? 0 : text[at + i];
            ended = digit == 0;
            value = value * RADIX + digit;
        }
        return value;
    }
}
