package app.contactshield.desktop.ui.detail;

import app.contactshield.desktop.ui.Messages;
import app.contactshield.desktop.ui.presence.PresenceView;
import app.contactshield.desktop.ui.settings.SettingsModel;
import java.time.Clock;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** The presence shown in the detail pane, in words, with its age and whether it is stale. JavaFX thread only. */
public final class DetailPresence {
    private final SettingsModel settings;
    private final PresenceText text;
    private final ObjectProperty<PresenceView> view = new SimpleObjectProperty<>(this, "view");
    private final StringProperty line = new SimpleStringProperty(this, "line", "");
    private final StringProperty age = new SimpleStringProperty(this, "age", "");
    private final BooleanProperty stale = new SimpleBooleanProperty(this, "stale");

    DetailPresence(Messages messages, Clock clock, SettingsModel settings) {
        this.settings = settings;
        this.text = new PresenceText(messages, clock);
    }

    /** Shows a presence; {@code null} for none. */
    void show(PresenceView presence) {
        view.set(presence);
        refresh();
    }

    /** Re-reads the age of the presence on screen. */
    void refresh() {
        PresenceView current = view.get();
        line.set(current == null ? "" : text.line(current));
        age.set(current == null ? "" : text.age(current));
        stale.set(current != null && text.isStale(current, settings.presenceInterval()));
    }

    /** The presence on screen, {@code null} when there is none. */
    public ObjectProperty<PresenceView> viewProperty() {
        return view;
    }

    /** "Busy · In a call". */
    public StringProperty lineProperty() {
        return line;
    }

    /** "updated 1 min ago". */
    public StringProperty ageProperty() {
        return age;
    }

    /** Whether the presence is older than three polling intervals. */
    public BooleanProperty staleProperty() {
        return stale;
    }
}
