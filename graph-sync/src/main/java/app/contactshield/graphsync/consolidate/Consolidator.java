package app.contactshield.graphsync.consolidate;

import app.contactshield.graphsync.model.ContactField;
import app.contactshield.graphsync.model.ContactRecord;
import app.contactshield.graphsync.model.Person;
import app.contactshield.graphsync.model.PersonKey;
import app.contactshield.graphsync.model.PhoneNumber;
import app.contactshield.graphsync.model.SourceId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * Merges source records that describe the same person: the same Entra object id, the same e-mail address
 * (case-insensitive), or the same E.164 number with a matching name (see {@link NameKey}), but never two different
 * Entra object ids ({@link ObjectIdConflicts}). Records are grouped with a union-find over their {@link MatchTokens};
 * each group becomes one {@link Person} whose scalar fields come from the sources in {@link SourcePrecedence} order.
 * Immutable and thread-safe; runs on the calling thread.
 */
public final class Consolidator {
    private final SourcePrecedence precedence;
    private final Comparator<ContactRecord> recordOrder;

    /** @param precedence the order in which sources give fields */
    public Consolidator(SourcePrecedence precedence) {
        this.precedence = Objects.requireNonNull(precedence, "precedence");
        this.recordOrder = Comparator.comparing(ContactRecord::source, precedence)
                .thenComparing(ContactRecord::sourceKey);
    }

    /** The precedence this consolidator applies. */
    public SourcePrecedence precedence() {
        return precedence;
    }

    /**
     * Groups the records into people; the result is in no particular order. Records that share a match token are
     * one person, except that records of different Entra object ids never are (see {@link ObjectIdConflicts}).
     */
    public List<Person> consolidate(List<ContactRecord> records) {
        List<String> rawKeys = new ArrayList<>(records.size());
        List<long[]> hashes = new ArrayList<>(records.size());
        Map<Long, List<Integer>> holders = new HashMap<>();
        for (int i = 0; i < records.size(); i++) {
            rawKeys.add(PersonKey.of(records.get(i)).value());
            List<String> tokens = MatchTokens.of(records.get(i));
            long[] h = new long[tokens.size()];
            for (int t = 0; t < h.length; t++) {
                h[t] = MatchTokens.hash(tokens.get(t));
                holders.computeIfAbsent(h[t], k -> new ArrayList<>(2)).add(i);
            }
            hashes.add(h);
        }
        int[] parent = new int[records.size()];
        for (int i = 0; i < parent.length; i++) {
            parent[i] = i;
        }
        for (List<Integer> holding : holders.values()) {
            List<Integer> linked = holding;
            if (holding.size() > 1 && ObjectIdConflicts.ambiguous(holding.stream().map(rawKeys::get).toList())) {
                linked = holding.stream().filter(i -> !ObjectIdConflicts.isObjectIdKey(rawKeys.get(i))).toList();
            }
            for (int i = 1; i < linked.size(); i++) {
                UnionFind.union(parent, linked.get(0), linked.get(i));
            }
        }
        Map<Integer, List<Integer>> groups = new LinkedHashMap<>();
        for (int i = 0; i < records.size(); i++) {
            groups.computeIfAbsent(UnionFind.find(parent, i), k -> new ArrayList<>()).add(i);
        }
        List<Person> people = new ArrayList<>(groups.size());
        for (List<Integer> group : groups.values()) {
            for (List<Integer> person : ObjectIdConflicts.split(group, rawKeys::get, hashes::get)) {
                people.add(merge(person.stream().map(records::get).toList()));
            }
        }
        return people;
    }

    /** Builds one person from records already known to describe them. */
    public Person merge(List<ContactRecord> group) {
        if (group.isEmpty()) {
            throw new IllegalArgumentException("A person needs at least one record; got none");
        }
        List<ContactRecord> ordered = new ArrayList<>(group);
        ordered.sort(recordOrder);
        Map<ContactField, SourceId> sources = new EnumMap<>(ContactField.class);
        String display = pick(ordered, ContactRecord::displayName, ContactField.DISPLAY_NAME, sources);
        String given = pick(ordered, ContactRecord::givenName, ContactField.GIVEN_NAME, sources);
        String family = pick(ordered, ContactRecord::familyName, ContactField.FAMILY_NAME, sources);
        String company = pick(ordered, ContactRecord::company, ContactField.COMPANY, sources);
        String department = pick(ordered, ContactRecord::department, ContactField.DEPARTMENT, sources);
        String title = pick(ordered, ContactRecord::jobTitle, ContactField.JOB_TITLE, sources);
        String office = pick(ordered, ContactRecord::office, ContactField.OFFICE, sources);
        String upn = pick(ordered, ContactRecord::userPrincipalName, ContactField.USER_PRINCIPAL_NAME, sources);
        String oid = pick(ordered, ContactRecord::entraObjectId, null, sources);
        List<String> emails = emails(ordered);
        if (display == null) {
            display = fallbackName(given, family, emails);
        }
        return new Person(keyOf(ordered), display, given, family, company, department, title, office, oid, upn,
                emails, phones(ordered), sources, ordered);
    }

    /** The stable key of a person made of these records (see {@link PersonKeys}). */
    public static PersonKey keyOf(List<ContactRecord> records) {
        String best = null;
        for (ContactRecord record : records) {
            String candidate = PersonKey.of(record).value();
            if (PersonKeys.better(candidate, best)) {
                best = candidate;
            }
        }
        return new PersonKey(best);
    }

    private static String pick(List<ContactRecord> ordered, Function<ContactRecord, String> field,
            ContactField name, Map<ContactField, SourceId> sources) {
        for (ContactRecord record : ordered) {
            String value = field.apply(record);
            if (value != null && !value.isBlank()) {
                if (name != null) {
                    sources.put(name, record.source());
                }
                return value;
            }
        }
        return null;
    }

    private static List<String> emails(List<ContactRecord> ordered) {
        Map<String, String> byLower = new LinkedHashMap<>();
        for (ContactRecord record : ordered) {
            for (String email : record.emails()) {
                if (email != null && !email.isBlank()) {
                    byLower.putIfAbsent(email.trim().toLowerCase(Locale.ROOT), email.trim());
                }
            }
        }
        return List.copyOf(byLower.values());
    }

    private static List<Person.SourcedPhone> phones(List<ContactRecord> ordered) {
        Set<String> seen = new LinkedHashSet<>();
        List<Person.SourcedPhone> phones = new ArrayList<>();
        for (ContactRecord record : ordered) {
            for (PhoneNumber phone : record.phones()) {
                String identity = (phone.isNormalised() ? phone.e164() + ";" + phone.extension() : phone.raw().trim())
                        + "/" + phone.type();
                if (seen.add(identity)) {
                    phones.add(new Person.SourcedPhone(phone, record.source()));
                }
            }
        }
        return phones;
    }

    private static String fallbackName(String given, String family, List<String> emails) {
        String joined = ((given == null ? "" : given) + " " + (family == null ? "" : family)).trim();
        if (!joined.isEmpty()) {
            return joined;
        }
        return emails.isEmpty() ? "" : emails.get(0);
    }
}
