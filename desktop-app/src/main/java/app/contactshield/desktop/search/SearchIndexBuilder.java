package app.contactshield.desktop.search;

import app.contactshield.graphsync.model.Person;
import app.contactshield.graphsync.model.PersonKey;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Set;

/**
 * Builds a {@link SearchIndex} from people handed over one at a time, in any order, so that the people need not be
 * in memory together: each is reduced at once to its packed row data, its folded tokens and its phone digits.
 * {@link #build()} then numbers the people alphabetically. One builder builds one index. Not thread-safe: use it on
 * one background thread (300,000 people take a few seconds).
 */
public final class SearchIndexBuilder {
    private final Set<PersonKey> favourites;
    private final EntryTable.Builder entries = new EntryTable.Builder();
    private final PackedStrings.Builder sortKeys = new PackedStrings.Builder(false);
    private final TokenTable.Builder names = new TokenTable.Builder();
    private final TokenTable.Builder others = new TokenTable.Builder();
    private final DigitIndex.Builder digits = new DigitIndex.Builder();
    private final BitSet favouriteArrivals = new BitSet();
    private boolean built;

    /** @param favourites keys of the user's favourites */
    SearchIndexBuilder(Set<PersonKey> favourites) {
        this.favourites = Set.copyOf(favourites);
    }

    /** Adds one person; the person object is not kept. */
    public SearchIndexBuilder add(Person person) {
        if (built) {
            throw new IllegalStateException("This search index builder has built its index already");
        }
        int doc = entries.add(person);
        sortKeys.add(TextFold.fold(person.displayName() == null ? "" : person.displayName()));
        indexPerson(person, doc);
        if (favourites.contains(person.key())) {
            favouriteArrivals.set(doc);
        }
        return this;
    }

    /** How many people were added. */
    public int size() {
        return entries.size();
    }

    /** The index: documents in alphabetical order of the folded display name, equal names in arrival order. */
    public SearchIndex build() {
        built = true;
        return index(false);
    }

    /**
     * An index of the people added so far, as {@link #build()} makes it, while the builder takes more people: for
     * search that answers while a big store is still being read. Costs about as much as building an index of that
     * many people.
     */
    public SearchIndex snapshot() {
        if (built) {
            throw new IllegalStateException("This search index builder has built its index already");
        }
        return index(true);
    }

    private SearchIndex index(boolean snapshot) {
        PackedStrings folded = sortKeys.build(false);
        int size = entries.size();
        Integer[] order = new Integer[size];
        Arrays.setAll(order, i -> i);
        Arrays.sort(order, folded::compare);
        int[] arrivalOfDoc = new int[size];
        int[] docOfArrival = new int[size];
        BitSet favouriteDocs = new BitSet(size);
        for (int doc = 0; doc < size; doc++) {
            arrivalOfDoc[doc] = order[doc];
            docOfArrival[order[doc]] = doc;
            if (favouriteArrivals.get(order[doc])) {
                favouriteDocs.set(doc);
            }
        }
        if (snapshot) {
            return new SearchIndex(entries.snapshot(arrivalOfDoc), names.snapshot(docOfArrival),
                    others.snapshot(docOfArrival), digits.snapshot(docOfArrival), favouriteDocs);
        }
        return new SearchIndex(entries.build(arrivalOfDoc), names.build(docOfArrival), others.build(docOfArrival),
                digits.build(docOfArrival), favouriteDocs);
    }

    private void indexPerson(Person person, int doc) {
        for (String field : new String[] {person.displayName(), person.givenName(), person.familyName()}) {
            TextFold.tokens(field).forEach(token -> names.add(token, doc));
        }
        for (String field : new String[] {person.company(), person.department(), person.jobTitle()}) {
            TextFold.tokens(field).forEach(token -> others.add(token, doc));
        }
        for (String email : person.emails()) {
            TextFold.tokens(email).forEach(token -> others.add(token, doc));
        }
        for (Person.SourcedPhone phone : person.phones()) {
            String e164 = phone.number().e164();
            if (e164 != null) {
                String e164Digits = digitsOf(e164);
                digits.add(e164Digits, doc);
                String extension = phone.number().extension();
                if (extension != null && !extension.isBlank()) {
                    digits.add(e164Digits + digitsOf(extension), doc);
                }
            } else {
                digits.add(SearchQuery.dialDigits(phone.number().raw()), doc);
            }
        }
    }

    private static String digitsOf(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                out.append(c);
            }
        }
        return out.toString();
    }
}
