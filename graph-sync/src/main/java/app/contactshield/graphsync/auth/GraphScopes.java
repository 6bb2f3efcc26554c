package app.contactshield.graphsync.auth;

import java.util.Set;
import java.util.TreeSet;

/** The least Graph scopes each enabled source needs. Stateless. */
public final class GraphScopes {

    private GraphScopes() {
    }

    /**
     * The scopes for the enabled sources; {@code User.Read} (the signed-in user's own profile for the business
     * card) is always included.
     *
     * @param directoryUsers   directory users are synced
     * @param basicProfileOnly directory users with names and mail only ({@code User.ReadBasic.All}, no phones)
     * @param orgContacts      organisational contacts are synced
     * @param outlookContacts  the user's Outlook contacts are synced
     * @param presence         Teams presence is shown
     */
    public static Set<String> forSources(boolean directoryUsers, boolean basicProfileOnly, boolean orgContacts,
            boolean outlookContacts, boolean presence) {
        Set<String> scopes = new TreeSet<>();
        scopes.add("User.Read");
        if (directoryUsers) {
            scopes.add(basicProfileOnly ? "User.ReadBasic.All" : "User.Read.All");
        }
        if (orgContacts) {
            scopes.add("OrgContact.Read.All");
        }
        if (outlookContacts) {
            scopes.add("Contacts.Read");
        }
        if (presence) {
            scopes.add("Presence.Read.All");
        }
        return Set.copyOf(scopes);
    }
}
