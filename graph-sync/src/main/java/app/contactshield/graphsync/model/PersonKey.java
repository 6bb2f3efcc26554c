package app.contactshield.graphsync.model;

import java.util.Locale;
import java.util.Objects;

/**
 * A key for a consolidated person that stays the same across syncs, so favourites and notes stay attached:
 * the Entra object id when known, else the first e-mail address, else the source and its own id.
 *
 * @param value the key's text
 */
public record PersonKey(String value) {

    public PersonKey {
        Objects.requireNonNull(value, "value");
    }

    /** The key of the person a record belongs to, before any consolidation. */
    public static PersonKey of(ContactRecord record) {
        if (record.entraObjectId() != null && !record.entraObjectId().isBlank()) {
            return new PersonKey("oid:" + record.entraObjectId().toLowerCase(Locale.ROOT));
        }
        if (!record.emails().isEmpty()) {
            return new PersonKey("mail:" + record.emails().get(0).trim().toLowerCase(Locale.ROOT));
        }
        return new PersonKey("src:" + record.source().value() + "/" + record.sourceKey());
    }
}
