package app.contactshield.desktop.search;

import java.util.List;

/**
 * The answer to one query: the best hits, best first, and how many people matched in all.
 *
 * @param query the text as typed
 * @param hits  at most the requested number of hits, best first
 * @param total how many people matched
 */
public record SearchResult(String query, List<SearchHit> hits, int total) {

    public SearchResult {
        hits = List.copyOf(hits);
    }
}
