package app.contactshield.callerid.call;

import app.contactshield.callerid.bluez.BluetoothAddresses;
import app.contactshield.callerid.index.Identification;
import app.contactshield.callerid.link.CallState;
import app.contactshield.graphsync.store.CallLogEntry;
import java.time.Instant;
import java.util.Optional;

/**
 * One call as the UI shows it. Immutable; a new view is sent on every change.
 *
 * @param callId         the link's id of the call
 * @param state          the call's state
 * @param direction      incoming or outgoing
 * @param identification who it is; while an incoming call's number is not known yet this is {@code UNKNOWN}
 *                       without number and {@code numberKnown} is {@code false}
 * @param numberKnown    whether the number (or the fact that it was withheld) is known
 * @param startedAt      when the call was first seen
 * @param screened       whether screening rejected the call (then no ringing event was sent for it)
 * @param outcome        for an ended call what happened, else {@code null}
 */
public record CallView(String callId, CallState state, CallLogEntry.Direction direction,
                       Identification identification, boolean numberKnown, Instant startedAt, boolean screened,
                       CallLogEntry.Outcome outcome) {

    /** The call id's device address and the number are masked, the names left out: views end up in log lines. */
    @Override
    public String toString() {
        return "CallView[" + BluetoothAddresses.maskInPath(callId) + ", " + state + ", " + direction + ", "
                + identification + (screened ? ", screened" : "") + (outcome == null ? "" : ", " + outcome) + "]";
    }

    /** What happened to the call, once it ended. */
    public Optional<CallLogEntry.Outcome> outcomeIfEnded() {
        return Optional.ofNullable(outcome);
    }
}
