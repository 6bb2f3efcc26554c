package app.contactshield.desktop.search;

/**
 * One row of a result list.
 *
 * @param entry     the person
 * @param favourite whether the person is one of the user's favourites
 */
public record SearchHit(SearchEntry entry, boolean favourite) {
}
