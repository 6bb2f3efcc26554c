package app.contactshield.graphsync.phone;

/** Why a phone number could not be normalised and so can never identify a caller. */
public enum NumberProblem {
    /** Nothing but white space. */
    EMPTY,
    /** No digits that could form a number (text, or letters only). */
    NOT_A_NUMBER,
    /** Written without a country code, and the default region is unknown or not supported. */
    NO_COUNTRY_CODE,
    /** Fewer digits than any number of its country has, or a local number without its area code. */
    TOO_SHORT,
    /** Between the shortest and the longest, but a digit count its country does not use. */
    WRONG_LENGTH,
    /** More digits than any number of its country has. */
    TOO_LONG,
    /** Digits of a plausible length, but no reading is a number in use in the country's numbering plan. */
    NOT_VALID
}
