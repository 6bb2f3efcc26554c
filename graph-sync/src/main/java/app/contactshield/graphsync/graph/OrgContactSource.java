package app.contactshield.graphsync.graph;

import app.contactshield.graphsync.model.ContactRecord;
import app.contactshield.graphsync.model.PhoneNumber;
import app.contactshield.graphsync.model.PhoneType;
import app.contactshield.graphsync.model.SourceId;
import app.contactshield.graphsync.phone.PhoneNormalizer;
import app.contactshield.graphsync.sync.ContactSource;
import app.contactshield.graphsync.sync.DeltaCursor;
import app.contactshield.graphsync.sync.PageSink;
import app.contactshield.graphsync.sync.SourceReport;
import app.contactshield.graphsync.sync.SyncException;
import app.contactshield.graphsync.sync.SyncProgress;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The organisation's contacts ({@code /contacts/delta}, Graph orgContact) as a contact source
 * ({@link SourceId#GRAPH_ORG_CONTACTS}). Needs {@code OrgContact.Read.All}. Syncs on the calling thread, which must
 * never be the JavaFX thread.
 */
public final class OrgContactSource implements ContactSource {
    /** The first page of a full sync, relative to the Graph root. */
    public static final String INITIAL_PATH = "contacts/delta?$select=id,displayName,givenName,surname,mail,"
            + "companyName,department,jobTitle,phones,addresses";

    private final GraphClient client;
    private final NumberCache normalizer;
    private final Clock clock;

    /**
     * @param client     fetches the pages
     * @param normalizer reads phone numbers
     * @param clock      stamps records with when they were received (org contacts carry no change time)
     */
    public OrgContactSource(GraphClient client, PhoneNormalizer normalizer, Clock clock) {
        this.client = Objects.requireNonNull(client, "client");
        this.normalizer = new NumberCache(Objects.requireNonNull(normalizer, "normalizer"));
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public SourceId id() {
        return SourceId.GRAPH_ORG_CONTACTS;
    }

    @Override
    public SourceReport sync(Optional<DeltaCursor> from, PageSink sink, Consumer<SyncProgress> progress)
            throws SyncException {
        return new DeltaRun(id(), client, client.resolve(INITIAL_PATH).toString(), this::toRecord)
                .run(from, sink, progress);
    }

    /** The record of an org contact. */
    Optional<ContactRecord> toRecord(JsonNode contact) {
        List<PhoneNumber> phones = new ArrayList<>();
        JsonNode entries = contact.get("phones");
        if (entries != null && entries.isArray()) {
            for (JsonNode entry : entries) {
                GraphItems.addPhone(phones, normalizer, phoneType(GraphItems.text(entry, "type")),
                        GraphItems.text(entry, "number"));
            }
        }
        String office = null;
        JsonNode addresses = contact.get("addresses");
        if (addresses != null && addresses.isArray() && addresses.size() > 0) {
            office = GraphItems.text(addresses.get(0), "officeLocation");
        }
        String id = GraphItems.text(contact, "id");
        return Optional.of(new ContactRecord(id(), id, null, null, GraphItems.text(contact, "displayName"),
                GraphItems.text(contact, "givenName"), GraphItems.text(contact, "surname"),
                GraphItems.text(contact, "companyName"), GraphItems.text(contact, "department"),
                GraphItems.text(contact, "jobTitle"), office,
                GraphItems.emails(java.util.Collections.singletonList(GraphItems.text(contact, "mail"))), phones,
                clock.instant()));
    }

    /** Maps a Graph {@code phoneType} (business, businessFax, mobile, home, homeFax, otherFax, pager...). */
    static PhoneType phoneType(String graphType) {
        if (graphType == null) {
            return PhoneType.OTHER;
        }
        String type = graphType.toLowerCase(Locale.ROOT);
        if (type.endsWith("fax")) {
            return PhoneType.FAX;
        }
        switch (type) {
            case "business":
                return PhoneType.BUSINESS;
            case "mobile":
                return PhoneType.MOBILE;
            case "home":
                return PhoneType.HOME;
            default:
                return PhoneType.OTHER;
        }
    }
}
