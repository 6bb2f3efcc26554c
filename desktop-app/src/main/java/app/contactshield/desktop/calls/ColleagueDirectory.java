package app.contactshield.desktop.calls;

import app.contactshield.graphsync.model.Person;
import app.contactshield.graphsync.store.ContactStore;
import app.contactshield.graphsync.store.StoreException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Finds colleagues to chat with. May block: the call window calls it off the JavaFX thread. */
@FunctionalInterface
public interface ColleagueDirectory {

    /** Colleagues whose name, title or UPN contains every word of {@code query}, at most {@code limit}. */
    List<Colleague> find(String query, int limit) throws StoreException;

    /**
     * A directory over the store's colleagues that have a user principal name. Streams the store on each search, one
     * person at a time, so the whole directory is never in memory.
     */
    static ColleagueDirectory of(ContactStore store) {
        return (query, limit) -> {
            String[] words = fold(query).split("\\s+");
            List<Colleague> found = new ArrayList<>();
            store.forEachPerson(p -> {
                if (found.size() < limit && p.isDirectoryUser() && p.userPrincipalName() != null
                        && matches(p, words)) {
                    found.add(new Colleague(p.displayName() == null ? p.userPrincipalName() : p.displayName(),
                            p.jobTitle(), p.userPrincipalName()));
                }
            });
            return List.copyOf(found);
        };
    }

    private static boolean matches(Person person, String[] words) {
        String haystack = fold(String.join(" ", String.valueOf(person.displayName()),
                String.valueOf(person.jobTitle()), person.userPrincipalName()));
        for (String word : words) {
            if (!word.isEmpty() && !haystack.contains(word)) {
                return false;
            }
        }
        return true;
    }

    /** Lower case without accents, so that "Müller" finds "muller". */
    static String fold(String text) {
        String decomposed = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFD);
        return decomposed.replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT).trim();
    }
}
