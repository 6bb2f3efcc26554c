package app.contactshield.graphsync.consolidate;

import app.contactshield.graphsync.model.ContactRecord;
import app.contactshield.graphsync.model.PhoneNumber;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The identities by which two records are recognised as the same person: the Entra object id, each e-mail address
 * (case-insensitive) and each E.164 number together with the normalised name. Two records that share a token belong
 * to the same person. Stateless and thread-safe.
 */
public final class MatchTokens {

    private MatchTokens() {
    }

    /** Every match token of a record. */
    public static List<String> of(ContactRecord record) {
        Set<String> tokens = new LinkedHashSet<>();
        if (record.entraObjectId() != null && !record.entraObjectId().isBlank()) {
            tokens.add("oid:" + record.entraObjectId().trim().toLowerCase(Locale.ROOT));
        }
        for (String email : record.emails()) {
            if (email != null && !email.isBlank()) {
                tokens.add("mail:" + email.trim().toLowerCase(Locale.ROOT));
            }
        }
        String name = nameOf(record);
        if (!name.isEmpty()) {
            for (PhoneNumber phone : record.phones()) {
                if (phone.isNormalised()) {
                    tokens.add("tel:" + phone.e164() + "|" + name);
                }
            }
        }
        return List.copyOf(tokens);
    }

    /** The 64-bit hash of a token, as the store keeps it. */
    public static long hash(String token) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < token.length(); i++) {
            h ^= token.charAt(i);
            h *= 0x100000001b3L;
        }
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return h;
    }

    /** The normalised name used in phone tokens: the display name, else given and family name. */
    static String nameOf(ContactRecord record) {
        String key = NameKey.of(record.displayName());
        if (key.isEmpty()) {
            key = NameKey.of(joined(record.givenName(), record.familyName()));
        }
        return key;
    }

    private static String joined(String given, String family) {
        return (given == null ? "" : given) + " " + (family == null ? "" : family);
    }
}
