package app.contactshield.desktop.calls;

import app.contactshield.graphsync.store.CallLogEntry;
import java.time.Instant;

/**
 * One call of the history as the table shows it.
 *
 * @param at             when the call started ringing
 * @param timeText       the localised time
 * @param identification who the caller was shown as
 * @param number         the number as delivered; empty when withheld
 * @param numberText     the number formatted, or "Withheld"
 * @param direction      incoming or outgoing
 * @param directionText  the localised direction
 * @param outcome        what happened
 * @param outcomeText    the localised outcome
 */
public record CallRow(
        Instant at,
        String timeText,
        String identification,
        String number,
        String numberText,
        CallLogEntry.Direction direction,
        String directionText,
        CallLogEntry.Outcome outcome,
        String outcomeText) {

    /** Whether the number can be dialled back (it was not withheld). */
    public boolean canCallBack() {
        return !number.isBlank();
    }
}
