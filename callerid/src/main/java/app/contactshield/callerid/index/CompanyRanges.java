package app.contactshield.callerid.index;

import app.contactshield.graphsync.model.Person;
import app.contactshield.graphsync.model.PhoneNumber;
import app.contactshield.graphsync.model.PhoneType;
import app.contactshield.graphsync.phone.E164Keys;
import app.contactshield.graphsync.store.ContactStore;
import app.contactshield.graphsync.store.StoreException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * An immutable set of {@link CompanyRange}s answering "which is the longest range that prefixes this number" with
 * at most one table probe per digit and no allocation. Thread-safe.
 */
public final class CompanyRanges {
    private static final long[] POWERS_OF_TEN = new long[19];

    static {
        POWERS_OF_TEN[0] = 1;
        for (int i = 1; i < POWERS_OF_TEN.length; i++) {
            POWERS_OF_TEN[i] = POWERS_OF_TEN[i - 1] * 10;
        }
    }

    private final List<CompanyRange> ranges;
    private final NumberTable byPrefix;

    private CompanyRanges(List<CompanyRange> ranges) {
        this.ranges = List.copyOf(ranges);
        this.byPrefix = new NumberTable(ranges.size());
        for (int i = 0; i < this.ranges.size(); i++) {
            byPrefix.put(this.ranges.get(i).prefixDigits(), i);
        }
    }

    /** No ranges. */
    public static CompanyRanges none() {
        return new CompanyRanges(List.of());
    }

    /** These ranges; when two have the same prefix, the first wins (put the policy's ranges first). */
    public static CompanyRanges of(Collection<CompanyRange> ranges) {
        Map<String, CompanyRange> unique = new LinkedHashMap<>();
        for (CompanyRange range : ranges) {
            unique.putIfAbsent(range.prefix(), range);
        }
        return new CompanyRanges(new ArrayList<>(unique.values()));
    }

    /**
     * Ranges derived from the directory: business numbers of directory users that share a base number with at least
     * one other directory user name their company's switchboard range. The base of a number with a direct-dial
     * suffix ({@code +49 89 7104-20} stored as {@code +4989710420}, extension {@code 20}) is the number without the
     * suffix; the base of a number with a PBX extension ({@code x20}) is the number itself. Runs on the caller's
     * thread; reads only the given people.
     */
    public static List<CompanyRange> deriveFromDirectory(Collection<Person> people) {
        DirectoryRanges ranges = new DirectoryRanges();
        people.forEach(ranges);
        return ranges.derived();
    }

    /**
     * As {@link #deriveFromDirectory(Collection)}, over every person of the store, streamed one at a time so that
     * the whole directory is never in memory. Reads the store on the caller's thread.
     */
    public static List<CompanyRange> deriveFromDirectory(ContactStore store) throws StoreException {
        DirectoryRanges ranges = new DirectoryRanges();
        store.forEachPerson(ranges);
        return ranges.derived();
    }

    /** Collects the base numbers of directory users, and which users hold each. */
    private static final class DirectoryRanges implements Consumer<Person> {
        private final Map<String, Set<Object>> holders = new LinkedHashMap<>();
        private final Map<String, String> companies = new LinkedHashMap<>();

        @Override
        public void accept(Person person) {
            if (!person.isDirectoryUser() || person.company() == null || person.company().isBlank()) {
                return;
            }
            for (Person.SourcedPhone phone : person.phones()) {
                String base = baseOf(phone.number());
                if (base != null) {
                    holders.computeIfAbsent(base, b -> new LinkedHashSet<>()).add(person.key());
                    companies.putIfAbsent(base, person.company());
                }
            }
        }

        List<CompanyRange> derived() {
            List<CompanyRange> derived = new ArrayList<>();
            holders.forEach((base, keys) -> {
                if (keys.size() >= 2) {
                    derived.add(new CompanyRange(base, companies.get(base), CompanyRange.DEFAULT_LABEL));
                }
            });
            return derived;
        }
    }

    /**
     * The longest range that prefixes a number, or {@code null}.
     *
     * @param e164Key the number as an {@link E164Keys} key
     */
    public CompanyRange longestMatch(long e164Key) {
        if (ranges.isEmpty() || e164Key <= 0) {
            return null;
        }
        int digits = E164Keys.digitCount(e164Key);
        for (int length = digits; length >= 1; length--) {
            int index = byPrefix.get(e164Key / POWERS_OF_TEN[digits - length]);
            if (index >= 0) {
                return ranges.get(index);
            }
        }
        return null;
    }

    /** The ranges, in the order given. */
    public List<CompanyRange> ranges() {
        return ranges;
    }

    private static String baseOf(PhoneNumber number) {
        if (number.type() != PhoneType.BUSINESS || number.e164() == null || number.extension() == null) {
            return null;
        }
        String e164 = number.e164();
        String extension = number.extension();
        boolean directDial = extension.chars().allMatch(Character::isDigit) && e164.endsWith(extension)
                && e164.length() - extension.length() > 4;
        return directDial ? e164.substring(0, e164.length() - extension.length()) : e164;
    }
}
