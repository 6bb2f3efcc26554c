package app.contactshield.graphsync.store;

import app.contactshield.graphsync.model.PersonKey;
import java.time.Instant;
import java.util.Objects;

/**
 * One call in the encrypted call history.
 *
 * @param at             when the call started ringing
 * @param number         the number in E.164 when caller ID could read it (so that it reads the same whatever
 *                       region the app is set to later), else as the network delivered it; empty when withheld
 * @param person         who it was identified as, or {@code null}
 * @param identification what the user was shown ("Ada Lovelace", "Contoso — switchboard range", "Unknown number")
 * @param direction      {@code INCOMING} or {@code OUTGOING}
 * @param outcome        what happened to the call
 */
public record CallLogEntry(
        Instant at, String number, PersonKey person, String identification, Direction direction, Outcome outcome) {

    public CallLogEntry {
        Objects.requireNonNull(at, "at");
        number = number == null ? "" : number;
        identification = identification == null ? "" : identification;
        Objects.requireNonNull(direction, "direction");
        Objects.requireNonNull(outcome, "outcome");
    }

    /** Which way the call went. */
    public enum Direction { INCOMING, OUTGOING }

    /** What happened to the call. */
    public enum Outcome { ANSWERED, MISSED, REJECTED, SCREENED, DIALLED }
}
