package app.contactshield.callerid.index;

import app.contactshield.graphsync.model.PersonKey;
import app.contactshield.graphsync.model.PhoneType;
import app.contactshield.graphsync.model.SourceId;

/**
 * One person a caller may be.
 *
 * @param person      the person's key (for favourites, notes and the detail view)
 * @param displayName the name to show
 * @param company     the company, or {@code null}
 * @param jobTitle    the job title, or {@code null}
 * @param numberType  which of the person's numbers called
 * @param source      the source that delivered that number
 */
public record Candidate(PersonKey person, String displayName, String company, String jobTitle, PhoneType numberType,
                        SourceId source) {
}
