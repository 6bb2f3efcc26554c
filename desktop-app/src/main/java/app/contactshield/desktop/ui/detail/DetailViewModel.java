package app.contactshield.desktop.ui.detail;

import app.contactshield.callerid.call.AnonymousDialing;
import app.contactshield.callerid.link.LinkState;
import app.contactshield.callerid.link.PhoneLink;
import app.contactshield.callerid.link.PhoneLinkException;
import app.contactshield.desktop.links.LinkOpener;
import app.contactshield.desktop.links.TeamsLinks;
import app.contactshield.desktop.ui.Messages;
import app.contactshield.desktop.ui.presence.PresenceFeed;
import app.contactshield.desktop.ui.presence.PresenceView;
import app.contactshield.desktop.ui.settings.SettingKey;
import app.contactshield.desktop.ui.settings.SettingsModel;
import app.contactshield.graphsync.model.ContactField;
import app.contactshield.graphsync.model.Person;
import app.contactshield.graphsync.model.PersonKey;
import app.contactshield.graphsync.store.ContactStore;
import app.contactshield.graphsync.store.StoreException;
import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import java.time.Clock;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.function.BiConsumer;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The detail pane of one person: numbers with their kind and source, e-mail, presence, and the actions (call
 * through the paired phone, call anonymously, Teams audio, video and chat, mail, favourite). Reads the store and
 * talks to the phone on the background executor; properties change on the JavaFX thread.
 */
public final class DetailViewModel {
    private static final Logger LOG = LoggerFactory.getLogger(DetailViewModel.class);
    private static final PhoneNumberUtil PHONES = PhoneNumberUtil.getInstance();

    private final ContactStore store;
    private final PhoneLink phone;
    private final PresenceFeed presenceFeed;
    private final SettingsModel settings;
    private final LinkOpener links;
    private final Supplier<TeamsLinks> teams;
    private final BiConsumer<PersonKey, Boolean> favourites;
    private final Executor background;
    private final Executor ui;
    private final String anonymousDialPrefix;
    private final Messages messages;
    private final SourceLabels sources;
    private final PresenceText presenceText;
    private final ObjectProperty<Person> person = new SimpleObjectProperty<>(this, "person");
    private final StringProperty name = new SimpleStringProperty(this, "name", "");
    private final StringProperty initials = new SimpleStringProperty(this, "initials", "");
    private final StringProperty jobLine = new SimpleStringProperty(this, "jobLine", "");
    private final StringProperty company = new SimpleStringProperty(this, "company", "");
    private final StringProperty office = new SimpleStringProperty(this, "office", "");
    private final Map<ContactField, StringProperty> fieldSources = new EnumMap<>(ContactField.class);
    private final ObservableList<NumberRow> numbers = FXCollections.observableArrayList();
    private final ObservableList<EmailRow> emails = FXCollections.observableArrayList();
    private final ObservableList<String> sourceBadges = FXCollections.observableArrayList();
    private final BooleanProperty favourite = new SimpleBooleanProperty(this, "favourite");
    private final BooleanProperty teamsAvailable = new SimpleBooleanProperty(this, "teamsAvailable");
    private final StringProperty teamsReason = new SimpleStringProperty(this, "teamsReason", "");
    private final BooleanProperty phoneReady = new SimpleBooleanProperty(this, "phoneReady");
    private final StringProperty phoneReason = new SimpleStringProperty(this, "phoneReason", "");
    private final StringProperty feedback = new SimpleStringProperty(this, "feedback", "");
    private final ObjectProperty<PresenceView> presence = new SimpleObjectProperty<>(this, "presence");
    private final StringProperty presenceLine = new SimpleStringProperty(this, "presenceLine", "");
    private final StringProperty presenceAge = new SimpleStringProperty(this, "presenceAge", "");
    private final BooleanProperty presenceStale = new SimpleBooleanProperty(this, "presenceStale");

    /**
     * The collaborators of the detail pane, grouped to keep the constructor readable.
     *
     * @param anonymousDialPrefix the policy's prefix that hides the user's number, or {@code null} for the default
     *                            of the user's country (see {@link AnonymousDialing})
     */
    public record Services(ContactStore store, PhoneLink phone, PresenceFeed presence, SettingsModel settings,
            LinkOpener links, Supplier<TeamsLinks> teams, BiConsumer<PersonKey, Boolean> favourites,
            Executor background, Executor ui, Clock clock, String anonymousDialPrefix) {

        /** Services without a policy prefix for anonymous calls. */
        public Services(ContactStore store, PhoneLink phone, PresenceFeed presence, SettingsModel settings,
                LinkOpener links, Supplier<TeamsLinks> teams, BiConsumer<PersonKey, Boolean> favourites,
                Executor background, Executor ui, Clock clock) {
            this(store, phone, presence, settings, links, teams, favourites, background, ui, clock, null);
        }
    }

