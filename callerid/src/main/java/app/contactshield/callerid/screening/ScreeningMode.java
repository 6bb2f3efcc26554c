package app.contactshield.callerid.screening;

/** How incoming calls are screened. */
public enum ScreeningMode {
    /** Every call rings. */
    NORMAL,
    /** Only favourites ring; every other call, withheld ones included, is rejected and goes to voicemail. */
    VACATION,
    /** For people who answer for others: every call rings, nothing is ever rejected. */
    RECEPTIONIST
}
