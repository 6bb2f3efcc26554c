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
 * The company directory ({@code /users/delta}) as a contact source ({@link SourceId#GRAPH_USERS}). Needs
 * {@code User.Read.All} (or {@code User.ReadBasic.All}, which leaves out phones and departments). Syncs on the
 * calling thread, which must never be the JavaFX thread.
 */
public final class DirectoryUserSource implements ContactSource {
    /** The first page of a full sync, relative to the Graph root. */
    public static final String INITIAL_PATH = "users/delta?$select=id,displayName,givenName,surname,mail,otherMails,"
            + "userPrincipalName,businessPhones,mobilePhone,faxNumber,companyName,department,jobTitle,"
            + "officeLocation,accountEnabled,userType";

    private final GraphClient client;
    private final NumberCache normalizer;
    private final UserSelection selection;
    private final Clock clock;

    /**
     * @param client     fetches the pages
     * @param normalizer reads phone numbers (default region from the policy)
     * @param selection  which users to keep
     * @param clock      stamps records with when they were received (users carry no change time)
     */
    public DirectoryUserSource(GraphClient client, PhoneNormalizer normalizer, UserSelection selection, Clock clock) {
        this.client = Objects.requireNonNull(client, "client");
        this.normalizer = new NumberCache(Objects.requireNonNull(normalizer, "normalizer"));
        this.selection = Objects.requireNonNull(selection, "selection");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public SourceId id() {
        return SourceId.GRAPH_USERS;
    }

    @Override
    public SourceReport sync(Optional<DeltaCursor> from, PageSink sink, Consumer<SyncProgress> progress)
            throws SyncException {
        return new DeltaRun(id(), client, client.resolve(INITIAL_PATH).toString(), this::toRecord)
                .run(from, sink, progress);
    }

    /** The record of a user, or empty when the selection leaves the user out. */
    Optional<ContactRecord> toRecord(JsonNode user) {
        String upn = GraphItems.text(user, "userPrincipalName");
        if (!selection.includeGuests() && isGuest(upn, GraphItems.text(user, "userType"))) {
            return Optional.empty();
        }
        JsonNode enabled = user.get("accountEnabled");
        if (!selection.includeDisabled() && enabled != null && enabled.isBoolean() && !enabled.booleanValue()) {
            return Optional.empty();
        }
        for (UserFilter filter : selection.filters()) {
            if (!filter.matches(GraphItems.text(user, filter.field().graphName()))) {
                return Optional.empty();
            }
        }
        List<String> mails = new ArrayList<>();
        mails.add(GraphItems.text(user, "mail"));
        mails.addAll(GraphItems.texts(user, "otherMails"));
        List<PhoneNumber> phones = new ArrayList<>();
        for (String raw : GraphItems.texts(user, "businessPhones")) {
            GraphItems.addPhone(phones, normalizer, PhoneType.BUSINESS, raw);
        }
        GraphItems.addPhone(phones, normalizer, PhoneType.MOBILE, GraphItems.text(user, "mobilePhone"));
        GraphItems.addPhone(phones, normalizer, PhoneType.FAX, GraphItems.text(user, "faxNumber"));
        List<String> emails = GraphItems.emails(mails);
        if (emails.isEmpty() && phones.isEmpty()) {
            return Optional.empty();
        }
        String id = GraphItems.text(user, "id");
        return Optional.of(new ContactRecord(id(), id, id, upn, GraphItems.text(user, "displayName"),
                GraphItems.text(user, "givenName"), GraphItems.text(user, "surname"),
                GraphItems.text(user, "companyName"), GraphItems.text(user, "department"),
                GraphItems.text(user, "jobTitle"), GraphItems.text(user, "officeLocation"), emails, phones,
                clock.instant()));
    }

    private static boolean isGuest(String upn, String userType) {
        return (upn != null && upn.toUpperCase(Locale.ROOT).contains("#EXT#"))
                || "guest".equalsIgnoreCase(userType);
    }
}
