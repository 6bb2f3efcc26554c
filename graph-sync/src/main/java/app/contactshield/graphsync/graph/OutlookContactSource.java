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
 * The signed-in user's Outlook contacts ({@link SourceId#GRAPH_OUTLOOK}): the default folder and every folder below
 * it, however deeply nested ({@code /me/contactFolders} and each folder's {@code childFolders}), each read with its
 * own {@code /me/contactFolders/{id}/contacts/delta}. One cursor covers every folder
 * (see {@link FolderCursor}); a sync interrupted mid-round resumes in the folder it stopped in. Needs
 * {@code Contacts.Read}. Syncs on the calling thread, never the JavaFX thread.
 */
public final class OutlookContactSource implements ContactSource {
    /** The properties asked of Outlook contacts. */
    public static final String SELECT = "$select=id,displayName,givenName,surname,companyName,department,jobTitle,"
            + "officeLocation,emailAddresses,businessPhones,homePhones,mobilePhone,lastModifiedDateTime";
    private static final Logger LOG = LoggerFactory.getLogger(OutlookContactSource.class);
    /** How deep folders are followed below the default folder; Outlook itself nests far less. */
    private static final int MAX_DEPTH = 32;

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
        Folders listed = listFolders();
        List<String> folders = new ArrayList<>(listed.ids);
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
            runFolders(listed, stored, fullStart, sink, progress, tally);
        } catch (SyncException e) {
            if (!GraphClient.KEY_DELTA_EXPIRED.equals(e.userMessageKey())) {
                throw e;
            }
            LOG.warn("A delta token of {} expired; restarting it with a full sync", id());
            runFolders(listed, FolderCursor.State.EMPTY, true, sink, progress, tally);
        }
        progress.accept(new SyncProgress(id(), tally.pages, tally.contacts, true));
        Duration elapsed = Duration.ofNanos(System.nanoTime() - started);
        LOG.info("{} synced from {} folders: {} added, {} changed, {} removed in {} pages, {} ms", id(),
                folders.size(), tally.result.added(), tally.result.changed(), tally.result.removed(), tally.pages,
                elapsed.toMillis());
        return new SourceReport(id(), tally.result.added(), tally.result.changed(), tally.result.removed(),
                tally.pages, elapsed);
    }

    private void runFolders(Folders listed, FolderCursor.State stored, boolean fullStart, PageSink sink,
            Consumer<SyncProgress> progress, Tally tally) throws SyncException {
        List<String> folders = new ArrayList<>(listed.ids);
        Map<String, String> links = new LinkedHashMap<>(stored.links());
        Set<String> done = new LinkedHashSet<>(stored.done());
        boolean first = fullStart;
        for (int f = 0; f < folders.size(); f++) {
            String folder = folders.get(f);
            if (done.contains(folder) && f < folders.size() - 1) {
                continue;
            }
            String url = links.getOrDefault(folder, initialUrl(folder, listed));
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

    /**
     * The default folder (empty id) followed by every folder below it: the top-level folders of
     * {@code /me/contactFolders}, each followed depth-first by its {@code childFolders}, in Graph's order. The
     * default folder's own id is learnt from the top-level folders' {@code parentFolderId}.
     */
    private Folders listFolders() throws SyncException {
        Folders folders = new Folders();
        folders.ids.add(FolderCursor.DEFAULT_FOLDER);
        List<JsonNode> top = listing("me/contactFolders?$select=id,parentFolderId&$top=100", "folder list");
        for (JsonNode folder : top) {
            if (folders.defaultId == null) {
                folders.defaultId = GraphItems.text(folder, "parentFolderId");
            }
        }
        addWithChildren(top, folders, 1);
        return folders;
    }

    private void addWithChildren(List<JsonNode> level, Folders folders, int depth) throws SyncException {
        for (JsonNode folder : level) {
            String folderId = GraphItems.text(folder, "id");
            if (folderId == null || folderId.equals(folders.defaultId) || !folders.ids.add(folderId)) {
                continue;
            }
            if (depth >= MAX_DEPTH) {
                LOG.warn("{} has contact folders nested deeper than {} levels; the deeper ones are skipped", id(),
                        MAX_DEPTH);
                continue;
            }
            addWithChildren(listing("me/contactFolders/" + encode(folderId) + "/childFolders?$select=id&$top=100",
                    "child folder list"), folders, depth + 1);
        }
    }

    private List<JsonNode> listing(String relative, String what) throws SyncException {
        List<JsonNode> items = new ArrayList<>();
        String url = client.resolve(relative).toString();
        int page = 0;
        while (url != null) {
            page++;
            GraphPage listing = client.fetchPage(url, id() + " " + what + " page " + page);
            listing.items().forEach(items::add);
            url = listing.nextLink();
        }
        return items;
    }

    /**
     * The first delta request of a folder. Every folder uses Graph's documented per-folder delta; only when the
     * default folder's id is unknown (the mailbox has no other folder) does the default folder fall back to
     * {@code /me/contacts/delta}.
     */
    private String initialUrl(String folder, Folders folders) {
        if (FolderCursor.DEFAULT_FOLDER.equals(folder)) {
            return folders.defaultId == null ? client.resolve("me/contacts/delta?" + SELECT).toString()
                    : client.resolve("me/contactFolders/" + encode(folders.defaultId) + "/contacts/delta?" + SELECT)
                            .toString();
        }
        return client.resolve("me/contactFolders/" + encode(folder) + "/contacts/delta?" + SELECT).toString();
    }

    private static String encode(String folderId) {
        return URLEncoder.encode(folderId, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** The folders of one sync: ids in sync order (the default folder first, as the empty id) and its real id. */
    private static final class Folders {
        private final Set<String> ids = new LinkedHashSet<>();
        private String defaultId;
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
