package app.contactshield.callerid.index;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The cards of the caller index by person id, packed: names as UTF-8 ({@link PackedTexts}), company and title as
 * numbers into one table of their distinct texts, instead of a card object and a name string per person (with
 * 300,000 people about 25 MB less). A {@link PersonCard} is made when a card is read; the cards read last are kept
 * a while, so that a person's numbers looked up one after the other give the same card, and a company or title
 * text is one string for every card that shows it. Not thread-safe for changes: the owner guards them; reads may
 * run on several threads at once (the kept cards are immutable and replaced whole).
 */
final class PackedCards {
    private static final int NO_TEXT = -1;
    private static final int NAME_BYTES = 20;
    private static final int RECENT = 64;

    private final PackedTexts names;
    private final List<String> texts = new ArrayList<>();
    private final Map<String, Integer> textIds = new HashMap<>();
    private final Recent[] recent = new Recent[RECENT];
    private int[] companies;
    private int[] titles;

    /** A card made lately, with the id it belongs to. */
    private record Recent(int id, PersonCard card) {
    }

    /** Room for about {@code expectedPeople} cards (it grows as needed). */
    PackedCards(int expectedPeople) {
        int capacity = Math.max(16, expectedPeople);
        names = new PackedTexts(capacity, NAME_BYTES);
        companies = new int[capacity];
        titles = new int[capacity];
    }

    /** Sets the card of an id, replacing any it had. */
    void set(int id, PersonCard card) {
        if (id >= companies.length) {
            int capacity = Math.max(id + 1, companies.length + companies.length / 2);
            companies = Arrays.copyOf(companies, capacity);
            titles = Arrays.copyOf(titles, capacity);
        }
        recent[id & (RECENT - 1)] = null;
        names.set(id, card.displayName());
        companies[id] = textId(card.company());
        titles[id] = textId(card.jobTitle());
    }

    /** Forgets the card of an id. */
    void clear(int id) {
        recent[id & (RECENT - 1)] = null;
        names.clear(id);
    }

    /** Whether the id has a card. */
    boolean has(int id) {
        return names.has(id);
    }

    /** The card of an id, or {@code null} when it has none. */
    PersonCard card(int id) {
        Recent kept = recent[id & (RECENT - 1)];
        if (kept != null && kept.id() == id) {
            return kept.card();
        }
        if (!names.has(id)) {
            return null;
        }
        PersonCard card = new PersonCard(names.text(id), text(companies[id]), text(titles[id]));
        recent[id & (RECENT - 1)] = new Recent(id, card);
        return card;
    }

    /** Gives back the room beyond the live cards and beyond the first {@code ids} ids, once a bulk load is done. */
    void trim(int ids) {
        names.trim(ids);
        int capacity = Math.max(ids, 16);
        if (capacity < companies.length) {
            companies = Arrays.copyOf(companies, capacity);
            titles = Arrays.copyOf(titles, capacity);
        }
    }

    /** Bytes of the arrays, without the table of distinct texts. */
    long arrayBytes() {
        return names.arrayBytes() + companies.length * 4L + titles.length * 4L;
    }

    private int textId(String text) {
        if (text == null) {
            return NO_TEXT;
        }
        Integer known = textIds.get(text);
        if (known != null) {
            return known;
        }
        texts.add(text);
        textIds.put(text, texts.size() - 1);
        return texts.size() - 1;
    }

    private String text(int textId) {
        return textId == NO_TEXT ? null : texts.get(textId);
    }
}
