package app.contactshield.desktop.search;

import app.contactshield.graphsync.model.ContactRecord;
import app.contactshield.graphsync.model.Person;
import app.contactshield.graphsync.model.PersonKey;
import app.contactshield.graphsync.model.SourceId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * An in-memory index for search as you type over every person in the store. Names, company, department, job title
 * and e-mail addresses are folded into tokens ({@link TextFold}) and matched by prefix; phone numbers are matched by
 * any run of their digits ({@link DigitIndex}). Every term of a query must match, in any order. Hits are ranked:
 * a term that equals a name token beats one that starts a name token, which beats a match in another field;
 * favourites come first among equals; then alphabetical order. An empty query lists favourites first, then everyone.
 *
 * <p>Built once from a snapshot of the store on a background thread; queries are thread-safe and allocate only a
 * few bit sets, so they can run on the JavaFX thread. Favourite flags may change after building.
 */
public final class SearchIndex {
    private static final int NAME_EXACT = 3;
    private static final int NAME_PREFIX = 2;
    private static final int OTHER_FIELD = 1;
    private static final int TERM_WEIGHT = 10;
    private static final int FAVOURITE_BOOST = 5;
    private static final int SMALL_MATCH = 2_000;

    private final SearchEntry[] entries;
    private final Map<PersonKey, Integer> docs;
    private final TokenTable names;
    private final TokenTable others;
    private final DigitIndex digits;
    private volatile BitSet favourites;

    private SearchIndex(SearchEntry[] entries, Map<PersonKey, Integer> docs, TokenTable names, TokenTable others,
            DigitIndex digits, BitSet favourites) {
        this.entries = entries;
        this.docs = docs;
        this.names = names;
        this.others = others;
        this.digits = digits;
        this.favourites = favourites;
    }

    /** An index of nobody. */
    public static SearchIndex empty() {
        return build(List.of(), Set.of());
    }

    /**
     * Builds the index. Runs on the calling thread (a background thread: 300,000 people take about a second).
     *
     * @param people     every person to find
     * @param favourites keys of the user's favourites
     */
    public static SearchIndex build(Collection<Person> people, Set<PersonKey> favourites) {
        Person[] sorted = people.toArray(new Person[0]);
        String[] sortKeys = new String[sorted.length];
        Integer[] order = new Integer[sorted.length];
        for (int i = 0; i < sorted.length; i++) {
            sortKeys[i] = TextFold.fold(nullToEmpty(sorted[i].displayName()));
            order[i] = i;
        }
        Arrays.sort(order, Comparator.comparing((Integer i) -> sortKeys[i]));
        SearchEntry[] entries = new SearchEntry[sorted.length];
        Map<PersonKey, Integer> docs = new HashMap<>(sorted.length * 2);
        TokenTable.Builder names = new TokenTable.Builder();
        TokenTable.Builder others = new TokenTable.Builder();
        DigitIndex.Builder digits = new DigitIndex.Builder();
        BitSet favouriteDocs = new BitSet(sorted.length);
        Map<String, String> shared = new HashMap<>();
        for (int doc = 0; doc < sorted.length; doc++) {
            Person person = sorted[order[doc]];
            entries[doc] = entryOf(person, shared);
            docs.put(person.key(), doc);
            indexPerson(person, doc, names, others, digits);
            if (favourites.contains(person.key())) {
                favouriteDocs.set(doc);
            }
        }
        return new SearchIndex(entries, docs, names.build(), others.build(), digits.build(), favouriteDocs);
    }

