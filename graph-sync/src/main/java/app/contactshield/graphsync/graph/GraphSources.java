package app.contactshield.graphsync.graph;

import app.contactshield.graphsync.model.SourceId;
import app.contactshield.graphsync.phone.PhoneNormalizer;
import app.contactshield.graphsync.sync.ContactSource;
import java.net.URI;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Builds the enabled Microsoft Graph sources in their sync order (directory users, organisational contacts,
 * Outlook contacts) around one {@link GraphClient}. Stateless.
 */
public final class GraphSources {

    private GraphSources() {
    }

    /**
     * A client for the production Graph v1.0 endpoint with the default retry policy and real waits.
     *
     * @param tokens supplies and renews the bearer token (the sign-in)
     */
    public static GraphClient productionClient(TokenProvider tokens) {
        return new GraphClient(GraphClient.GRAPH_V1, new HttpGraphTransport(), tokens, Sleeper.REAL,
                RetryPolicy.DEFAULT);
    }

    /**
     * A client for another Graph root (a national cloud or a stand-in) over the given transport.
     *
     * @param root      the v1.0 root
     * @param transport sends the requests
     * @param tokens    supplies the bearer token
     */
    public static GraphClient client(URI root, GraphTransport transport, TokenProvider tokens) {
        return new GraphClient(root, transport, tokens, Sleeper.REAL, RetryPolicy.DEFAULT);
    }

    /**
     * The enabled Graph sources, in sync order.
     *
     * @param client     fetches pages
     * @param normalizer reads phone numbers (default region from the policy)
     * @param selection  which directory users to keep
     * @param enabled    which of {@link SourceId#GRAPH_USERS}, {@link SourceId#GRAPH_ORG_CONTACTS} and
     *                   {@link SourceId#GRAPH_OUTLOOK} are enabled; other ids are ignored
     */
    public static List<ContactSource> enabled(GraphClient client, PhoneNormalizer normalizer,
            UserSelection selection, Set<SourceId> enabled) {
        Clock clock = Clock.systemUTC();
        List<ContactSource> sources = new ArrayList<>();
        if (enabled.contains(SourceId.GRAPH_USERS)) {
            sources.add(new DirectoryUserSource(client, normalizer, selection, clock));
        }
        if (enabled.contains(SourceId.GRAPH_ORG_CONTACTS)) {
            sources.add(new OrgContactSource(client, normalizer, clock));
        }
        if (enabled.contains(SourceId.GRAPH_OUTLOOK)) {
            sources.add(new OutlookContactSource(client, normalizer, clock));
        }
        return List.copyOf(sources);
    }
}
