package app.contactshield.graphsync.sync;

import static org.assertj.core.api.Assertions.assertThat;

import app.contactshield.graphsync.demo.DemoPages;
import app.contactshield.graphsync.demo.DemoTenant;
import app.contactshield.graphsync.graph.GraphClient;
import app.contactshield.graphsync.graph.GraphSources;
import app.contactshield.graphsync.graph.UserFilter;
import app.contactshield.graphsync.graph.UserSelection;
import app.contactshield.graphsync.loopback.GraphStandIn;
import app.contactshield.graphsync.model.ContactRecord;
import app.contactshield.graphsync.model.PersonKey;
import app.contactshield.graphsync.model.SourceId;
import app.contactshield.graphsync.phone.PhoneNormalizer;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Policy changes reach the synced data: the Graph stand-in serves a demo tenant into the in-memory store. */
class SourceScopeTest {
    private static final DemoPages PAGES = new DemoPages(new DemoTenant(300, 11), 50);
    private static final Set<SourceId> ALL = Set.of(SourceId.GRAPH_USERS, SourceId.GRAPH_ORG_CONTACTS,
            SourceId.GRAPH_OUTLOOK);

    private GraphStandIn standIn;
    private GraphClient client;
    private final InMemoryContactStore store = new InMemoryContactStore();

    @BeforeEach
    void start() {
        standIn = new GraphStandIn(PAGES);
        client = standIn.client(force -> "stand-in-token", delay -> { });
    }

    @AfterEach
    void stop() {
        standIn.close();
    }

    @Test
    void aNewUserFilterForcesAFullRoundThatRemovesTheUsersItExcludes() throws SyncException {
        sync(UserSelection.DEFAULT, "everyone", ALL);
        int before = users().size();
        int pagesAfterFirst = store.committedPages().size();

        sync(new UserSelection(false, false, List.of(UserFilter.of(UserFilter.Field.DEPARTMENT,
                UserFilter.Op.EQUALS, "Sales"))), "sales only", ALL);

        assertThat(before).isGreaterThan(20);
        assertThat(users()).isNotEmpty().hasSizeLessThan(before)
                .allSatisfy(record -> assertThat(record.department()).isEqualToIgnoringCase("Sales"));
        assertThat(store.committedPages().subList(pagesAfterFirst, store.committedPages().size()))
                .filteredOn(page -> page.source().equals(SourceId.GRAPH_USERS)).first()
                .satisfies(page -> assertThat(page.fullSyncStart()).isTrue());
    }

    @Test
    void anUnchangedSelectionResumesFromItsDeltaLink() throws SyncException {
        sync(UserSelection.DEFAULT, "everyone", ALL);
        int pagesAfterFirst = store.committedPages().size();

        sync(UserSelection.DEFAULT, "everyone", ALL);

        List<ChangePage> second = store.committedPages().subList(pagesAfterFirst, store.committedPages().size());
        assertThat(second).isNotEmpty().noneMatch(ChangePage::fullSyncStart);
        assertThat(store.cursor(SourceId.GRAPH_USERS)).hasValueSatisfying(cursor -> assertThat(cursor.value())
                .contains("$deltatoken=r2"));
    }

    @Test
    void aSourceRemovedFromTheEnabledSourcesIsPurgedButFavouritesStay() throws SyncException {
        sync(UserSelection.DEFAULT, "everyone", ALL);
        PersonKey favourite = new PersonKey("outlook-favourite");
        store.setFavourite(favourite, true);
        Set<SourceId> withoutOutlook = Set.of(SourceId.GRAPH_USERS, SourceId.GRAPH_ORG_CONTACTS);

        Map<SourceId, Integer> purged = SourceScope.purgeDisabled(store, withoutOutlook, ALL);
        Map<SourceId, Integer> again = SourceScope.purgeDisabled(store, withoutOutlook, ALL);

        assertThat(purged).containsOnlyKeys(SourceId.GRAPH_OUTLOOK);
        assertThat(purged.get(SourceId.GRAPH_OUTLOOK)).isPositive();
        assertThat(store.visible().get(SourceId.GRAPH_OUTLOOK)).isEmpty();
        assertThat(store.visible().get(SourceId.GRAPH_USERS)).isNotEmpty();
        assertThat(store.cursor(SourceId.GRAPH_OUTLOOK)).isEmpty();
        assertThat(store.favourites()).containsExactly(favourite);
        assertThat(again).isEmpty();
    }

    @Test
    void theRegionTheNumbersWereReadWithIsStoredBesideTheFingerprintAndTheNextSyncStillResumes() throws Exception {
        SourceScope scope = new SourceScope(Map.of(SourceId.GRAPH_USERS, "everyone"), "AT");
        List<ContactSource> sources = scope.apply(GraphSources.enabled(client, new PhoneNormalizer("AT"),
                UserSelection.DEFAULT, Set.of(SourceId.GRAPH_USERS)));
        new SyncEngine(store, sources, SyncEngine.Renewal.NONE).runOnce(p -> { });
        int pagesAfterFirst = store.committedPages().size();

        new SyncEngine(store, sources, SyncEngine.Renewal.NONE).runOnce(p -> { });

        assertThat(SourceScope.storedRegion(store.cursor(SourceId.GRAPH_USERS))).contains("AT");
        assertThat(store.committedPages().subList(pagesAfterFirst, store.committedPages().size())).isNotEmpty()
                .noneMatch(ChangePage::fullSyncStart);
    }

    @Test
    void aCursorStoredWithoutARegionStillResumesAndReportsNone() {
        Optional<DeltaCursor> old = Optional.of(new DeltaCursor("scope:abc;https://graph.example/d?$deltatoken=r2",
                true));
        Optional<DeltaCursor> withRegion = Optional.of(new DeltaCursor(
                "scope:abc;region=CH;https://graph.example/d?$deltatoken=r2", true));

        assertThat(SourceScope.unwrap(old, "abc")).map(DeltaCursor::value)
                .contains("https://graph.example/d?$deltatoken=r2");
        assertThat(SourceScope.unwrap(withRegion, "abc")).map(DeltaCursor::value)
                .contains("https://graph.example/d?$deltatoken=r2");
        assertThat(SourceScope.storedRegion(old)).isEmpty();
        assertThat(SourceScope.storedRegion(withRegion)).contains("CH");
        assertThat(SourceScope.storedRegion(Optional.empty())).isEmpty();
    }

    private void sync(UserSelection selection, String fingerprint, Set<SourceId> enabled) throws SyncException {
        SourceScope scope = new SourceScope(Map.of(SourceId.GRAPH_USERS, fingerprint,
                SourceId.GRAPH_ORG_CONTACTS, "region", SourceId.GRAPH_OUTLOOK, "region"));
        List<ContactSource> sources = scope.apply(GraphSources.enabled(client, new PhoneNormalizer("DE"),
                selection, enabled));
        SyncRun run = new SyncEngine(store, sources, SyncEngine.Renewal.NONE).runOnce(p -> { });
        assertThat(run.succeeded()).as("failures %s", run.failures()).isTrue();
    }

    private List<ContactRecord> users() {
        return List.copyOf(store.visible().get(SourceId.GRAPH_USERS).values());
    }
}
