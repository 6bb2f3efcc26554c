package app.contactshield.graphsync.consolidate;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Reduces a person's name to a form that matches regardless of case, accents, punctuation and word order:
 * "Müller, Jörg" and "jorg MULLER" both become "jorg muller". Stateless and thread-safe.
 */
public final class NameKey {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private NameKey() {
    }

    /** The normalised form of a name, or the empty string when the name has no letters or digits. */
    public static String of(String name) {
        if (name == null || name.isBlank()) {
            return "";
        }
        String folded = fold(name);
        List<String> words = new ArrayList<>(4);
        int start = -1;
        for (int i = 0; i <= folded.length(); i++) {
            boolean wordChar = i < folded.length() && Character.isLetterOrDigit(folded.charAt(i));
            if (wordChar && start < 0) {
                start = i;
            } else if (!wordChar && start >= 0) {
                words.add(folded.substring(start, i));
                start = -1;
            }
        }
        if (words.size() > 1) {
            Collections.sort(words);
        }
        return String.join(" ", words);
    }

    private static String fold(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (isAscii(lower)) {
            return lower;
        }
        lower = lower.replace("ß", "ss").replace("æ", "ae").replace("ø", "o").replace("œ", "oe").replace("ł", "l");
        return MARKS.matcher(Normalizer.normalize(lower, Normalizer.Form.NFD)).replaceAll("");
    }

    private static boolean isAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }
}
