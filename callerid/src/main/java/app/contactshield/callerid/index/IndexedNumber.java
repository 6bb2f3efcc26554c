package app.contactshield.callerid.index;

import app.contactshield.graphsync.model.PersonKey;
import app.contactshield.graphsync.model.PhoneType;
import app.contactshield.graphsync.model.SourceId;

/**
 * One holder of a number in the {@link CallerIndex}: who holds it, as which of their numbers and from which source.
 *
 * @param person the person holding the number
 * @param card   what to show about the person, or {@code null} when the index has not read it yet
 * @param type   which of the person's numbers it is
 * @param source the source that delivered the number
 */
public record IndexedNumber(PersonKey person, PersonCard card, PhoneType type, SourceId source) {
}
