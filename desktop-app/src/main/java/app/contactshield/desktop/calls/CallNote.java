package app.contactshield.desktop.calls;

import app.contactshield.graphsync.store.StoreException;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The note about a known caller in one call card, kept in the encrypted store. Lives on the JavaFX thread; reading
 * and saving run on {@link CallServices#background()}.
 */
public final class CallNote {
    private static final Logger LOG = LoggerFactory.getLogger(CallNote.class);

    private final CallServices services;
    private final CallsText text;
    private final Supplier<Optional<CallerCandidate>> person;
    private final BooleanProperty open = new SimpleBooleanProperty();
    private final BooleanProperty available = new SimpleBooleanProperty();
    private final StringProperty note = new SimpleStringProperty("");
    private final StringProperty status = new SimpleStringProperty("");
    private boolean loaded;

    CallNote(CallServices services, Supplier<Optional<CallerCandidate>> person) {
        this.services = services;
        this.text = services.text();
        this.person = person;
    }

    /** Whether the caller is one known person, the only kind of caller a note can be about. */
    void setAvailable(boolean known) {
        available.set(known);
    }

    /** Shows or hides the editor; loads the stored note the first time it opens. */
    public void toggle() {
        open.set(!open.get() && available.get());
        Optional<CallerCandidate> caller = person.get();
        if (!open.get() || loaded || caller.isEmpty()) {
            return;
        }
        loaded = true;
        services.background().execute(() -> {
            try {
                Optional<String> stored = services.store().note(caller.get().key());
                services.fx().execute(() -> {
                    if (note.get().isEmpty()) {
                        note.set(stored.orElse(""));
                    }
                });
            } catch (StoreException e) {
                LOG.warn("Reading a note failed", e);
            }
        });
    }

    /** Saves the note in the encrypted store. */
    public void save() {
        Optional<CallerCandidate> caller = person.get();
        if (caller.isEmpty()) {
            return;
        }
        String written = note.get();
        status.set(text.get("note.saving"));
        services.background().execute(() -> {
            try {
                services.store().setNote(caller.get().key(), written);
                services.fx().execute(() -> status.set(text.get("note.saved")));
            } catch (StoreException e) {
                LOG.warn("Saving a note failed", e);
                services.fx().execute(() -> status.set(text.get("note.failed")));
            }
        });
    }

    public ReadOnlyBooleanProperty openProperty() {
        return open;
    }

    /** Whether a note can be written about this caller. */
    public ReadOnlyBooleanProperty availableProperty() {
        return available;
    }

    public StringProperty textProperty() {
        return note;
    }

    public ReadOnlyStringProperty statusProperty() {
        return status;
    }
}
