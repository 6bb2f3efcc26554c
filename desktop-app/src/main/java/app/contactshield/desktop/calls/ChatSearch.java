package app.contactshield.desktop.calls;

import app.contactshield.desktop.links.TeamsLinks;
import app.contactshield.graphsync.store.StoreException;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The inline "chat a colleague" search of one call card: a query, the colleagues it finds (the caller first while
 * the query is empty), and whether nobody matched. Lives on the JavaFX thread; the directory is searched on
 * {@link CallServices#background()}, and only the newest search's answer is shown.
 */
public final class ChatSearch {
    private static final Logger LOG = LoggerFactory.getLogger(ChatSearch.class);
    private static final int RESULTS = 6;
    private static final TeamsLinks WEB_LINKS = new TeamsLinks(false);

    private final CallServices services;
    private final Supplier<List<Colleague>> callerColleagues;
    private final BooleanProperty open = new SimpleBooleanProperty();
    private final StringProperty query = new SimpleStringProperty("");
    private final ObservableList<Colleague> results = FXCollections.observableArrayList();
    private final ObservableList<Colleague> resultsView = FXCollections.unmodifiableObservableList(results);
    private final BooleanProperty noMatch = new SimpleBooleanProperty();
    private final AtomicLong ticket = new AtomicLong();

    ChatSearch(CallServices services, Supplier<List<Colleague>> callerColleagues) {
        this.services = services;
        this.callerColleagues = callerColleagues;
        query.addListener((obs, old, now) -> search(now));
    }

    /** Shows or hides the search; when opened for a colleague caller, lists them first. */
    public void toggle() {
        open.set(!open.get());
        if (open.get() && results.isEmpty()) {
            search(query.get());
        }
    }

    /** Opens a Teams chat with the colleague through the link opener and closes the search. */
    public void chatWith(Colleague colleague) {
        services.opener().open(WEB_LINKS.chat(colleague.userPrincipalName()));
        open.set(false);
    }

    private void search(String words) {
        long mine = ticket.incrementAndGet();
        if (words == null || words.isBlank()) {
            show(callerColleagues.get(), false);
            return;
        }
        services.background().execute(() -> {
            try {
                List<Colleague> found = services.colleagues().find(words, RESULTS);
                services.fx().execute(() -> {
                    if (ticket.get() == mine) {
                        show(found, true);
                    }
                });
            } catch (StoreException e) {
                LOG.warn("Colleague search failed", e);
            }
        });
    }

    private void show(List<Colleague> found, boolean searched) {
        results.setAll(found);
        noMatch.set(searched && found.isEmpty());
    }

    public ReadOnlyBooleanProperty openProperty() {
        return open;
    }

    public StringProperty queryProperty() {
        return query;
    }

    public ObservableList<Colleague> results() {
        return resultsView;
    }

    /** Whether the last search for a typed query found nobody (the card says so instead of an empty list). */
    public ReadOnlyBooleanProperty noMatchProperty() {
        return noMatch;
    }
}
