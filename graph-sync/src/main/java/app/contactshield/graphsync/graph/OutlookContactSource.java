package app.contactshield.graphsync.graph;

import app.contactshield.graphsync.model.ContactRecord;
import app.contactshield.graphsync.model.PhoneNumber;
import app.contactshield.graphsync.model.PhoneType;
import app.contactshield.graphsync.model.SourceId;
import app.contactshield.graphsync.phone.PhoneNormalizer;
import app.contactshield.graphsync.sync.ChangePage;
import app.contactshield.graphsync.sync.ContactSource;
import app.contactshield.graphsync.sync.DeltaCursor;
import app.contactshield.graphsync.sync.PageResult;
import app.contactshield.graphsync.sync.PageSink;
import app.contactshield.graphsync.sync.SourceReport;
import app.contactshield.graphsync.sync.SyncException;
import app.contactshield.graphsync.sync.SyncProgress;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The signed-in user's Outlook contacts ({@link SourceId#GRAPH_OUTLOOK}): the default folder
 * ({@code /me/contacts/delta}) and each folder listed by {@code /me/contactFolders}. One cursor covers every folder
 * (see {@link FolderCursor}); a sync interrupted mid-round resumes in the folder it stopped in. Needs
 * {@code Contacts.Read}. Syncs on the calling thread, never the JavaFX thread.
 */
public final class OutlookContactSource implements ContactSource {
    /** The properties asked of Outlook contacts. */
    public static final String SELECT = "$select=id,displayName,givenName,surname,companyName,department,jobTitle,"
            + "officeLocation,emailAddresses,businessPhones,homePhones,mobilePhone,lastModifiedDateTime";
    private static final Logger LOG = LoggerFactory.getLogger(OutlookContactSource.class);

    private final GraphClient client;
    private final NumberCache normalizer;
    private final Clock clock;

