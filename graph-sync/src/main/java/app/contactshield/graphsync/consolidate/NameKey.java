package app.contactshield.graphsync.consolidate;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Reduces a person's name to a form that matches regardless of case, accents, punctuation and word order:
 * "Müller, Jörg" and "jorg MULLER" both become "jorg muller". Stateless and thread-safe.
 */
public final class NameKey {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SEPARATORS = Pattern.compile("[^\\p{L}\\p{N}]+");

    private NameKey() {
    }

    /** The normalised form of a name, or the empty string when the name has no letters or digits. */
    public static String of(String name) {
        if (name == null || name.isBlank()) {
            return "";
        }
        String folded = fold(name);
        String[] words = SEPARATORS.split(folded.trim());
        String[] kept = Arrays.stream(words).filter(w -> !w.isEmpty()).sorted().toArray(String[]::new);
        return String.join(" ", kept);
    }

    private static String fold(String name) {
        String lower = name.toLowerCase(Locale.ROOT)
                .replace("ß", "ss").replace("æ", "ae").replace("ø", "o").replace("œ", "oe").replace("ł", "l");
        return MARKS.matcher(Normalizer.normalize(lower, Normalizer.Form.NFD)).replaceAll("");
    }
}
