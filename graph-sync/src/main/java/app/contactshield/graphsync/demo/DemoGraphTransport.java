package app.contactshield.graphsync.demo;

import app.contactshield.graphsync.graph.GraphResponse;
import app.contactshield.graphsync.graph.GraphTransport;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Serves the demo tenant as Graph would, without a network: the same parser and sync path run on these pages as on
 * Graph's. Round 1 (no token) delivers everything; the deltaLink it ends with ({@code $deltatoken=r1}) delivers the
 * second round's changes and removals; later delta links deliver nothing. Being stateless, the rounds survive
 * restarts: the store's cursor says where a sync stands. Thread-safe; pages are generated on the calling thread.
 */
public final class DemoGraphTransport implements GraphTransport {
    /** The Graph root demo mode uses; its host is reserved and never resolved. */
    public static final URI ROOT = URI.create("https://graph.demo.contactshield.invalid/v1.0/");
    /** The id of the demo mailbox's extra contact folder. */
    public static final String CUSTOMERS_FOLDER = "demo-folder-customers";
    /** The id of the demo mailbox's default Contacts folder (the parent of {@link #CUSTOMERS_FOLDER}). */
    public static final String DEFAULT_FOLDER = "demo-folder-contacts";

    private static final Pattern ROUND = Pattern.compile("\\$(?:skiptoken|deltatoken)=r(\\d+)(?:p(\\d+))?");
    private static final Map<String, String> JSON = Map.of("Content-Type", "application/json");

    private final DemoPages pages;
    private final URI root;

    /** Serves the bundled tenant of about 2,000 people in pages of 100. */
    public DemoGraphTransport() {
        this(new DemoPages(DemoTenant.standard(), 100));
    }

    /**
     * @param pages the tenant and page size to serve
     */
    public DemoGraphTransport(DemoPages pages) {
        this(pages, ROOT);
    }

    /**
     * Serves the tenant below another root, for loopback stand-ins that answer real HTTP.
     *
     * @param pages the tenant and page size to serve
     * @param root  the Graph root the requests and links use, ending in {@code /v1.0/}
     */
    public DemoGraphTransport(DemoPages pages, URI root) {
        this.pages = Objects.requireNonNull(pages, "pages");
        this.root = Objects.requireNonNull(root, "root");
    }

    @Override
    public GraphResponse get(URI uri, String accessToken) {
        String path = root.relativize(uri).getPath();
        String query = uri.getRawQuery() == null ? "" : uri.getRawQuery();
        switch (path) {
            case "users/delta":
                return page(DemoTenant.Collection.USERS, uri, query);
            case "contacts/delta":
                return page(DemoTenant.Collection.ORG_CONTACTS, uri, query);
            case "me/contacts/delta", "me/contactFolders/" + DEFAULT_FOLDER + "/contacts/delta":
                return page(DemoTenant.Collection.OUTLOOK_DEFAULT, uri, query);
            case "me/contactFolders/" + CUSTOMERS_FOLDER + "/contacts/delta":
                return page(DemoTenant.Collection.OUTLOOK_CUSTOMERS, uri, query);
            case "me/contactFolders":
                return ok("{\"value\":[{\"id\":\"" + CUSTOMERS_FOLDER + "\",\"parentFolderId\":\"" + DEFAULT_FOLDER
                        + "\",\"displayName\":\"Customers\"}]}");
            case "me/contactFolders/" + CUSTOMERS_FOLDER + "/childFolders":
                return ok("{\"value\":[]}");
            case "me":
                return ok(DemoProfile.standard().toGraphJson());
            default:
                return new GraphResponse(404, JSON, new ByteArrayInputStream(
                        "{\"error\":{\"code\":\"Request_ResourceNotFound\",\"message\":\"Not in the demo tenant\"}}"
                                .getBytes(StandardCharsets.UTF_8)));
        }
    }

    private GraphResponse page(DemoTenant.Collection collection, URI uri, String query) {
        Matcher matcher = ROUND.matcher(query);
        int round = 1;
        int page = 0;
        if (matcher.find()) {
            boolean delta = query.contains("$deltatoken=");
            round = Integer.parseInt(matcher.group(1)) + (delta ? 1 : 0);
            page = matcher.group(2) == null ? 0 : Integer.parseInt(matcher.group(2));
        }
        String base = uri.getScheme() + "://" + uri.getRawAuthority() + uri.getRawPath();
        return new GraphResponse(200, JSON, new ByteArrayInputStream(pages.page(collection, round, page, base)));
    }

    private static GraphResponse ok(String body) {
        return new GraphResponse(200, JSON, new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)));
    }
}
