package app.contactshield.graphsync.model;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A contact exactly as one source knows it, before consolidation. Optional fields are {@code null} when the source
 * did not deliver them; lists are never {@code null}.
 *
 * @param source            the source that delivered the record
 * @param sourceKey         the source's own id of the record (Graph object id, Dataverse contactid, file row key)
 * @param entraObjectId     the Entra ID object id where known (directory users), else {@code null}
 * @param userPrincipalName the user principal name where known, else {@code null}
 * @param displayName       the name to show
 * @param givenName         given name
 * @param familyName        family name
 * @param company           company name
 * @param department        department
 * @param jobTitle          job title
 * @param office            office location
 * @param emails            e-mail addresses, in the source's order
 * @param phones            phone numbers, in the source's order
 * @param lastModified      when the source last changed the record, or when it was received
 */
public record ContactRecord(
        SourceId source,
        String sourceKey,
        String entraObjectId,
        String userPrincipalName,
        String displayName,
        String givenName,
        String familyName,
        String company,
        String department,
        String jobTitle,
        String office,
        List<String> emails,
        List<PhoneNumber> phones,
        Instant lastModified) {

    public ContactRecord {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(sourceKey, "sourceKey");
        emails = List.copyOf(emails == null ? List.of() : emails);
        phones = List.copyOf(phones == null ? List.of() : phones);
        lastModified = lastModified == null ? Instant.EPOCH : lastModified;
    }
}
