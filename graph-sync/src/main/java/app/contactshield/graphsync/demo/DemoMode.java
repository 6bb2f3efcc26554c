package app.contactshield.graphsync.demo;

import app.contactshield.graphsync.graph.GraphClient;
import app.contactshield.graphsync.graph.GraphSources;
import app.contactshield.graphsync.graph.TokenProvider;
import app.contactshield.graphsync.graph.UserSelection;
import app.contactshield.graphsync.model.SourceId;
import app.contactshield.graphsync.phone.PhoneNormalizer;
import app.contactshield.graphsync.store.ContactStore;
import app.contactshield.graphsync.sync.ContactSource;
import app.contactshield.graphsync.sync.DeltaCursor;
import app.contactshield.graphsync.sync.SyncEngine;
import java.util.List;
import java.util.Set;

/**
 * Wires {@code --demo}: the three Graph sources over {@link DemoGraphTransport}, so the bundled tenant runs through
 * the same parser and sync path as a real tenant, with no sign-in. The first sync loads about 2,000 people, the
 * second applies a round of changes and removals, later ones find nothing new. Stateless.
 */
public final class DemoMode {
    /** The region the demo company writes its numbers in (Germany), whatever region the settings give. */
    public static final String REGION = "DE";

    private DemoMode() {
    }

    /** The demo tenant's Graph sources, in sync order. */
    public static List<ContactSource> sources(PhoneNormalizer normalizer) {
        return sources(new DemoGraphTransport(), normalizer);
    }

    /** The Graph sources over a given demo transport (for a scaled tenant). */
    public static List<ContactSource> sources(DemoGraphTransport transport, PhoneNormalizer normalizer) {
        GraphClient client = GraphSources.client(DemoGraphTransport.ROOT, transport, TokenProvider.NONE);
        return GraphSources.enabled(client, normalizer, UserSelection.DEFAULT,
                Set.of(SourceId.GRAPH_USERS, SourceId.GRAPH_ORG_CONTACTS, SourceId.GRAPH_OUTLOOK));
    }

    /**
     * Whether a stored cursor came from the demo tenant (its links point at {@link DemoGraphTransport#ROOT}), so that
     * {@code doctor} can tell a store filled by {@code sync --demo} from one filled by a real tenant.
     */
    public static boolean isDemoCursor(DeltaCursor cursor) {
        return cursor.value().contains(DemoGraphTransport.ROOT.getHost());
    }

    /**
     * A sync engine for {@code sync --once --demo}: demo sources, the given store, no sign-in.
     *
     * @param store      where pages are committed; the caller opens and closes it
     * @param normalizer reads phone numbers
     */
    public static SyncEngine syncEngine(ContactStore store, PhoneNormalizer normalizer) {
        return new SyncEngine(store, sources(normalizer), SyncEngine.Renewal.NONE);
    }
}
