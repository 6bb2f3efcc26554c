package app.contactshield.graphsync.model;

import java.util.Objects;
import java.util.Optional;

/**
 * One phone number of a contact: kept exactly as the source delivered it, plus its E.164 form and extension
 * when it could be normalised. A number that cannot be normalised is kept and flagged, never dropped.
 *
 * @param type      what kind of number the source says it is
 * @param raw       the number exactly as delivered
 * @param e164      the E.164 form ({@code +4989123456}), or {@code null} when it could not be normalised
 * @param extension the extension or direct-dial suffix, or {@code null}
 */
public record PhoneNumber(PhoneType type, String raw, String e164, String extension) {

    public PhoneNumber {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(raw, "raw");
    }

    /** A number kept as delivered because it could not be normalised. */
    public static PhoneNumber unnormalised(PhoneType type, String raw) {
        return new PhoneNumber(type, raw, null, null);
    }

    /** Whether the number has an E.164 form and can therefore identify a caller. */
    public boolean isNormalised() {
        return e164 != null;
    }

    /**
     * Whether a call from this number can be told apart as this contact's: it is normalised, and it has no PBX
     * extension that the network never delivers ({@code +1 425 555 0100 x123} rings from the switchboard, so it
     * names the company, not the person). A direct-dial suffix that is part of the number ({@code +49 89 7104-20},
     * E.164 ending in the suffix) does identify the person.
     */
    public boolean identifiesCaller() {
        return e164 != null && (extension == null || e164.endsWith(extension));
    }

    /** The E.164 form, when the number could be normalised. */
    public Optional<String> e164Form() {
        return Optional.ofNullable(e164);
    }

    /** The extension, when the number has one. */
    public Optional<String> extensionPart() {
        return Optional.ofNullable(extension);
    }
}