    /**
     * @param client     fetches the pages
     * @param normalizer reads phone numbers
     * @param clock      stamps records that carry no {@code lastModifiedDateTime}
     */
    public OutlookContactSource(GraphClient client, PhoneNormalizer normalizer, Clock clock) {
        this.client = Objects.requireNonNull(client, "client");
        this.normalizer = new NumberCache(Objects.requireNonNull(normalizer, "normalizer"));
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public SourceId id() {
        return SourceId.GRAPH_OUTLOOK;
    }

    @Override
    public SourceReport sync(Optional<DeltaCursor> from, PageSink sink, Consumer<SyncProgress> progress)
            throws SyncException {
        long started = System.nanoTime();
        List<String> folders = listFolders();
        FolderCursor.State stored = from.map(c -> FolderCursor.decode(c.value())).orElse(FolderCursor.State.EMPTY);
        if (from.isPresent() && from.get().roundComplete()) {
            stored = new FolderCursor.State(stored.links(), Set.of());
        }
        boolean fullStart = stored.links().isEmpty();
        if (!fullStart && !folders.containsAll(stored.links().keySet())) {
            LOG.info("A contact folder of {} disappeared; restarting it with a full sync", id());
            stored = FolderCursor.State.EMPTY;
            fullStart = true;
        }
        Tally tally = new Tally();
        try {
            runFolders(folders, stored, fullStart, sink, progress, tally);
        } catch (SyncException e) {
            if (!GraphClient.KEY_DELTA_EXPIRED.equals(e.userMessageKey())) {
                throw e;
            }
            LOG.warn("A delta token of {} expired; restarting it with a full sync", id());
            runFolders(folders, FolderCursor.State.EMPTY, true, sink, progress, tally);
        }
        progress.accept(new SyncProgress(id(), tally.pages, tally.contacts, true));
        Duration elapsed = Duration.ofNanos(System.nanoTime() - started);
        LOG.info("{} synced from {} folders: {} added, {} changed, {} removed in {} pages, {} ms", id(),
                folders.size(), tally.result.added(), tally.result.changed(), tally.result.removed(), tally.pages,
                elapsed.toMillis());
        return new SourceReport(id(), tally.result.added(), tally.result.changed(), tally.result.removed(),
                tally.pages, elapsed);
    }

    private void runFolders(List<String> folders, FolderCursor.State stored, boolean fullStart, PageSink sink,
            Consumer<SyncProgress> progress, Tally tally) throws SyncException {
        Map<String, String> links = new LinkedHashMap<>(stored.links());
        Set<String> done = new LinkedHashSet<>(stored.done());
        boolean first = fullStart;
        for (int f = 0; f < folders.size(); f++) {
            String folder = folders.get(f);
            if (done.contains(folder) && f < folders.size() - 1) {
                continue;
            }
            String url = links.getOrDefault(folder, initialUrl(folder));
            int folderPage = 0;
            while (true) {
                folderPage++;
                GraphPage page = client.fetchPage(url, id() + " folder " + (f + 1) + " page " + folderPage);
                String following = page.followingLink().orElseThrow(() -> new SyncException(
                        GraphClient.KEY_REFUSED, "Graph page of " + id() + " had no nextLink nor deltaLink"));
                links.put(folder, following);
                boolean complete = page.deltaLink() != null && f == folders.size() - 1;
                if (page.deltaLink() != null) {
                    done.add(folder);
                }
                DeltaCursor cursor = new DeltaCursor(FolderCursor.encode(links, complete ? Set.of() : done),
                        complete);
                ChangePage change = GraphItems.toChangePage(id(), page, this::toRecord, cursor, first);
                tally.result = tally.result.plus(sink.accept(change));
                first = false;
                tally.pages++;
                tally.contacts += change.upserts().size();
                progress.accept(new SyncProgress(id(), tally.pages, tally.contacts, false));
                if (page.deltaLink() != null) {
                    break;
                }
                url = following;
            }
        }
    }

    /** The default folder (empty id) followed by the ids of {@code /me/contactFolders}, in Graph's order. */
    private List<String> listFolders() throws SyncException {
        List<String> folders = new ArrayList<>();
        folders.add(FolderCursor.DEFAULT_FOLDER);
        String url = client.resolve("me/contactFolders?$select=id&$top=100").toString();
        int page = 0;
        while (url != null) {
            page++;
            GraphPage listing = client.fetchPage(url, id() + " folder list page " + page);
            for (JsonNode folder : listing.items()) {
                String folderId = GraphItems.text(folder, "id");
                if (folderId != null && !folders.contains(folderId)) {
                    folders.add(folderId);
                }
            }
            url = listing.nextLink();
        }
        return folders;
    }

    private String initialUrl(String folder) {
        if (FolderCursor.DEFAULT_FOLDER.equals(folder)) {
            return client.resolve("me/contacts/delta?" + SELECT).toString();
        }
        String encoded = URLEncoder.encode(folder, StandardCharsets.UTF_8).replace("+", "%20");
        return client.resolve("me/contactFolders/" + encoded + "/contacts/delta?" + SELECT).toString();
    }

    /** The record of an Outlook contact. */
    Optional<ContactRecord> toRecord(JsonNode contact) {
        List<String> mails = new ArrayList<>();
        JsonNode addresses = contact.get("emailAddresses");
        if (addresses != null && addresses.isArray()) {
            for (JsonNode address : addresses) {
                mails.add(GraphItems.text(address, "address"));
            }
        }
        List<PhoneNumber> phones = new ArrayList<>();
        for (String raw : GraphItems.texts(contact, "businessPhones")) {
            GraphItems.addPhone(phones, normalizer, PhoneType.BUSINESS, raw);
        }
        GraphItems.addPhone(phones, normalizer, PhoneType.MOBILE, GraphItems.text(contact, "mobilePhone"));
        for (String raw : GraphItems.texts(contact, "homePhones")) {
            GraphItems.addPhone(phones, normalizer, PhoneType.HOME, raw);
        }
        String id = GraphItems.text(contact, "id");
        return Optional.of(new ContactRecord(id(), id, null, null, GraphItems.text(contact, "displayName"),
                GraphItems.text(contact, "givenName"), GraphItems.text(contact, "surname"),
                GraphItems.text(contact, "companyName"), GraphItems.text(contact, "department"),
                GraphItems.text(contact, "jobTitle"), GraphItems.text(contact, "officeLocation"),
                GraphItems.emails(mails), phones, lastModified(GraphItems.text(contact, "lastModifiedDateTime"))));
    }

    private Instant lastModified(String text) {
        if (text != null) {
            try {
                return Instant.parse(text);
            } catch (DateTimeParseException e) {
                LOG.debug("An Outlook contact carried an unreadable lastModifiedDateTime; using the receive time");
            }
        }
        return clock.instant();
    }

    /** Running totals of one sync run. */
    private static final class Tally {
        private PageResult result = PageResult.NONE;
        private int pages;
        private int contacts;
    }
}