    /**
     * @param services collaborators
     * @param messages texts
     */
    public DetailViewModel(Services services, Messages messages) {
        this.store = services.store();
        this.phone = services.phone();
        this.presenceFeed = services.presence();
        this.settings = services.settings();
        this.links = services.links();
        this.teams = services.teams();
        this.favourites = services.favourites();
        this.background = services.background();
        this.ui = services.ui();
        this.anonymousDialPrefix = services.anonymousDialPrefix();
        this.messages = messages;
        this.sources = new SourceLabels(messages);
        this.presenceText = new PresenceText(messages, services.clock());
        for (ContactField field : ContactField.values()) {
            fieldSources.put(field, new SimpleStringProperty(this, "source" + field, ""));
        }
    }

    /** Follows presence and phone changes. */
    public void start() {
        presenceFeed.addListener(this::presenceChanged);
        updatePhone(phone.state());
    }

    /** Loads a person in the background and shows them; {@code null} clears the pane. */
    public void show(PersonKey key) {
        if (key == null) {
            ui.execute(() -> apply(null, false));
            return;
        }
        background.execute(() -> {
            try {
                Optional<Person> loaded = store.person(key);
                boolean isFavourite = store.favourites().contains(key);
                ui.execute(() -> apply(loaded.orElse(null), isFavourite));
            } catch (StoreException e) {
                LOG.error("A person could not be read from the store", e);
                ui.execute(() -> feedback.set(messages.get("detail.storeError")));
            }
        });
    }

    /** Shows an already loaded person. Call on the JavaFX thread. */
    public void apply(Person loaded, boolean isFavourite) {
        feedback.set("");
        favourite.set(loaded != null && isFavourite);
        numbers.clear();
        emails.clear();
        sourceBadges.clear();
        fieldSources.values().forEach(p -> p.set(""));
        if (loaded == null) {
            name.set("");
            initials.set("");
            jobLine.set("");
            company.set("");
            office.set("");
            presence.set(null);
            updatePresence();
            person.set(null);
            return;
        }
        name.set(blankToEmpty(loaded.displayName()));
        initials.set(initialsOf(loaded));
        jobLine.set(String.join(" · ", nonBlank(loaded.jobTitle(), loaded.department())));
        company.set(blankToEmpty(loaded.company()));
        office.set(blankToEmpty(loaded.office()));
        loaded.fieldSources().forEach((field, source) -> fieldSources.get(field).set(sources.label(source)));
        loaded.phones().forEach(p -> numbers.add(numberRow(p)));
        loaded.emails().forEach(address -> emails.add(new EmailRow(address)));
        loaded.records().stream().map(r -> sources.label(r.source())).distinct().forEach(sourceBadges::add);
        boolean hasUpn = loaded.userPrincipalName() != null && !loaded.userPrincipalName().isBlank();
        teamsAvailable.set(hasUpn);
        teamsReason.set(hasUpn ? "" : messages.get("detail.teams.noUpn"));
        presence.set(presenceFeed.presence(loaded.key()).orElse(null));
        updatePresence();
        person.set(loaded);
    }

    private NumberRow numberRow(Person.SourcedPhone sourced) {
        String type = messages.get("phone.type." + sourced.number().type().name().toLowerCase(java.util.Locale.ROOT));
        String dial = sourced.number().e164Form().orElse(sourced.number().raw());
        String display = sourced.number().e164Form().map(DetailViewModel::formatted).orElse(sourced.number().raw());
        if (sourced.number().extension() != null) {
            display = display + " " + messages.get("phone.extension", sourced.number().extension());
        }
        return new NumberRow(type, display, dial, sources.label(sourced.source()));
    }

    private static String formatted(String e164) {
        try {
            return PHONES.format(PHONES.parse(e164, "ZZ"), PhoneNumberUtil.PhoneNumberFormat.INTERNATIONAL);
        } catch (NumberParseException e) {
            return e164;
        }
    }

