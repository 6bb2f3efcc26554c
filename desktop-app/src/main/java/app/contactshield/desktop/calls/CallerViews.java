package app.contactshield.desktop.calls;

import app.contactshield.callerid.index.Candidate;
import app.contactshield.callerid.index.Identification;
import app.contactshield.callerid.index.Identifier;
import app.contactshield.graphsync.model.PersonKey;
import java.util.Objects;
import java.util.function.Function;

/**
 * Turns the caller index's {@link Identification} into the call window's {@link CallerView}: the one place that
 * knows both shapes. Pure and allocation-light: it runs on the phone link's thread for every call event.
 */
public final class CallerViews {
    private static final String OID_PREFIX = "oid:";
    private static final String RANGE_SEPARATOR = " \u2014 ";

    private CallerViews() {
    }

    /**
     * The view of an identification. Its number is the one caller ID read (E.164), so that the window formats it
     * like every other screen whatever region the caller id was read in; a number it could not read stays as the
     * network delivered it.
     *
     * @param identification the caller index's answer
     * @param teamsUsers     the user principal name of a person, from memory, or {@code null} when unknown
     */
    public static CallerView from(Identification identification, Function<PersonKey, String> teamsUsers) {
        Objects.requireNonNull(identification, "identification");
        String number = identification.e164().isEmpty() ? identification.rawNumber() : identification.e164();
        return switch (identification.kind()) {
            case WITHHELD -> CallerView.withheld();
            case UNKNOWN -> CallerView.unknown(number);
            case COMPANY_RANGE -> CallerView.companyRange(number, company(identification.companyLabel()));
            case PERSON, SHARED -> CallerView.people(number, identification.candidates().stream()
                    .map(c -> candidate(c, teamsUsers)).toList());
        };
    }

    /** A lookup for the call window that asks the caller index's identifier; no UPNs. */
    public static CallerLookup lookup(Identifier identifier) {
        return lookup(identifier, key -> null);
    }

    /** A lookup for the call window that asks the caller index's identifier and names UPNs from memory. */
    public static CallerLookup lookup(Identifier identifier, Function<PersonKey, String> teamsUsers) {
        Objects.requireNonNull(identifier, "identifier");
        return call -> call.withheld() || Identifier.looksWithheld(call.number())
                ? CallerView.withheld()
                : from(identifier.identify(call.number()), teamsUsers);
    }

    private static CallerCandidate candidate(Candidate c, Function<PersonKey, String> teamsUsers) {
        String key = c.person().value();
        String objectId = key.startsWith(OID_PREFIX) ? key.substring(OID_PREFIX.length()) : null;
        return new CallerCandidate(c.person(), c.displayName(), c.company(), c.jobTitle(), c.numberType(), c.source(),
                teamsUsers.apply(c.person()), objectId);
    }

    /** "Contoso — switchboard range" → "Contoso". */
    static String company(String label) {
        int at = label.indexOf(RANGE_SEPARATOR);
        return at > 0 ? label.substring(0, at) : label;
    }
}
