package app.contactshield.callerid.index;

import app.contactshield.callerid.hfp.PhoneMask;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Who a number is: the answer of {@link Identifier}.
 *
 * @param kind         what kind of answer it is
 * @param rawNumber    the number as delivered (empty when withheld)
 * @param e164         the normalised number, or empty when withheld or unreadable
 * @param candidates   the people holding the number: one for {@link Kind#PERSON}, several for {@link Kind#SHARED},
 *                     none otherwise
 * @param companyLabel for {@link Kind#COMPANY_RANGE} the text to show ({@code Contoso — switchboard range}), else
 *                     empty
 */
public record Identification(Kind kind, String rawNumber, String e164, List<Candidate> candidates,
                             String companyLabel) {
    /** Text shown for a withheld caller. */
    public static final String WITHHELD_TEXT = "Withheld";
    /** Text shown for a number nobody holds. */
    public static final String UNKNOWN_TEXT = "Unknown number";

    public Identification {
        Objects.requireNonNull(kind, "kind");
        rawNumber = rawNumber == null ? "" : rawNumber;
        e164 = e164 == null ? "" : e164;
        candidates = List.copyOf(candidates);
        companyLabel = companyLabel == null ? "" : companyLabel;
    }

    /** A withheld caller. */
    public static Identification withheld(String rawNumber) {
        return new Identification(Kind.WITHHELD, rawNumber, "", List.of(), "");
    }

    /** A number nobody holds and no company range covers. */
    public static Identification unknown(String rawNumber, String e164) {
        return new Identification(Kind.UNKNOWN, rawNumber, e164, List.of(), "");
    }

    /**
     * One line for the call window's title and the call history: the name, the names of everyone sharing the number,
     * the company range, {@value #UNKNOWN_TEXT} or {@value #WITHHELD_TEXT}.
     */
    public String displayText() {
        return switch (kind) {
            case PERSON -> candidates.get(0).displayName();
            case SHARED -> String.join(" or ", candidates.stream().map(Candidate::displayName).toList());
            case COMPANY_RANGE -> companyLabel;
            case UNKNOWN -> UNKNOWN_TEXT;
            case WITHHELD -> WITHHELD_TEXT;
        };
    }

    /** The first candidate, when one person or several were found. */
    public Optional<Candidate> firstCandidate() {
        return candidates.isEmpty() ? Optional.empty() : Optional.of(candidates.get(0));
    }

    /** Counts and masked numbers only, never a name: identifications end up in log lines. */
    @Override
    public String toString() {
        return "Identification[" + kind + ", " + PhoneMask.mask(rawNumber) + ", " + candidates.size() + " candidates"
                + (companyLabel.isEmpty() ? "" : ", company range") + "]";
    }

    /** What kind of answer an identification is. */
    public enum Kind {
        /** Exactly one person holds the number. */
        PERSON,
        /** Several people hold the number (a shared line, a shared mobile); every one is a candidate. */
        SHARED,
        /** Nobody holds it, but it lies in a company's switchboard range. */
        COMPANY_RANGE,
        /** Nobody holds it and no range covers it, or it could not be read. */
        UNKNOWN,
        /** The caller withheld the number. */
        WITHHELD
    }
}
