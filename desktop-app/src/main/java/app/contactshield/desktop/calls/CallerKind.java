package app.contactshield.desktop.calls;

/** What the identification of an incoming number found, as the call window shows it. */
public enum CallerKind {
    /** Exactly one person has the number. */
    PERSON,
    /** Several people share the number (a shared line, a family landline); every candidate is shown. */
    SHARED,
    /** No person has the number, but it lies in a company's switchboard range. */
    COMPANY_RANGE,
    /** The number was delivered but matches nobody. */
    UNKNOWN,
    /** The caller withheld the number. */
    WITHHELD
}
