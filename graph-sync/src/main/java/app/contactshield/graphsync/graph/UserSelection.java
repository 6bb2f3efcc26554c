package app.contactshield.graphsync.graph;

import java.util.List;

/**
 * Which directory users are synced. By default guests, disabled accounts and accounts without any phone number or
 * e-mail address are left out; the policy may include guests and disabled accounts and add filters.
 *
 * @param includeGuests   sync guests ({@code #EXT#} in the UPN or {@code userType} Guest)
 * @param includeDisabled sync disabled accounts
 * @param filters         filters that must all match
 */
public record UserSelection(boolean includeGuests, boolean includeDisabled, List<UserFilter> filters) {

    /** The default: members with a phone or e-mail, enabled, no filters. */
    public static final UserSelection DEFAULT = new UserSelection(false, false, List.of());

    public UserSelection {
        filters = List.copyOf(filters);
    }
}
