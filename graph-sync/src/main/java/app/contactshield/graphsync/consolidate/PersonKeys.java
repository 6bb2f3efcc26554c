package app.contactshield.graphsync.consolidate;

import app.contactshield.graphsync.model.PersonKey;
import java.util.Comparator;

/**
 * Chooses the key of a consolidated person among the keys of its records: an Entra object id key first, then an
 * e-mail key, then a source key, each kind ordered by its text. The choice does not depend on the policy's source
 * precedence, so a changed precedence never moves favourites or notes. Stateless and thread-safe.
 */
public final class PersonKeys {
    /** Orders record keys so that the first one is the person's key. */
    public static final Comparator<String> PREFERENCE = Comparator.comparingInt(PersonKeys::rank)
            .thenComparing(Comparator.naturalOrder());

    private PersonKeys() {
    }

    /** Whether {@code candidate} is preferred over {@code current} as the person's key. */
    public static boolean better(String candidate, String current) {
        return current == null || PREFERENCE.compare(candidate, current) < 0;
    }

    /** The preferred of two keys. */
    public static PersonKey preferred(PersonKey a, PersonKey b) {
        return PREFERENCE.compare(a.value(), b.value()) <= 0 ? a : b;
    }

    private static int rank(String key) {
        if (key.startsWith("oid:")) {
            return 0;
        }
        return key.startsWith("mail:") ? 1 : 2;
    }
}
