package app.contactshield.desktop.ui.diagnostics;

import app.contactshield.callerid.index.NumberDiagnostics;
import app.contactshield.callerid.index.NumberDiagnostics.UnusableNumber;
import app.contactshield.desktop.ui.Messages;
import app.contactshield.desktop.ui.detail.SourceLabels;
import app.contactshield.graphsync.store.ContactStore;
import app.contactshield.graphsync.store.StoreException;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executor;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The state of the "Numbers that can't identify callers" screen: every stored number without an E.164 form, with the
 * person, the source and the reason in words. Reads the store on the workers and publishes on the JavaFX thread.
 */
public final class UnusableNumbersViewModel {
    private static final Logger LOG = LoggerFactory.getLogger(UnusableNumbersViewModel.class);

    private final ContactStore store;
    private final NumberDiagnostics diagnostics;
    private final Executor workers;
    private final Executor ui;
    private final Messages messages;
    private final SourceLabels sources;
    private final ObservableList<UnusableNumberRow> rows = FXCollections.observableArrayList();
    private final StringProperty heading = new SimpleStringProperty("");
    private final BooleanProperty loading = new SimpleBooleanProperty(false);
    private final BooleanProperty empty = new SimpleBooleanProperty(false);

    /**
     * @param store       the contact store
     * @param diagnostics finds the unusable numbers
     * @param workers     the background executor
     * @param ui          runs on the JavaFX thread
     * @param messages    texts
     */
    public UnusableNumbersViewModel(ContactStore store, NumberDiagnostics diagnostics, Executor workers, Executor ui,
            Messages messages) {
        this.store = store;
        this.diagnostics = diagnostics;
        this.workers = workers;
        this.ui = ui;
        this.messages = messages;
        this.sources = new SourceLabels(messages);
        heading.set(messages.get("unusable.loading"));
    }

    /** Reads the store again on the workers; JavaFX thread. */
    public void reload() {
        loading.set(true);
        heading.set(messages.get("unusable.loading"));
        workers.execute(() -> {
            try {
                List<UnusableNumberRow> found = diagnostics.unusableNumbers(store).stream().map(this::row).toList();
                ui.execute(() -> show(found));
            } catch (StoreException | RuntimeException e) {
                LOG.warn("The stored numbers could not be checked: {}", e.getClass().getSimpleName());
                ui.execute(this::failed);
            }
        });
    }

    private UnusableNumberRow row(UnusableNumber number) {
        return new UnusableNumberRow(number.person(), number.displayName(), number.raw(),
                messages.get("phone.type." + number.type().name().toLowerCase(Locale.ROOT)),
                sources.label(number.source()),
                messages.get("unusable.reason." + number.problem().name().toLowerCase(Locale.ROOT)));
    }

    private void show(List<UnusableNumberRow> found) {
        rows.setAll(found);
        empty.set(found.isEmpty());
        heading.set(found.isEmpty() ? messages.get("unusable.none") : messages.get("unusable.count", found.size()));
        loading.set(false);
    }

    private void failed() {
        rows.clear();
        empty.set(false);
        heading.set(messages.get("unusable.failed"));
        loading.set(false);
    }

    /** The unusable numbers, in the store's order of people. */
    public ObservableList<UnusableNumberRow> rows() {
        return rows;
    }

    /** "3 stored numbers can't identify a caller" once loaded, "Nothing to correct" for none; "Checking…" before. */
    public ReadOnlyStringProperty headingProperty() {
        return heading;
    }

    /** Whether the store is being read. */
    public ReadOnlyBooleanProperty loadingProperty() {
        return loading;
    }

    /** Whether every stored number can identify a caller (known only once loaded). */
    public ReadOnlyBooleanProperty emptyProperty() {
        return empty;
    }

    /** The empty state's text. */
    public String emptyText() {
        return messages.get("unusable.empty");
    }
}
