package app.contactshield.callerid.index;

import app.contactshield.graphsync.model.PersonKey;
import app.contactshield.graphsync.phone.E164Keys;
import app.contactshield.graphsync.phone.PhoneNormalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Says who a number is: normalises it once, looks it up in the {@link CallerIndex}, falls back to the longest
 * {@link CompanyRange}, and treats empty or "anonymous"-like numbers as withheld.
 *
 * <p>Runs on the caller's thread; thread-safe. Identification does no I/O: the index carries each person's card
 * (name, company, title) from the time it was loaded or updated; a person without a card shows as an unnamed
 * contact.
 */
public final class Identifier {
    private static final PersonCard NO_CARD = new PersonCard(null, null, null);

    private final CallerIndex index;
    private final Supplier<PhoneNormalizer> normalizer;
    private final Supplier<CompanyRanges> ranges;

    /**
     * @param index      the caller index
     * @param normalizer the normaliser for the policy's default region ({@link PhoneNormalizer#forPolicyRegion})
     * @param ranges     the company ranges: the policy's, then those derived from the directory
     */
    public Identifier(CallerIndex index, PhoneNormalizer normalizer, CompanyRanges ranges) {
        this(index, normalizer, constant(Objects.requireNonNull(ranges, "ranges")));
    }

    /**
     * An identifier whose company ranges follow the directory: {@code ranges} is asked on every identification and
     * must answer from memory (a volatile read), never by computing them.
     */
    public Identifier(CallerIndex index, PhoneNormalizer normalizer, Supplier<CompanyRanges> ranges) {
        this(index, constant(Objects.requireNonNull(normalizer, "normalizer")), ranges);
    }

    /**
     * An identifier whose default region follows a setting: {@code normalizer} is asked on every identification
     * for the normaliser of the region in force and must answer from memory (a volatile read), so that a region
     * changed while the app runs applies to the next call.
     */
    public Identifier(CallerIndex index, Supplier<PhoneNormalizer> normalizer, Supplier<CompanyRanges> ranges) {
        this.index = Objects.requireNonNull(index, "index");
        this.normalizer = Objects.requireNonNull(normalizer, "normalizer");
        this.ranges = Objects.requireNonNull(ranges, "ranges");
    }

    private static <T> Supplier<T> constant(T value) {
        return () -> value;
    }

    /** Who a number is, reading numbers without a country code in the default region. */
    public Identification identify(String rawNumber) {
        return identify(rawNumber, normalizer.get());
    }

    /**
     * Who a number is, reading numbers without a country code in the given region (the CLI's {@code --region}).
     *
     * @param region an ISO 3166 region, or {@code null} for the default region
     */
    public Identification identify(String rawNumber, String region) {
        PhoneNormalizer inForce = normalizer.get();
        if (region == null || region.isBlank() || region.equalsIgnoreCase(inForce.defaultRegion())) {
            return identify(rawNumber, inForce);
        }
        return identify(rawNumber, new PhoneNormalizer(region));
    }

    /**
     * Whether a delivered number means the caller withheld it: absent, empty, or without a single digit (networks
     * and phones deliver "Anonymous", "Private", "Unbekannt", "Withheld" and the like).
     */
    public static boolean looksWithheld(String rawNumber) {
        if (rawNumber == null) {
            return true;
        }
        for (int i = 0; i < rawNumber.length(); i++) {
            if (Character.isDigit(rawNumber.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /**
     * A plain-text rendering for the command line, one fact a line. It names the people found (the user asked).
     */
    public static String render(Identification identification) {
        StringBuilder text = new StringBuilder();
        String raw = identification.rawNumber();
        text.append("Number:     ").append(raw.isEmpty() ? "(none)" : raw);
        if (!identification.e164().isEmpty()) {
            text.append(" (").append(identification.e164()).append(')');
        }
        text.append('\n').append("Caller:     ").append(identification.displayText()).append('\n');
        text.append("Result:     ").append(identification.kind()).append('\n');
        for (Candidate candidate : identification.candidates()) {
            text.append("Candidate:  ").append(candidate.displayName());
            appendIfPresent(text, candidate.jobTitle());
            appendIfPresent(text, candidate.company());
            text.append(" \u2014 ").append(candidate.numberType().name().toLowerCase(Locale.ROOT)).append(" number")
                    .append(", from ").append(candidate.source().value()).append('\n');
        }
        return text.toString();
    }

    private Identification identify(String rawNumber, PhoneNormalizer reader) {
        if (looksWithheld(rawNumber)) {
            return Identification.withheld(rawNumber);
        }
        long key = reader.e164Key(rawNumber);
        if (key == E164Keys.NONE) {
            return Identification.unknown(rawNumber, "");
        }
        String e164 = E164Keys.toE164(key);
        List<IndexedNumber> holders = index.lookup(key);
        if (!holders.isEmpty()) {
            List<Candidate> candidates = candidates(holders);
            Identification.Kind kind = candidates.size() == 1 ? Identification.Kind.PERSON : Identification.Kind.SHARED;
            return new Identification(kind, rawNumber, e164, candidates, "");
        }
        CompanyRange range = ranges.get().longestMatch(key);
        if (range != null) {
            return new Identification(Identification.Kind.COMPANY_RANGE, rawNumber, e164, List.of(),
                    range.displayText());
        }
        return Identification.unknown(rawNumber, e164);
    }

    private List<Candidate> candidates(List<IndexedNumber> holders) {
        if (holders.size() == 1) {
            return List.of(candidate(holders.get(0)));
        }
        Set<PersonKey> seen = new LinkedHashSet<>();
        List<Candidate> candidates = new ArrayList<>(holders.size());
        for (IndexedNumber holder : holders) {
            if (seen.add(holder.person())) {
                candidates.add(candidate(holder));
            }
        }
        return candidates;
    }

    private static Candidate candidate(IndexedNumber holder) {
        PersonCard card = holder.card() != null ? holder.card() : NO_CARD;
        return new Candidate(holder.person(), card.displayName(), card.company(), card.jobTitle(), holder.type(),
                holder.source());
    }

    private static void appendIfPresent(StringBuilder text, String value) {
        if (value != null && !value.isBlank()) {
            text.append(", ").append(value);
        }
    }
}
