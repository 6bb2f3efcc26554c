package app.contactshield.graphsync.demo;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Writes the demo tenant's collections as Graph delta pages, byte for byte in the shape Graph sends: the first round
 * is the whole collection, the second round ({@code $deltatoken=r1}) its changes, later rounds are empty.
 * Thread-safe; pages are generated on the calling thread.
 */
public final class DemoPages {
    private static final JsonFactory JSON = new JsonFactory();
    private static final Instant ROUND_ONE = Instant.parse("2026-11-02T08:00:00Z");
    private static final Instant ROUND_TWO = Instant.parse("2026-11-20T14:30:00Z");

    private final DemoTenant tenant;
    private final int pageSize;
    private final Map<DemoTenant.Collection, List<Integer>> secondRound = new ConcurrentHashMap<>();

    /**
     * @param tenant   the tenant to serve
     * @param pageSize members per page (Graph's {@code odata.maxpagesize}, at most 999 for users)
     */
    public DemoPages(DemoTenant tenant, int pageSize) {
        this.tenant = tenant;
        this.pageSize = pageSize;
    }

    /** The tenant served. */
    public DemoTenant tenant() {
        return tenant;
    }

    /** How many pages a round of a collection has (at least one). */
    public int pageCount(DemoTenant.Collection collection, int round) {
        int members = round == 1 ? tenant.size(collection) : round == 2 ? secondRound(collection).size() : 0;
        return Math.max(1, (members + pageSize - 1) / pageSize);
    }

    /**
     * One page as Graph's JSON.
     *
     * @param collection which collection
     * @param round      1 (everything), 2 (changes) or later (nothing)
     * @param page       the page number from 0
     * @param linkBase   the collection's delta URL without query, for the next and delta links
     */
    public byte[] page(DemoTenant.Collection collection, int round, int page, String linkBase) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(pageSize * 600);
        try (JsonGenerator json = JSON.createGenerator(out, JsonEncoding.UTF8)) {
            json.writeStartObject();
            json.writeStringField("@odata.context",
                    "https://graph.microsoft.com/v1.0/$metadata#" + context(collection));
            boolean last = page + 1 >= pageCount(collection, round);
            if (!last) {
                json.writeStringField("@odata.nextLink", linkBase + "?$skiptoken=r" + round + "p" + (page + 1));
            }
            json.writeArrayFieldStart("value");
            if (round == 1) {
                int end = Math.min(tenant.size(collection), (page + 1) * pageSize);
                for (int k = page * pageSize; k < end; k++) {
                    writeMember(json, collection, k, false);
                }
            } else if (round == 2) {
                writeChanges(json, collection, page);
            }
            json.writeEndArray();
            if (last) {
                json.writeStringField("@odata.deltaLink", linkBase + "?$deltatoken=r" + Math.min(round, 2));
            }
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private void writeChanges(JsonGenerator json, DemoTenant.Collection collection, int page) throws IOException {
        List<Integer> changes = secondRound(collection);
        int end = Math.min(changes.size(), (page + 1) * pageSize);
        for (int i = page * pageSize; i < end; i++) {
            int k = changes.get(i);
            DemoTenant.Change change = k >= tenant.size(collection) ? DemoTenant.Change.CHANGED
                    : tenant.secondRoundChange(collection, k);
            if (change == DemoTenant.Change.CHANGED) {
                writeMember(json, collection, k, true);
            } else {
                json.writeStartObject();
                json.writeStringField("id", id(collection, k));
                json.writeObjectFieldStart("@removed");
                json.writeStringField("reason", change == DemoTenant.Change.DELETED ? "deleted" : "changed");
                json.writeEndObject();
                json.writeEndObject();
            }
        }
    }

    private List<Integer> secondRound(DemoTenant.Collection collection) {
        return secondRound.computeIfAbsent(collection, c -> {
            List<Integer> members = new ArrayList<>();
            int size = tenant.size(c);
            for (int k = 0; k < size; k++) {
                if (tenant.secondRoundChange(c, k) != DemoTenant.Change.NONE) {
                    members.add(k);
                }
            }
            for (int k = size; k < size + tenant.secondRoundAdditions(c); k++) {
                members.add(k);
            }
            return List.copyOf(members);
        });
    }

    private void writeMember(JsonGenerator json, DemoTenant.Collection collection, int k, boolean changed)
            throws IOException {
        DemoPerson person = tenant.member(collection, k);
        json.writeStartObject();
        json.writeStringField("id", id(collection, k));
        json.writeStringField("displayName", person.displayName());
        json.writeStringField("givenName", person.given());
        json.writeStringField("surname", person.family());
        String title = changed ? "Senior " + person.jobTitle() : person.jobTitle();
        switch (collection) {
            case USERS:
                DemoGraphJson.writeUser(json, person, title, changed);
                break;
            case ORG_CONTACTS:
                DemoGraphJson.writeOrgContact(json, person, title, changed);
                break;
            default:
                DemoGraphJson.writeOutlookContact(json, person, title, changed, changed ? ROUND_TWO : ROUND_ONE);
                break;
        }
        json.writeEndObject();
    }

    /** The Graph id of the {@code k}-th member of a collection: a GUID, or an Outlook-style item id. */
    String id(DemoTenant.Collection collection, int k) {
        int index = tenant.member(collection, k).index();
        long high = mix(tenant.seed() + index * 31L + collection.ordinal());
        long low = mix(high ^ index);
        UUID uuid = new UUID((high & ~0xF000L) | 0x4000L, (low & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L);
        if (collection == DemoTenant.Collection.USERS || collection == DemoTenant.Collection.ORG_CONTACTS) {
            return uuid.toString();
        }
        return "AAMkADemo" + uuid.toString().replace("-", "") + "AAA=";
    }

    private static String context(DemoTenant.Collection collection) {
        switch (collection) {
            case USERS:
                return "users";
            case ORG_CONTACTS:
                return "contacts";
            default:
                return "contacts";
        }
    }

    private static long mix(long value) {
        long z = value + 0x9E3779B97F4A7C15L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
