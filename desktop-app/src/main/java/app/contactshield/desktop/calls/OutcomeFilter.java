package app.contactshield.desktop.calls;

import app.contactshield.graphsync.store.CallLogEntry;

/** Which calls the history shows. */
public enum OutcomeFilter {
    ALL,
    MISSED,
    ANSWERED,
    REJECTED,
    SCREENED,
    OUTGOING;

    /** Whether a call passes this filter. */
    public boolean accepts(CallRow row) {
        return switch (this) {
            case ALL -> true;
            case MISSED -> row.outcome() == CallLogEntry.Outcome.MISSED;
            case ANSWERED -> row.outcome() == CallLogEntry.Outcome.ANSWERED;
            case REJECTED -> row.outcome() == CallLogEntry.Outcome.REJECTED;
            case SCREENED -> row.outcome() == CallLogEntry.Outcome.SCREENED;
            case OUTGOING -> row.direction() == CallLogEntry.Direction.OUTGOING;
        };
    }
}