    private static void indexPerson(Person person, int doc, TokenTable.Builder names, TokenTable.Builder others,
            DigitIndex.Builder digits) {
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

    private static SearchEntry entryOf(Person person, Map<String, String> shared) {
        Set<SourceId> sources = new LinkedHashSet<>();
        for (ContactRecord record : person.records()) {
            sources.add(record.source());
        }
        person.phones().forEach(phone -> sources.add(phone.source()));
        return new SearchEntry(person.key(), person.displayName(), share(person.company(), shared),
                share(person.jobTitle(), shared), share(person.department(), shared), List.copyOf(sources),
                person.isDirectoryUser());
    }

    /** One instance per distinct company, title and department text, so 300,000 rows keep a few thousand. */
    private static String share(String text, Map<String, String> shared) {
        return text == null ? null : shared.computeIfAbsent(text, t -> t);
    }

    /** How many people the index holds. */
    public int size() {
        return entries.length;
    }

    /** The row data of one person, when indexed. */
    public Optional<SearchEntry> entry(PersonKey key) {
        Integer doc = docs.get(key);
        return doc == null ? Optional.empty() : Optional.of(entries[doc]);
    }

    /** Whether a person is marked as favourite in this index. */
    public boolean isFavourite(PersonKey key) {
        Integer doc = docs.get(key);
        return doc != null && favourites.get(doc);
    }

    /** Every favourite, alphabetically. */
    public List<SearchHit> favouriteHits() {
        BitSet current = favourites;
        List<SearchHit> hits = new ArrayList<>(current.cardinality());
        for (int doc = current.nextSetBit(0); doc >= 0; doc = current.nextSetBit(doc + 1)) {
            hits.add(new SearchHit(entries[doc], true));
        }
        return hits;
    }

    /** Marks or unmarks a favourite; a person not in the index is ignored. Thread-safe. */
    public synchronized void setFavourite(PersonKey key, boolean favourite) {
        Integer doc = docs.get(key);
        if (doc != null) {
            BitSet copy = (BitSet) favourites.clone();
            copy.set(doc, favourite);
            favourites = copy;
        }
    }

    /**
     * Answers a query.
     *
     * @param text  the text as typed; blank lists favourites first, then everyone
     * @param limit the most hits to return
     */
    public SearchResult query(String text, int limit) {
        SearchQuery query = SearchQuery.parse(text);
        BitSet currentFavourites = favourites;
        if (query.isEmpty()) {
            return everyone(text, limit, currentFavourites);
        }
        List<SearchQuery.Term> terms = query.terms();
        BitSet[] exact = new BitSet[terms.size()];
        BitSet[] prefix = new BitSet[terms.size()];
        BitSet matched = null;
        for (int t = 0; t < terms.size(); t++) {
            SearchQuery.Term term = terms.get(t);
            exact[t] = new BitSet(entries.length);
            prefix[t] = new BitSet(entries.length);
            BitSet any = new BitSet(entries.length);
            if (term.text() != null) {
                names.matchExact(term.text(), exact[t]);
                names.matchPrefix(term.text(), prefix[t]);
                others.matchPrefix(term.text(), any);
            }
            if (term.digits() != null) {
                digits.match(term.digits(), prefix[t]);
            }
            any.or(prefix[t]);
            if (matched == null) {
                matched = any;
            } else {
                matched.and(any);
            }
        }
        return ranked(text, limit, matched, exact, prefix, currentFavourites);
    }

    private SearchResult ranked(String text, int limit, BitSet matched, BitSet[] exact, BitSet[] prefix,
            BitSet currentFavourites) {
        int total = matched.cardinality();
        if (exact.length == 1 && total > SMALL_MATCH) {
            return rankedByClass(text, limit, matched, exact[0], prefix[0], currentFavourites, total);
        }
        int maxScore = exact.length * NAME_EXACT * TERM_WEIGHT + FAVOURITE_BOOST;
        int[][] buckets = new int[maxScore + 1][];
        int[] fill = new int[maxScore + 1];
        for (int doc = matched.nextSetBit(0); doc >= 0; doc = matched.nextSetBit(doc + 1)) {
            int score = currentFavourites.get(doc) ? FAVOURITE_BOOST : 0;
            for (int t = 0; t < exact.length; t++) {
                int termScore = exact[t].get(doc) ? NAME_EXACT : prefix[t].get(doc) ? NAME_PREFIX : OTHER_FIELD;
                score += termScore * TERM_WEIGHT;
            }
            if (fill[score] < limit) {
                if (buckets[score] == null) {
                    buckets[score] = new int[Math.min(limit, 64)];
                } else if (fill[score] == buckets[score].length) {
                    buckets[score] = Arrays.copyOf(buckets[score], Math.min(limit, fill[score] * 2));
                }
                buckets[score][fill[score]++] = doc;
            }
        }
        List<SearchHit> hits = new ArrayList<>(Math.min(limit, 256));
        for (int score = maxScore; score >= 0 && hits.size() < limit; score--) {
            for (int i = 0; i < fill[score] && hits.size() < limit; i++) {
                int doc = buckets[score][i];
                hits.add(new SearchHit(entries[doc], currentFavourites.get(doc)));
            }
        }
        return new SearchResult(text, hits, total);
    }

    /**
     * Ranks a large single-term match without visiting every matching document: the rank classes (exact name,
     * name prefix, other field; each favourites first) are bit set operations, and only the first documents of each
     * class, in alphabetical order, are read.
     */
    private SearchResult rankedByClass(String text, int limit, BitSet matched, BitSet exact, BitSet prefix,
            BitSet currentFavourites, int total) {
        BitSet namePrefixOnly = (BitSet) prefix.clone();
        namePrefixOnly.andNot(exact);
        BitSet otherOnly = (BitSet) matched.clone();
        otherOnly.andNot(prefix);
        List<SearchHit> hits = new ArrayList<>(Math.min(limit, 256));
        for (BitSet rankClass : new BitSet[] {exact, namePrefixOnly, otherOnly}) {
            BitSet favouritesInClass = (BitSet) rankClass.clone();
            favouritesInClass.and(currentFavourites);
            take(favouritesInClass, true, limit, hits);
            rankClass.andNot(currentFavourites);
            take(rankClass, false, limit, hits);
        }
        return new SearchResult(text, hits, total);
    }

    private void take(BitSet docs, boolean favourite, int limit, List<SearchHit> hits) {
        for (int doc = docs.nextSetBit(0); doc >= 0 && hits.size() < limit; doc = docs.nextSetBit(doc + 1)) {
            hits.add(new SearchHit(entries[doc], favourite));
        }
    }

    private SearchResult everyone(String text, int limit, BitSet currentFavourites) {
        List<SearchHit> hits = new ArrayList<>(Math.min(limit, entries.length));
        for (int doc = currentFavourites.nextSetBit(0); doc >= 0 && hits.size() < limit;
                doc = currentFavourites.nextSetBit(doc + 1)) {
            hits.add(new SearchHit(entries[doc], true));
        }
        for (int doc = currentFavourites.nextClearBit(0); doc < entries.length && hits.size() < limit;
                doc = currentFavourites.nextClearBit(doc + 1)) {
            hits.add(new SearchHit(entries[doc], false));
        }
        return new SearchResult(text == null ? "" : text, hits, entries.length);
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

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }
}
