package app.contactshield.graphsync.model;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One person as the user sees them: the consolidation of every {@link ContactRecord} that describes them. Scalar
 * fields come from the sources in the policy's precedence order, and {@link #fieldSources()} says which source each
 * came from. E-mails and phone numbers are the union over all records, each phone remembering its source.
 *
 * @param key               a stable key that survives re-syncs (used for favourites and notes)
 * @param displayName       the name to show
 * @param givenName         given name, or {@code null}
 * @param familyName        family name, or {@code null}
 * @param company           company, or {@code null}
 * @param department        department, or {@code null}
 * @param jobTitle          job title, or {@code null}
 * @param office            office, or {@code null}
 * @param entraObjectId     the Entra object id when one record is a directory user, else {@code null}
 * @param userPrincipalName the user principal name (needed for Teams calls and chats), or {@code null}
 * @param emails            every e-mail address, de-duplicated case-insensitively
 * @param phones            every phone number with the source that delivered it
 * @param fieldSources      for each scalar field that has a value, the source it came from
 * @param records           the source records this person was built from
 */
public record Person(
        PersonKey key,
        String displayName,
        String givenName,
        String familyName,
        String company,
        String department,
        String jobTitle,
        String office,
        String entraObjectId,
        String userPrincipalName,
        List<String> emails,
        List<SourcedPhone> phones,
        Map<ContactField, SourceId> fieldSources,
        List<ContactRecord> records) {

    public Person {
        Objects.requireNonNull(key, "key");
        emails = List.copyOf(emails);
        phones = List.copyOf(phones);
        fieldSources = Map.copyOf(fieldSources);
        records = List.copyOf(records);
    }

    /** The source a field's value came from, when the field has a value. */
    public Optional<SourceId> sourceOf(ContactField field) {
        return Optional.ofNullable(fieldSources.get(field));
    }

    /** Whether this person is a colleague in the company directory (and so may have Teams presence). */
    public boolean isDirectoryUser() {
        return entraObjectId != null;
    }

    /**
     * A phone number together with the source that delivered it.
     *
     * @param number the number
     * @param source the source that delivered it
     */
    public record SourcedPhone(PhoneNumber number, SourceId source) {
    }
}
