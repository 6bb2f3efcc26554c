package app.contactshield.desktop.search;

import app.contactshield.graphsync.model.Person;
import app.contactshield.graphsync.model.PersonKey;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * An in-memory index for search as you type over every person in the store. Names, company, department, job title
 * and e-mail addresses are folded into tokens ({@link TextFold}) and matched by prefix; phone numbers are matched by
 * any run of their digits ({@link DigitIndex}). Every term of a query must match, in any order. Hits are ranked:
 * a term that equals a name token beats one that starts a name token, which beats a match in another field;
 * favourites come first among equals; then alphabetical order. An empty query lists favourites first, then everyone.
 *
 * <p>Built once from a snapshot of the store on a background thread, from people streamed one at a time ({@link
 * SearchIndexBuilder}); the index keeps only what a result row shows, packed, and the rows' {@link SearchEntry}
 * objects are made for the hits returned. Queries are thread-safe and allocate only a few bit sets, so they can run
 * on the JavaFX thread. Favourite flags may change after building.
 */
public final class SearchIndex {
    private static final int NAME_EXACT = 3;
    private static final int NAME_PREFIX = 2;
    private static final int OTHER_FIELD = 1;
    private static final int TERM_WEIGHT = 10;
    private static final int FAVOURITE_BOOST = 5;
    private static final int SMALL_MATCH = 2_000;

    private final EntryTable entries;
    private final int size;
    private final TokenTable names;
    private final TokenTable others;
    private final DigitIndex digits;
    private volatile BitSet favourites;

    SearchIndex(EntryTable entries, TokenTable names, TokenTable others, DigitIndex digits, BitSet favourites) {
        this.entries = entries;
        this.size = entries.size();
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
     * A builder that takes people one at a time (for instance as the store streams them), so that they need not be
     * in memory together.
     *
     * @param favourites keys of the user's favourites
     */
    public static SearchIndexBuilder builder(Set<PersonKey> favourites) {
        return new SearchIndexBuilder(favourites);
    }

    /**
     * Builds the index. Runs on the calling thread (a background thread: 300,000 people take a few seconds).
     *
     * @param people     every person to find
     * @param favourites keys of the user's favourites
     */
    public static SearchIndex build(Collection<Person> people, Set<PersonKey> favourites) {
        SearchIndexBuilder builder = builder(favourites);
        people.forEach(builder::add);
        return builder.build();
    }

    /** How many people the index holds. */
    public int size() {
        return size;
    }

    /** The row data of one person, when indexed. */
    public Optional<SearchEntry> entry(PersonKey key) {
        int doc = entries.doc(key);
        return doc < 0 ? Optional.empty() : Optional.of(entries.entry(doc));
    }

    /** Whether a person is marked as favourite in this index. */
    public boolean isFavourite(PersonKey key) {
        int doc = entries.doc(key);
        return doc >= 0 && favourites.get(doc);
    }

    /** Every favourite, alphabetically. */
    public List<SearchHit> favouriteHits() {
        BitSet current = favourites;
        List<SearchHit> hits = new ArrayList<>(current.cardinality());
        for (int doc = current.nextSetBit(0); doc >= 0; doc = current.nextSetBit(doc + 1)) {
            hits.add(new SearchHit(entries.entry(doc), true));
        }
        return hits;
    }

    /** Marks or unmarks a favourite; a person not in the index is ignored. Thread-safe. */
    public synchronized void setFavourite(PersonKey key, boolean favourite) {
        int doc = entries.doc(key);
        if (doc >= 0) {
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
            exact[t] = new BitSet(size);
            prefix[t] = new BitSet(size);
            BitSet any = new BitSet(size);
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
                hits.add(new SearchHit(entries.entry(doc), currentFavourites.get(doc)));
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
            hits.add(new SearchHit(entries.entry(doc), favourite));
        }
    }

    private SearchResult everyone(String text, int limit, BitSet currentFavourites) {
        List<SearchHit> hits = new ArrayList<>(Math.min(limit, size));
        for (int doc = currentFavourites.nextSetBit(0); doc >= 0 && hits.size() < limit;
                doc = currentFavourites.nextSetBit(doc + 1)) {
            hits.add(new SearchHit(entries.entry(doc), true));
        }
        for (int doc = currentFavourites.nextClearBit(0); doc < size && hits.size() < limit;
                doc = currentFavourites.nextClearBit(doc + 1)) {
            hits.add(new SearchHit(entries.entry(doc), false));
        }
        return new SearchResult(text == null ? "" : text, hits, size);
    }
}
