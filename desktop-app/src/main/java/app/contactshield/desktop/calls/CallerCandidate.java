package app.contactshield.desktop.calls;

import app.contactshield.graphsync.model.PersonKey;
import app.contactshield.graphsync.model.PhoneType;
import app.contactshield.graphsync.model.SourceId;
import java.util.Objects;
import java.util.Optional;

/**
 * One person an incoming number belongs to, with what the call window shows of them.
 *
 * @param key               the person's key (for the note)
 * @param name              the display name
 * @param company           the company, or {@code null}
 * @param title             the job title, or {@code null}
 * @param numberType        which of their numbers rang, or {@code null} when unknown
 * @param source            the source the number came from, or {@code null}
 * @param userPrincipalName the UPN for a Teams chat, or {@code null}
 * @param entraObjectId     the Entra object id for presence, or {@code null} when not a colleague
 */
public record CallerCandidate(
        PersonKey key,
        String name,
        String company,
        String title,
        PhoneType numberType,
        SourceId source,
        String userPrincipalName,
        String entraObjectId) {

    public CallerCandidate {
        Objects.requireNonNull(key, "key");
        name = name == null ? "" : name;
    }

    /** Whether the candidate is a colleague in the directory (and so has Teams presence). */
    public boolean isColleague() {
        return entraObjectId != null && !entraObjectId.isBlank();
    }

    /** The UPN, when the candidate can be reached in Teams. */
    public Optional<String> teamsUser() {
        return userPrincipalName == null || userPrincipalName.isBlank()
                ? Optional.empty() : Optional.of(userPrincipalName);
    }
}
