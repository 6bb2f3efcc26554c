package app.contactshield.desktop.ui.main;

import app.contactshield.desktop.HeapFootprint;
import app.contactshield.desktop.search.SearchHit;
import app.contactshield.desktop.search.SearchIndex;
import app.contactshield.desktop.search.SearchResult;
import app.contactshield.desktop.ui.Messages;
import app.contactshield.desktop.ui.detail.PresenceText;
import app.contactshield.desktop.ui.presence.PresenceFeed;
import app.contactshield.desktop.ui.presence.PresenceView;
import app.contactshield.desktop.ui.settings.SettingsModel;
import app.contactshield.graphsync.model.PersonKey;
import app.contactshield.graphsync.store.ContactStore;
import app.contactshield.graphsync.store.StoreException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.BiConsumer;
import java.util.function.Predicate;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Search as you type over the whole store. The index is built on the background executor from the people the store
 * streams one at a time (never the whole list at once) and swapped in on the UI executor; every change of {@link
 * #queryProperty()} then queries it synchronously (a few milliseconds even for 300,000 people) and replaces the
 * result rows. Until the first complete index shows, indexes of the people read so far are swapped in as the store
 * is read ({@link StreamedIndexBuild}), so a search typed at once answers over them and is refreshed as more arrive,
 * and {@link #indexingProperty()} says how far it got. Later rebuilds (after a sync) keep the complete index in use
 * until the new one is done; builds run one at a time. Properties are read and written on the JavaFX thread.
 */
public final class SearchViewModel {
    /** The most rows the list shows; the summary states the full count. */
    public static final int LIMIT = 200;
    private static final int WATCHED_ROWS = 60;
    /** From this many people on, building the index leaves enough garbage to collect it at once (see HeapFootprint). */
    private static final int RELEASE_HEAP_FROM = 20_000;
    private static final Logger LOG = LoggerFactory.getLogger(SearchViewModel.class);

    private final ContactStore store;
    private final PresenceFeed presence;
    private final SettingsModel settings;
    private final Executor background;
    private final Executor ui;
    private final Messages messages;
    private final Clock clock;
    private final PresenceText presenceText;
    private final StringProperty query = new SimpleStringProperty(this, "query", "");
    private final ObservableList<ResultRow> rows = FXCollections.observableArrayList();
    private final ObjectProperty<ResultRow> selected = new SimpleObjectProperty<>(this, "selected");
    private final StringProperty summary = new SimpleStringProperty(this, "summary", "");
    private final StringProperty emptyText = new SimpleStringProperty(this, "emptyText", "");
    private final BooleanProperty loading = new SimpleBooleanProperty(this, "loading", true);
    private final IntegerProperty total = new SimpleIntegerProperty(this, "total");
    private final StringProperty indexing = new SimpleStringProperty(this, "indexing", "");
    private final AtomicBoolean rebuildPending = new AtomicBoolean();
    private final AtomicInteger builds = new AtomicInteger();
    private final ReentrantLock buildLock = new ReentrantLock();
    private final FavouriteEdits favouriteEdits = new FavouriteEdits();
    private final FavouriteOrder favouriteOrder = new FavouriteOrder();
    private final List<BiConsumer<PersonKey, Boolean>> favouriteListeners = new CopyOnWriteArrayList<>();
    private volatile SearchIndex index = SearchIndex.empty();
    private volatile boolean complete;
    private final CompletableFuture<Void> firstComplete = new CompletableFuture<>();
    private int shownGeneration;

    /**
     * @param store      where people come from
     * @param presence   where presence comes from
     * @param settings   for the presence interval
     * @param background runs store reads and index builds
     * @param ui         runs on the JavaFX thread ({@code Platform::runLater} in the app)
     * @param messages   texts
     * @param clock      for presence age
     */
    public SearchViewModel(ContactStore store, PresenceFeed presence, SettingsModel settings, Executor background,
            Executor ui, Messages messages, Clock clock) {
        this.store = store;
        this.presence = presence;
        this.settings = settings;
        this.background = background;
        this.ui = ui;
        this.messages = messages;
        this.clock = clock;
        this.presenceText = new PresenceText(messages, clock);
        query.addListener((obs, old, text) -> refresh());
    }

    /** Builds the first index and follows store and presence changes. */
    public void start() {
        store.addListener(changed -> scheduleRebuild());
        presence.addListener(this::presenceChanged);
        scheduleRebuild();
    }

    private void scheduleRebuild() {
        if (rebuildPending.compareAndSet(false, true)) {
            background.execute(this::rebuild);
        }
    }

    private void rebuild() {
        rebuildPending.set(false);
        int generation = builds.incrementAndGet();
        buildLock.lock();
        try {
            build(generation);
        } finally {
            buildLock.unlock();
        }
    }

    /**
     * Builds from the store; until a complete index shows, hands out snapshots as the store is read. The heap may
     * grow freely meanwhile; a build of a big store is collected once it shows (see HeapFootprint).
     */
    private void build(int generation) {
        long started = System.nanoTime();
        HeapFootprint.workStarted();
        boolean handedOver = false;
        try {
            List<PersonKey> order = store.orderedFavourites();
            StreamedIndexBuild build = new StreamedIndexBuild(SearchIndex.builder(new LinkedHashSet<>(order)),
                    store.recordEstimate(), () -> !complete && builds.get() == generation,
                    (partial, records, expected) -> indexed(generation, partial, records, expected));
            store.forEachPerson(build::add);
            SearchIndex built = build.finish();
            LOG.info("Search index built: {} people in {} ms", built.size(), (System.nanoTime() - started) / 1_000_000);
            boolean large = built.size() >= RELEASE_HEAP_FROM;
            ui.execute(() -> {
                favouriteOrder.set(order);
                show(built, generation, true);
                if (large) {
                    background.execute(() -> HeapFootprint.workEnded(true));
                } else {
                    HeapFootprint.workEnded(false);
                }
            });
            handedOver = true;
        } catch (StoreException e) {
            LOG.error("The search index could not read the store", e);
            ui.execute(() -> {
                loading.set(false);
                indexing.set("");
                emptyText.set(messages.get("search.storeError"));
                firstComplete.complete(null);
            });
        } finally {
            if (!handedOver) {
                HeapFootprint.workEnded(false);
            }
        }
    }

    /** Replaces the index with a complete one and re-runs the current query. Call on the JavaFX thread. */
    public void useIndex(SearchIndex built) {
        show(built, builds.get(), true);
    }

    /** Shows an index unless a newer build's index shows already; a partial one says how far indexing got. */
    private void show(SearchIndex shown, int generation, boolean whole) {
        if (generation < shownGeneration || complete && !whole) {
            return;
        }
        shownGeneration = generation;
        favouriteEdits.applyTo(shown, generation);
        index = shown;
        complete |= whole;
        loading.set(false);
        if (whole) {
            indexing.set("");
        }
        refresh();
        presence.watchFavourites(shown.favouriteHits().stream().map(hit -> hit.entry().key()).toList());
        if (whole) {
            firstComplete.complete(null);
        }
    }

    /** Reading thread: a snapshot or progress of the first build goes to the JavaFX thread. */
    private void indexed(int generation, SearchIndex partial, int records, int expected) {
        String text = messages.get("search.indexing", records, expected);
        ui.execute(() -> {
            if (partial != null) {
                show(partial, generation, false);
            }
            if (!complete && generation >= shownGeneration) {
                indexing.set(text);
            }
        });
    }

    /**
     * Completes on the JavaFX thread when the first complete index shows (or the first build failed): from then on
     * the start's other work may have the processor.
     */
    public CompletionStage<Void> firstIndexComplete() {
        return firstComplete;
    }

    /** Whether the index in use holds everyone the store held when it was read. */
    public boolean isComplete() {
        return complete;
    }

    /** The index in use. */
    public SearchIndex index() {
        return index;
    }

    /** Re-runs the current query against the current index and replaces the rows. */
    public void refresh() {
        String text = query.get() == null ? "" : query.get();
        SearchResult result = index.query(text, LIMIT);
        PersonKey previouslySelected = selected.get() == null ? null : selected.get().hit().entry().key();
        Instant now = clock.instant();
        List<SearchHit> hits = text.isBlank() ? favouriteOrder.favouritesFirst(result.hits()) : result.hits();
        List<ResultRow> updated = new ArrayList<>(hits.size());
        for (SearchHit hit : hits) {
            updated.add(rowOf(hit, now));
        }
        rows.setAll(updated);
        total.set(result.total());
        summary.set(summaryOf(text, result));
        emptyText.set(emptyTextOf(text));
        presence.watch(updated.stream().limit(WATCHED_ROWS).map(row -> row.hit().entry().key()).toList());
        reselect(previouslySelected);
    }

    private ResultRow rowOf(SearchHit hit, Instant now) {
        PresenceView view = presence.presence(hit.entry().key()).orElse(null);
        boolean stale = view != null && view.isStale(now, settings.presenceInterval());
        return new ResultRow(hit, view, stale, stale ? presenceText.age(view) : "");
    }

    /**
     * Reads the presence of the rows again and re-evaluates how old it is (called by a timer, and for the rows whose
     * presence changed): only rows that would look different are replaced, so the list redraws just those cells.
     * "updated 6 min ago" becomes "updated 7 min ago", a presence that aged turns stale, one fetched again turns live.
     */
    public void updatePresence() {
        updateRows(row -> true);
    }

    private void updateRows(Predicate<PersonKey> which) {
        Instant now = clock.instant();
        for (int i = 0; i < rows.size(); i++) {
            ResultRow row = rows.get(i);
            if (which.test(row.hit().entry().key())) {
                ResultRow updated = rowOf(row.hit(), now);
                if (!updated.drawnAlike(row)) {
                    rows.set(i, updated);
                }
            }
        }
    }

    /** Whether the index in use marks a person as favourite: what the list's stars show. JavaFX thread. */
    public boolean isFavourite(PersonKey key) {
        return index.isFavourite(key);
    }

    private void reselect(PersonKey key) {
        if (key == null) {
            return;
        }
        for (ResultRow row : rows) {
            if (row.hit().entry().key().equals(key)) {
                selected.set(row);
                return;
            }
        }
    }

    private String summaryOf(String text, SearchResult result) {
        if (loading.get()) {
            return messages.get("search.loading");
        }
        if (text.isBlank()) {
            return messages.get("search.everyone", result.total());
        }
        return messages.get("search.found", result.total());
    }

    private String emptyTextOf(String text) {
        if (loading.get() || !complete) {
            return messages.get("search.loading");
        }
        if (text.isBlank()) {
            return messages.get("search.emptyStore");
        }
        return messages.get("search.noneFound", text.strip());
    }

    private void presenceChanged(Set<PersonKey> changed) {
        ui.execute(() -> updateRows(changed::contains));
    }

    /**
     * Marks or unmarks a favourite in the store (in the background) and in the index (at once); a new favourite goes
     * last. Favourite listeners are told at once, so that every screen showing the person follows.
     */
    public void setFavourite(PersonKey key, boolean favourite) {
        index.setFavourite(key, favourite);
        favouriteEdits.marked(key, favourite);
        if (favourite) {
            favouriteOrder.add(key);
        } else {
            favouriteOrder.remove(key);
        }
        refresh();
        favouriteListeners.forEach(listener -> listener.accept(key, favourite));
        presence.watchFavourites(index.favouriteHits().stream().map(hit -> hit.entry().key()).toList());
        background.execute(() -> {
            try {
                store.setFavourite(key, favourite);
            } catch (StoreException e) {
                LOG.error("A favourite could not be saved", e);
            }
            favouriteEdits.saved(key, favourite, builds.get() + 1);
        });
    }

    /** The favourites in the user's order. */
    public List<SearchHit> favouritesInOrder() {
        return favouriteOrder.sorted(index.favouriteHits());
    }

    /** Puts the favourites in a new order, at once here and in the store in the background. */
    public void reorderFavourites(List<PersonKey> order) {
        favouriteOrder.set(order);
        refresh();
        List<PersonKey> saved = List.copyOf(order);
        background.execute(() -> {
            try {
                store.reorderFavourites(saved);
            } catch (StoreException e) {
                LOG.error("The order of the favourites could not be saved", e);
            }
        });
    }

    /** Registers a listener told on the JavaFX thread each time a person is marked or unmarked as favourite. */
    public void addFavouriteListener(BiConsumer<PersonKey, Boolean> listener) {
        favouriteListeners.add(listener);
    }

    /** Clears the query (Esc). */
    public void clear() {
        query.set("");
    }

    public StringProperty queryProperty() {
        return query;
    }

    public ObservableList<ResultRow> rows() {
        return rows;
    }

    public ObjectProperty<ResultRow> selectedProperty() {
        return selected;
    }

    public StringProperty summaryProperty() {
        return summary;
    }

    public StringProperty emptyTextProperty() {
        return emptyText;
    }

    public BooleanProperty loadingProperty() {
        return loading;
    }

    /** While the first index is read from the store: how far it got ("Indexing 45,000 of 100,000…"), else empty. */
    public StringProperty indexingProperty() {
        return indexing;
    }

    public IntegerProperty totalProperty() {
        return total;
    }
}
