package app.contactshield.desktop.calls;

import app.contactshield.callerid.link.PhoneLinkException;
import app.contactshield.graphsync.store.CallLogEntry;
import app.contactshield.graphsync.store.StoreException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The call history: recent calls from the encrypted store, filtered by text and outcome, with call back and call
 * back anonymously. JavaFX thread; the store is read and the phone commanded on {@link CallServices#background()}.
 */
public final class CallHistoryViewModel {
    /** How many calls the window loads. */
    public static final int DEFAULT_LIMIT = 500;

    private static final Logger LOG = LoggerFactory.getLogger(CallHistoryViewModel.class);

    private final CallServices services;
    private final CallsText text;
    private final DateTimeFormatter timeFormat;
    private final int limit;
    private final ObservableList<CallRow> rows = FXCollections.observableArrayList();
    private final FilteredList<CallRow> visible = new FilteredList<>(rows);
    private final StringProperty filterText = new SimpleStringProperty("");
    private final ObjectProperty<OutcomeFilter> outcomeFilter = new SimpleObjectProperty<>(OutcomeFilter.ALL);
    private final ObjectProperty<CallRow> selected = new SimpleObjectProperty<>();
    private final BooleanProperty loading = new SimpleBooleanProperty();
    private final StringProperty status = new SimpleStringProperty("");
    private final StringProperty placeholder = new SimpleStringProperty("");

    /**
     * @param services what the history needs
     * @param zone     the time zone to show times in
     * @param limit    how many recent calls to load
     */
    public CallHistoryViewModel(CallServices services, ZoneId zone, int limit) {
        this.services = Objects.requireNonNull(services, "services");
        this.text = services.text();
        this.timeFormat = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(text.locale()).withZone(zone);
        this.limit = limit;
        visible.predicateProperty().bind(Bindings.createObjectBinding(
                () -> row -> outcomeFilter.get().accepts(row) && matches(row, filterText.get()),
                filterText, outcomeFilter));
        placeholder.bind(Bindings.createStringBinding(this::placeholderText, rows, loading, filterText,
                outcomeFilter));
    }

    /** What the empty table says: still loading, no calls at all, or no call matching the filters. */
    private String placeholderText() {
        if (loading.get() && rows.isEmpty()) {
            return text.get("history.placeholder.loading");
        }
        if (rows.isEmpty()) {
            return text.get("history.placeholder.none");
        }
        String query = filterText.get() == null ? "" : filterText.get().strip();
        boolean byOutcome = outcomeFilter.get() != OutcomeFilter.ALL;
        if (query.isEmpty()) {
            return byOutcome ? text.format("history.placeholder.noOutcome", filterName(outcomeFilter.get()))
                    : text.get("history.placeholder.none");
        }
        return byOutcome ? text.format("history.placeholder.noMatchIn", query, filterName(outcomeFilter.get()))
                : text.format("history.placeholder.noMatch", query);
    }

    /** What the table shows while it has no row to show; localized. */
    public ReadOnlyStringProperty placeholderProperty() {
        return placeholder;
    }

    /** Loads the recent calls again, off the JavaFX thread; newest first, whatever order the store keeps. */
    public void reload() {
        loading.set(true);
        services.background().execute(() -> {
            try {
                List<CallRow> loaded = services.store().recentCalls(limit).stream()
                        .sorted(Comparator.comparing(CallLogEntry::at).reversed()).map(this::row).toList();
                services.fx().execute(() -> {
                    rows.setAll(loaded);
                    loading.set(false);
                    status.set(loaded.isEmpty() ? text.get("history.empty") : "");
                });
            } catch (StoreException e) {
                LOG.error("Reading the call history failed", e);
                services.fx().execute(() -> {
                    loading.set(false);
                    status.set(text.get("history.error.load"));
                });
            }
        });
    }

    CallRow row(CallLogEntry entry) {
        String identification = entry.identification().isBlank()
                ? text.get(entry.number().isBlank() ? "caller.withheld" : "caller.unknown")
                : entry.identification();
        String numberText = entry.number().isBlank()
                ? text.get("caller.withheld")
                : PhoneNumbers.format(entry.number(), null, services.region(), text.get("phone.extension"));
        return new CallRow(entry.at(), timeFormat.format(entry.at()), identification, entry.number(), numberText,
                entry.direction(), text.get("direction." + entry.direction().name()), entry.outcome(),
                text.get("outcome." + entry.outcome().name()));
    }

    private static boolean matches(CallRow row, String query) {
        if (query == null || query.isBlank()) {
            return true;
        }
        String folded = ColleagueDirectory.fold(query);
        String digits = query.replaceAll("\\D", "").replaceFirst("^0+", "");
        if (ColleagueDirectory.fold(row.identification()).contains(folded)) {
            return true;
        }
        return !digits.isEmpty() && row.number().replaceAll("\\D", "").contains(digits);
    }

    /** Dials the selected call's number from the phone, showing the user's number. */
    public void callBack() {
        dial(false);
    }

    /** Dials the selected call's number from the phone with the user's number withheld. */
    public void callBackAnonymously() {
        dial(true);
    }

    private void dial(boolean hidden) {
        CallRow row = selected.get();
        if (row == null || !row.canCallBack()) {
            return;
        }
        status.set(text.format(hidden ? "history.dialingHidden" : "history.dialing", row.numberText()));
        services.background().execute(() -> {
            try {
                services.control().dial(row.number(), hidden);
            } catch (PhoneLinkException e) {
                LOG.warn("Dialling {} failed", PhoneNumbers.mask(row.number()), e);
                services.fx().execute(() -> status.set(text.get("call.error.command")));
            }
        });
    }

    /** Every loaded call that passes the filters, newest first. */
    public ObservableList<CallRow> visibleRows() {
        return visible;
    }

    public StringProperty filterTextProperty() {
        return filterText;
    }

    public ObjectProperty<OutcomeFilter> outcomeFilterProperty() {
        return outcomeFilter;
    }

    /** The call the buttons act on. */
    public ObjectProperty<CallRow> selectedProperty() {
        return selected;
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading;
    }

    public ReadOnlyStringProperty statusProperty() {
        return status;
    }

    /** The texts of this screen. */
    public CallsText text() {
        return text;
    }

    /** The localised name of a filter, for the filter box. */
    public String filterName(OutcomeFilter filter) {
        return text.get("filter." + filter.name());
    }
}
