package app.contactshield.callerid.index;

import app.contactshield.graphsync.model.Person;
import app.contactshield.graphsync.model.PersonKey;
import app.contactshield.graphsync.model.PhoneType;
import app.contactshield.graphsync.model.SourceId;
import app.contactshield.graphsync.phone.NumberProblem;
import app.contactshield.graphsync.phone.PhoneNormalizer;
import app.contactshield.graphsync.store.ContactStore;
import app.contactshield.graphsync.store.StoreException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Finds the stored numbers that can never identify a caller because they have no E.164 form: a list with the
 * person and source for the UI, and counts per source for {@code doctor}. Runs on the caller's thread and reads the
 * whole store ({@link ContactStore#people()}): call it off the JavaFX thread. Thread-safe.
 */
public final class NumberDiagnostics {
    private final PhoneNormalizer normalizer;

    /** @param normalizer used only to say why a number could not be read */
    public NumberDiagnostics(PhoneNormalizer normalizer) {
        this.normalizer = Objects.requireNonNull(normalizer, "normalizer");
    }

    /** Every stored number without an E.164 form, in the store's order of people. */
    public List<UnusableNumber> unusableNumbers(ContactStore store) throws StoreException {
        return unusableNumbers(store.people());
    }

    /** How many stored numbers per source have no E.164 form; sources without any are absent. Counts only. */
    public Map<SourceId, Integer> unusableCountsBySource(ContactStore store) throws StoreException {
        return countBySource(unusableNumbers(store));
    }

    /** Every number of these people without an E.164 form. */
    public List<UnusableNumber> unusableNumbers(Collection<Person> people) {
        List<UnusableNumber> unusable = new ArrayList<>();
        for (Person person : people) {
            for (Person.SourcedPhone phone : person.phones()) {
                if (!phone.number().isNormalised()) {
                    String raw = phone.number().raw();
                    NumberProblem problem = normalizer.problemWith(raw).orElse(NumberProblem.NOT_VALID);
                    unusable.add(new UnusableNumber(person.key(), person.displayName(), phone.source(),
                            phone.number().type(), raw, problem));
                }
            }
        }
        return unusable;
    }

    /** Counts a list of unusable numbers per source, sorted by source id. */
    public static Map<SourceId, Integer> countBySource(Collection<UnusableNumber> unusable) {
        Map<SourceId, Integer> counts = new TreeMap<>((a, b) -> a.value().compareTo(b.value()));
        for (UnusableNumber number : unusable) {
            counts.merge(number.source(), 1, Integer::sum);
        }
        return counts;
    }

    /**
     * A stored number that cannot identify a caller. Holds personal data: show it, never log it.
     *
     * @param person      the person's key
     * @param displayName the person's name
     * @param source      the source that delivered the number
     * @param type        which of the person's numbers it is
     * @param raw         the number as the source delivered it
     * @param problem     why it cannot be read (with today's default region)
     */
    public record UnusableNumber(PersonKey person, String displayName, SourceId source, PhoneType type, String raw,
                                 NumberProblem problem) {
    }
}
