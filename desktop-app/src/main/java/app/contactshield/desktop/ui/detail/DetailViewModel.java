package app.contactshield.desktop.ui.detail;

import app.contactshield.callerid.call.AnonymousDialing;
import app.contactshield.callerid.link.CallState;
import app.contactshield.callerid.link.LinkState;
import app.contactshield.callerid.link.PhoneCall;
import app.contactshield.callerid.link.PhoneLink;
import app.contactshield.callerid.link.PhoneLinkException;
import app.contactshield.callerid.link.PhoneLinkListener;
import app.contactshield.desktop.links.LinkOpener;
import app.contactshield.desktop.links.TeamsLinks;
import app.contactshield.desktop.ui.Messages;
import app.contactshield.desktop.ui.PhoneNames;
import app.contactshield.desktop.ui.presence.PresenceFeed;
import app.contactshield.desktop.ui.settings.SettingKey;
import app.contactshield.desktop.ui.settings.SettingsModel;
import app.contactshield.graphsync.model.Person;
import app.contactshield.graphsync.model.PersonKey;
import app.contactshield.graphsync.store.ContactStore;
import app.contactshield.graphsync.store.StoreException;
import java.time.Clock;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The detail pane of one person: what is known about them ({@link PersonDetails}), their presence
 * ({@link DetailPresence}) and the actions (call through the paired phone, call anonymously, Teams audio, video and
 * chat, mail, favourite). Reads the store and talks to the phone on the background executor; properties change on
 * the JavaFX thread. Follows the phone link from {@link #start()} until {@link #close()}.
 */
public final class DetailViewModel implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(DetailViewModel.class);

    private final ContactStore store;
    private final PhoneLink phone;
    private final PresenceFeed presenceFeed;
    private final LinkOpener links;
    private final Supplier<TeamsLinks> teams;
    private final FavouriteMarks favourites;
    private final Executor background;
    private final Executor ui;
    private final SettingsModel settings;
    private final String anonymousDialPrefix;
    private final Messages messages;
    private final PersonDetails details;
    private final DetailPresence presence;
    private final PhoneLinkListener phoneListener = new PhoneLinkListener() {
        @Override
        public void callChanged(PhoneCall call) {
            if (call.state() == CallState.ACTIVE || call.state() == CallState.ENDED) {
                ui.execute(DetailViewModel.this::callProgressed);
            }
        }

        @Override
        public void linkChanged(LinkState state) {
            ui.execute(() -> updatePhone(state));
        }
    };
    private final Consumer<Set<PersonKey>> presenceListener = this::presenceChanged;
    private final ObjectProperty<Person> person = new SimpleObjectProperty<>(this, "person");
    private final BooleanProperty favourite = new SimpleBooleanProperty(this, "favourite");
    private final BooleanProperty teamsAvailable = new SimpleBooleanProperty(this, "teamsAvailable");
    private final StringProperty teamsReason = new SimpleStringProperty(this, "teamsReason", "");
    private final BooleanProperty phoneReady = new SimpleBooleanProperty(this, "phoneReady");
    private final StringProperty phoneReason = new SimpleStringProperty(this, "phoneReason", "");
    private final StringProperty feedback = new SimpleStringProperty(this, "feedback", "");
    private String diallingText;
    /** The person last asked for: a slower load of someone asked for earlier must not replace them. */
    private PersonKey requested;

    /**
     * The collaborators of the detail pane, grouped to keep the constructor readable.
     *
     * @param anonymousDialPrefix the policy's prefix that hides the user's number, or {@code null} for the default
     *                            of the user's country (see {@link AnonymousDialing})
     */
    public record Services(ContactStore store, PhoneLink phone, PresenceFeed presence, SettingsModel settings,
            LinkOpener links, Supplier<TeamsLinks> teams, FavouriteMarks favourites,
            Executor background, Executor ui, Clock clock, String anonymousDialPrefix) {

        /** Services without a policy prefix for anonymous calls. */
        public Services(ContactStore store, PhoneLink phone, PresenceFeed presence, SettingsModel settings,
                LinkOpener links, Supplier<TeamsLinks> teams, FavouriteMarks favourites,
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
        this.links = services.links();
        this.teams = services.teams();
        this.favourites = services.favourites();
        this.background = services.background();
        this.ui = services.ui();
        this.settings = services.settings();
        this.anonymousDialPrefix = services.anonymousDialPrefix();
        this.messages = messages;
        this.details = new PersonDetails(messages, () -> services.settings().value(SettingKey.REGION));
        this.presence = new DetailPresence(messages, services.clock(), services.settings());
    }

    /** Follows presence changes and the phone link: a phone that connects later enables the Call buttons. */
    public void start() {
        presenceFeed.addListener(presenceListener);
        phone.addListener(phoneListener);
        updatePhone(phone.state());
    }

    /** Stops following the phone link and presence. */
    @Override
    public void close() {
        phone.removeListener(phoneListener);
        presenceFeed.removeListener(presenceListener);
    }

    /**
     * Loads a person in the background and shows them; {@code null} clears the pane. Call on the JavaFX thread. Only
     * the person asked for last is shown, so a list that is redrawn (deselected and selected again) does not blank
     * the pane. The star shows the favourite mark as it is when the person arrives, not the store's older reading.
     */
    public void show(PersonKey key) {
        requested = key;
        if (key == null) {
            ui.execute(() -> {
                if (requested == null) {
                    apply(null, false);
                }
            });
            return;
        }
        background.execute(() -> {
            try {
                Optional<Person> loaded = store.person(key);
                ui.execute(() -> {
                    if (key.equals(requested)) {
                        apply(loaded.orElse(null), favourites.isFavourite(key));
                    }
                });
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
        details.show(loaded);
        boolean hasUpn = loaded != null && loaded.userPrincipalName() != null
                && !loaded.userPrincipalName().isBlank();
        teamsAvailable.set(hasUpn);
        teamsReason.set(hasUpn || loaded == null ? "" : messages.get("detail.teams.noUpn"));
        presence.show(loaded == null ? null : presenceFeed.presence(loaded.key()).orElse(null));
        person.set(loaded);
    }

    /** "Calling … on …" gives way once the call is answered or over: the call window and Recent calls show it. */
    private void callProgressed() {
        if (diallingText != null && diallingText.equals(feedback.get())) {
            feedback.set("");
        }
        diallingText = null;
    }

    /** Dials a number through the paired phone, with the user's number hidden when {@code anonymous}. */
    public void dial(NumberRow row, boolean anonymous) {
        if (!phoneReady.get()) {
            feedback.set(phoneReason.get());
            return;
        }
        diallingText = messages.get(anonymous ? "detail.dialling.anonymous" : "detail.dialling", row.display(),
                PhoneNames.shown(phone.state(), messages));
        feedback.set(diallingText);
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
        upn().ifPresent(upn -> links.open(teams.get().audioCall(upn), unopenable("detail.teams.unopenable")));
    }

    /** Starts a Teams video call. */
    public void teamsVideoCall() {
        upn().ifPresent(upn -> links.open(teams.get().videoCall(upn), unopenable("detail.teams.unopenable")));
    }

    /** Opens a Teams chat. */
    public void teamsChat() {
        upn().ifPresent(upn -> links.open(teams.get().chat(upn), unopenable("detail.teams.unopenable")));
    }

    /** Writes an e-mail in the mail program. */
    public void email(EmailRow row) {
        links.open(TeamsLinks.mail(row.address()), unopenable("detail.email.unopenable"));
    }

    private Runnable unopenable(String messageKey) {
        return () -> ui.execute(() -> feedback.set(messages.get(messageKey)));
    }

    /**
     * Follows a favourite marked or unmarked elsewhere (the favourites editor): the star of the person shown changes
     * without selecting them again. Call on the JavaFX thread.
     */
    public void favouriteChanged(PersonKey key, boolean isFavourite) {
        Person current = person.get();
        if (current != null && current.key().equals(key)) {
            favourite.set(isFavourite);
        }
    }

    /** Flips the favourite mark. */
    public void toggleFavourite() {
        Person current = person.get();
        if (current != null) {
            favourite.set(!favourite.get());
            favourites.mark(current.key(), favourite.get());
        }
    }

    /** Takes a new link state; call on the JavaFX thread. */
    public void updatePhone(LinkState state) {
        phoneReady.set(state.connected());
        phoneReason.set(state.connected() ? "" : messages.get("detail.phone.none"));
    }

    /**
     * Reads the presence of the person on screen again from the feed the result list reads, and its age (called by a
     * timer): the pane shows what the list shows, even from a feed that renews presence without telling listeners.
     */
    public void updatePresence() {
        Person current = person.get();
        presence.show(current == null ? null : presenceFeed.presence(current.key()).orElse(null));
    }

    private void presenceChanged(Set<PersonKey> changed) {
        ui.execute(() -> {
            Person current = person.get();
            if (current != null && changed.contains(current.key())) {
                presence.show(presenceFeed.presence(current.key()).orElse(null));
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

    public ObjectProperty<Person> personProperty() {
        return person;
    }

    /** The name on screen; short for {@code details().nameProperty()}. */
    public StringProperty nameProperty() {
        return details.nameProperty();
    }

    /** What the pane says about the person on screen. */
    public PersonDetails details() {
        return details;
    }

    /** The presence of the person on screen. */
    public DetailPresence presence() {
        return presence;
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
}
