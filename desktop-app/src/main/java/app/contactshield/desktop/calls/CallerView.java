package app.contactshield.desktop.calls;

import java.util.List;
import java.util.Objects;

/**
 * Who is calling, in the form the call window shows: the window's own input, filled from the caller index's
 * identification by {@link CallerViews}.
 *
 * @param kind        what the identification found
 * @param number      the number in E.164 when caller ID could read it, else as the network delivered it; empty
 *                    when withheld
 * @param candidates  the people the number belongs to (one for {@link CallerKind#PERSON}, several for
 *                    {@link CallerKind#SHARED}, none otherwise)
 * @param companyName the company whose switchboard range matched, for {@link CallerKind#COMPANY_RANGE}
 */
public record CallerView(CallerKind kind, String number, List<CallerCandidate> candidates, String companyName) {

    public CallerView {
        Objects.requireNonNull(kind, "kind");
        number = number == null ? "" : number;
        candidates = List.copyOf(candidates);
        companyName = companyName == null ? "" : companyName;
    }

    /** A withheld number. */
    public static CallerView withheld() {
        return new CallerView(CallerKind.WITHHELD, "", List.of(), "");
    }

    /** A number nobody has. */
    public static CallerView unknown(String number) {
        return new CallerView(CallerKind.UNKNOWN, number, List.of(), "");
    }

    /** A number in a company's switchboard range. */
    public static CallerView companyRange(String number, String company) {
        return new CallerView(CallerKind.COMPANY_RANGE, number, List.of(), company);
    }

    /** A number one or several people have. */
    public static CallerView people(String number, List<CallerCandidate> candidates) {
        if (candidates.isEmpty()) {
            return unknown(number);
        }
        return new CallerView(candidates.size() == 1 ? CallerKind.PERSON : CallerKind.SHARED, number, candidates,
                "");
    }

    /** The single person calling, when exactly one matched. */
    public java.util.Optional<CallerCandidate> single() {
        return kind == CallerKind.PERSON ? java.util.Optional.of(candidates.get(0)) : java.util.Optional.empty();
    }
}
