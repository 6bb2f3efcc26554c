package app.contactshield.desktop.cli;

import static org.assertj.core.api.Assertions.assertThat;

import app.contactshield.graphsync.model.SourceId;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A headless sync asks Entra ID only for what its enabled sources read. */
class TenantSessionTest {

    @Test
    void everyGraphSourceNeedsItsReadScopeButNeverPresence() {
        List<SourceId> all = List.of(SourceId.GRAPH_USERS, SourceId.GRAPH_ORG_CONTACTS, SourceId.GRAPH_OUTLOOK);

        assertThat(TenantSession.scopes(all)).containsExactlyInAnyOrder("User.Read", "User.Read.All",
                "OrgContact.Read.All", "Contacts.Read");
    }

    @Test
    void onlyOutlookContactsNeedNoDirectoryScope() {
        assertThat(TenantSession.scopes(List.of(SourceId.GRAPH_OUTLOOK)))
                .containsExactlyInAnyOrder("User.Read", "Contacts.Read");
    }
}
