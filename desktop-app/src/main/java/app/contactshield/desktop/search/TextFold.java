package app.contactshield.desktop.search;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

/**
 * Folds text to the form the search index compares: lower case, accents removed, and German umlauts read both ways,
 * so that {@code Müller}, {@code Mueller} and {@code muller} all fold to {@code muller}. Umlauts fold to their base
 * letter, and the digraphs {@code ae}, {@code oe} and {@code ue} collapse to {@code a}, {@code o} and {@code u}; the
 * same folding applies to indexed text and to what the user types, and it keeps prefixes: when {@code q} is a prefix
 * of {@code w}, {@code fold(q)} is a prefix of {@code fold(w)}. Stateless and thread-safe.
 */
public final class TextFold {

    private static final int TABLE_SIZE = 0x250;
    private static final String[] DECOMPOSED = new String[TABLE_SIZE];

    static {
        for (char c = 128; c < TABLE_SIZE; c++) {
            DECOMPOSED[c] = decompose(c);
        }
    }

    private TextFold() {
    }

    /** Splits text into folded tokens at every character that is neither a letter nor a digit. */
    public static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>(4);
        if (text == null) {
            return tokens;
        }
        StringBuilder token = new StringBuilder(16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                appendFolded(token, c);
            } else if (!isCombiningMark(c)) {
                flush(tokens, token);
            }
        }
        flush(tokens, token);
        return tokens;
    }

    /** Folds one word; characters that are neither letters nor digits are dropped. */
    public static String fold(String word) {
        StringBuilder out = new StringBuilder(word.length());
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                appendFolded(out, c);
            }
        }
        return out.toString();
    }

    private static void flush(List<String> tokens, StringBuilder token) {
        if (token.length() > 0) {
            tokens.add(token.toString());
            token.setLength(0);
        }
    }

    private static void appendFolded(StringBuilder out, char c) {
        if (c < 128) {
            append(out, Character.toLowerCase(c));
            return;
        }
        switch (Character.toLowerCase(c)) {
            case 'ß' -> {
                append(out, 's');
                append(out, 's');
            }
            case 'æ' -> append(out, 'a');
            case 'œ', 'ø' -> append(out, 'o');
            case 'ł' -> append(out, 'l');
            case 'đ', 'ð' -> append(out, 'd');
            case 'þ' -> {
                append(out, 't');
                append(out, 'h');
            }
            case 'ı' -> append(out, 'i');
            default -> appendDecomposed(out, c);
        }
    }

    private static void appendDecomposed(StringBuilder out, char c) {
        String decomposed = c < TABLE_SIZE ? DECOMPOSED[c] : decompose(c);
        for (int i = 0; i < decomposed.length(); i++) {
            append(out, decomposed.charAt(i));
        }
    }

    private static String decompose(char c) {
        String decomposed = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
        StringBuilder base = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); i++) {
            char d = decomposed.charAt(i);
            if (!isCombiningMark(d)) {
                base.append(Character.toLowerCase(d));
            }
        }
        return base.toString();
    }

    private static void append(StringBuilder out, char c) {
        int last = out.length() - 1;
        if (c == 'e' && last >= 0) {
            char previous = out.charAt(last);
            if (previous == 'a' || previous == 'o' || previous == 'u') {
                return;
            }
        }
        out.append(c);
    }

    private static boolean isCombiningMark(char c) {
        int type = Character.getType(c);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK;
    }
}