    /** Dials a number through the paired phone, with the user's number hidden when {@code anonymous}. */
    public void dial(NumberRow row, boolean anonymous) {
        if (!phoneReady.get()) {
            feedback.set(phoneReason.get());
            return;
        }
        feedback.set(messages.get(anonymous ? "detail.dialling.anonymous" : "detail.dialling", row.display(),
                phone.state().phoneName()));
        background.execute(() -> {
            try {
                AnonymousDialing.DialRequest request = anonymous
                        ? AnonymousDialing.plan(row.dial(), AnonymousDialing.hidesNatively(phone.state()),
                                settings.value(SettingKey.REGION), anonymousDialPrefix)
                        : new AnonymousDialing.DialRequest(row.dial(), false);
                phone.dial(request.number(), request.hideCallerId());
            } catch (PhoneLinkException e) {
                LOG.warn("The phone refused to dial", e);
                ui.execute(() -> feedback.set(messages.get("detail.dialFailed")));
            }
        });
    }

    /** Starts a Teams audio call. */
    public void teamsAudioCall() {
        upn().ifPresent(upn -> links.open(teams.get().audioCall(upn)));
    }

    /** Starts a Teams video call. */
    public void teamsVideoCall() {
        upn().ifPresent(upn -> links.open(teams.get().videoCall(upn)));
    }

    /** Opens a Teams chat. */
    public void teamsChat() {
        upn().ifPresent(upn -> links.open(teams.get().chat(upn)));
    }

    /** Writes an e-mail in the mail program. */
    public void email(EmailRow row) {
        links.open(TeamsLinks.mail(row.address()));
    }

    /** Flips the favourite mark. */
    public void toggleFavourite() {
        Person current = person.get();
        if (current != null) {
            favourite.set(!favourite.get());
            favourites.accept(current.key(), favourite.get());
        }
    }

    /** Takes a new link state; call on the JavaFX thread. */
    public void updatePhone(LinkState state) {
        phoneReady.set(state.connected());
        phoneReason.set(state.connected() ? "" : messages.get("detail.phone.none"));
    }

    /** Re-reads the age of the presence on screen (called by a timer). */
    public void updatePresence() {
        PresenceView view = presence.get();
        presenceLine.set(view == null ? "" : presenceText.line(view));
        presenceAge.set(view == null ? "" : presenceText.age(view));
        presenceStale.set(view != null && presenceText.isStale(view, settings.presenceInterval()));
    }

    private void presenceChanged(Set<PersonKey> changed) {
        ui.execute(() -> {
            Person current = person.get();
            if (current != null && changed.contains(current.key())) {
                presence.set(presenceFeed.presence(current.key()).orElse(null));
                updatePresence();
            }
        });
    }

    private Optional<String> upn() {
        Person current = person.get();
        if (current == null || current.userPrincipalName() == null || current.userPrincipalName().isBlank()) {
            return Optional.empty();
        }
        return Optional.of(current.userPrincipalName());
    }

    private static String initialsOf(Person person) {
        StringBuilder out = new StringBuilder(2);
        for (String part : blankToEmpty(person.displayName()).split("\\s+")) {
            if (!part.isEmpty() && out.length() < 2 && Character.isLetter(part.codePointAt(0))) {
                out.appendCodePoint(Character.toUpperCase(part.codePointAt(0)));
            }
        }
        return out.toString();
    }

    private static List<String> nonBlank(String... values) {
        return java.util.Arrays.stream(values).filter(v -> v != null && !v.isBlank()).toList();
    }

    private static String blankToEmpty(String value) {
        return value == null ? "" : value.strip();
    }

    public ObjectProperty<Person> personProperty() {
        return person;
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty initialsProperty() {
        return initials;
    }

    public StringProperty jobLineProperty() {
        return jobLine;
    }

    public StringProperty companyProperty() {
        return company;
    }

    public StringProperty officeProperty() {
        return office;
    }

    /** The localized source of a field's value, empty when the field has none. */
    public StringProperty fieldSourceProperty(ContactField field) {
        return fieldSources.get(field);
    }

    public ObservableList<NumberRow> numbers() {
        return numbers;
    }

    public ObservableList<EmailRow> emails() {
        return emails;
    }

    public ObservableList<String> sourceBadges() {
        return sourceBadges;
    }

    public BooleanProperty favouriteProperty() {
        return favourite;
    }

    public BooleanProperty teamsAvailableProperty() {
        return teamsAvailable;
    }

    public StringProperty teamsReasonProperty() {
        return teamsReason;
    }

    public BooleanProperty phoneReadyProperty() {
        return phoneReady;
    }

    public StringProperty phoneReasonProperty() {
        return phoneReason;
    }

    public StringProperty feedbackProperty() {
        return feedback;
    }

    public ObjectProperty<PresenceView> presenceProperty() {
        return presence;
    }

    public StringProperty presenceLineProperty() {
        return presenceLine;
    }

    public StringProperty presenceAgeProperty() {
        return presenceAge;
    }

    public BooleanProperty presenceStaleProperty() {
        return presenceStale;
    }
}
