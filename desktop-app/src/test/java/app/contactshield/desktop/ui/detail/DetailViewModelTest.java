package app.contactshield.desktop.ui.detail;

import static org.assertj.core.api.Assertions.assertThat;

import app.contactshield.callerid.demo.AgProfile;
import app.contactshield.callerid.demo.DemoPhoneLink;
import app.contactshield.callerid.link.LinkState;
import app.contactshield.callerid.link.PhoneLink;
import app.contactshield.desktop.TestPeople;
import app.contactshield.desktop.links.CapturingLinkOpener;
import app.contactshield.desktop.links.DesktopLinkOpener;
import app.contactshield.desktop.links.LinkOpener;
import app.contactshield.desktop.links.TeamsLinks;
import app.contactshield.desktop.ui.Messages;
import app.contactshield.desktop.ui.presence.Availability;
import app.contactshield.desktop.ui.TickingClock;
import app.contactshield.desktop.ui.presence.PresenceFeed;
import app.contactshield.desktop.ui.presence.PresenceView;
import app.contactshield.desktop.ui.presence.StaticPresenceFeed;
import app.contactshield.desktop.ui.sample.InMemoryContactStore;
import app.contactshield.desktop.ui.sample.SamplePhoneLink;
import app.contactshield.desktop.ui.settings.SettingKey;
import app.contactshield.desktop.ui.settings.UserSettings;
import app.contactshield.graphsync.model.ContactField;
import app.contactshield.graphsync.model.Person;
import app.contactshield.graphsync.model.PersonKey;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

class DetailViewModelTest {
    private static final Instant NOW = Instant.parse("2026-12-03T10:00:00Z");

    private final List<Person> people = TestPeople.directory();
    private final Person ada = people.get(0);
    private final Person lena = people.get(4);
    private final InMemoryContactStore store = InMemoryContactStore.of(people);
    private final StaticPresenceFeed presence = new StaticPresenceFeed();
    private final CapturingLinkOpener links = new CapturingLinkOpener();
    private LinkOpener opener = links;
    private final List<Map.Entry<PersonKey, Boolean>> favourites = new ArrayList<>();
    private SamplePhoneLink phone = SamplePhoneLink.demo();
    private PhoneLink switchable;
    private boolean teamsClient;
    private final UserSettings settings = UserSettings.inMemory();
    private String policyPrefix;
    private final Set<PersonKey> marked = new HashSet<>();
    private final FavouriteMarks marks = new FavouriteMarks() {
        @Override
        public boolean isFavourite(PersonKey key) {
            return marked.contains(key);
        }

        @Override
        public void mark(PersonKey key, boolean favourite) {
            favourites.add(Map.entry(key, favourite));
        }
    };
    private Executor background = Runnable::run;
    private Executor ui = Runnable::run;
    private PresenceFeed presenceFeed = presence;
    private Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);

    private DetailViewModel model() {
        PhoneLink link = switchable == null ? phone : switchable;
        DetailViewModel model = new DetailViewModel(new DetailViewModel.Services(store, link, presenceFeed,
                settings, opener, () -> new TeamsLinks(teamsClient), marks, background, ui, clock,
                policyPrefix), Messages.forLocale(Locale.ENGLISH));
        model.start();
        return model;
    }

    @Test
    void showsEveryNumberWithItsKindAndSource() {
        DetailViewModel model = model();

        model.show(ada.key());

        assertThat(model.details().nameProperty().get()).isEqualTo("Ada Beispiel");
        assertThat(model.details().initialsProperty().get()).isEqualTo("AB");
        assertThat(model.details().jobLineProperty().get()).isEqualTo("Head of Customer Service · Customer Service");
        assertThat(model.details().numbers()).containsExactly(
                new NumberRow("Business", "089 71041201", "+498971041201", "Directory"));
        assertThat(model.details().emails()).containsExactly(new EmailRow("ada.beispiel@contoso.example"));
        assertThat(model.details().fieldSourceProperty(ContactField.COMPANY).get()).isEqualTo("Directory");
        assertThat(model.details().sourceBadges()).containsExactly("Directory");
    }

    @Test
    void opensExactlyTheTeamsWebLinks() {
        DetailViewModel model = model();
        model.show(ada.key());

        model.teamsAudioCall();
        model.teamsVideoCall();
        model.teamsChat();

        assertThat(links.opened()).containsExactly(
                URI.create("https://teams.microsoft.com/l/call/0/0?users=ada.beispiel@contoso.example"),
                URI.create("https://teams.microsoft.com/l/call/0/0?users=ada.beispiel@contoso.example&withVideo=true"),
                URI.create("https://teams.microsoft.com/l/chat/0/0?users=ada.beispiel@contoso.example"));
    }

    @Test
    void usesTheClientSchemeWhenTeamsIsInstalled() {
        teamsClient = true;
        DetailViewModel model = model();
        model.show(ada.key());

        model.teamsChat();

        assertThat(links.opened()).containsExactly(
                URI.create("msteams:/l/chat/0/0?users=ada.beispiel@contoso.example"));
    }

    @Test
    void disablesTeamsWithAReasonForContactsWithoutAnAccount() {
        DetailViewModel model = model();

        model.show(lena.key());
        model.teamsAudioCall();

        assertThat(model.teamsAvailableProperty().get()).isFalse();
        assertThat(model.teamsReasonProperty().get()).contains("no Microsoft 365 account");
        assertThat(links.opened()).isEmpty();
    }

    @Test
    void callingGivesWayOnceTheDemoPhonesCallIsAnswered() throws Exception {
        try (DemoPhoneLink demo = DemoPhoneLink.start(AgProfile.iphoneLike(), Duration.ZERO, Duration.ofMillis(50))) {
            demo.setup().get(10, TimeUnit.SECONDS);
            switchable = demo;
            DetailViewModel model = model();
            model.show(ada.key());
            CompletableFuture<String> cleared = new CompletableFuture<>();

            model.dial(model.details().numbers().get(0), false);
            assertThat(model.feedbackProperty().get()).isEqualTo("Calling 089 71041201 on Demo phone…");
            model.feedbackProperty().addListener((obs, old, now) -> {
                if (now.isEmpty()) {
                    cleared.complete(old);
                }
            });

            assertThat(cleared.get(10, TimeUnit.SECONDS)).startsWith("Calling");
        }
    }

    @Test
    void dialsThroughThePairedPhoneOpenlyOrAnonymously() {
        DetailViewModel model = model();
        model.show(ada.key());
        NumberRow business = model.details().numbers().get(0);

        model.dial(business, false);
        model.dial(business, true);

        assertThat(phone.dialled()).containsExactly("+498971041201", "#31#+498971041201");
        assertThat(model.feedbackProperty().get()).contains("with your number hidden").contains("Pixel 8");
    }

    @Test
    void hidesTheNumberWithTheCountrysPrefixWhenTheLinkCannotHideItItself() {
        phone = new SamplePhoneLink(new LinkState(true, "Pixel 8", "Hands-free", ""));
        settings.set(SettingKey.REGION, "US");
        DetailViewModel model = model();
        model.show(ada.key());

        model.dial(model.details().numbers().get(0), true);

        assertThat(phone.dialled()).containsExactly("*67+498971041201");
    }

    @Test
    void hidesTheNumberWithThePolicysPrefixWhenItSetsOne() {
        phone = new SamplePhoneLink(new LinkState(true, "Pixel 8", "PipeWire", ""));
        policyPrefix = "141";
        DetailViewModel model = model();
        model.show(ada.key());

        model.dial(model.details().numbers().get(0), true);

        assertThat(phone.dialled()).containsExactly("141+498971041201");
    }

    @Test
    void refusesToDialWithoutAPhoneAndSaysWhy() {
        phone = new SamplePhoneLink(LinkState.disconnected("oFono", "No modem"));
        DetailViewModel model = model();
        model.show(ada.key());

        model.dial(model.details().numbers().get(0), false);

        assertThat(phone.dialled()).isEmpty();
        assertThat(model.feedbackProperty().get()).isEqualTo("No phone is paired, so calls cannot start from here.");
    }

    @Test
    void aPhoneThatConnectsLaterEnablesTheCallButtons() {
        SwitchablePhoneLink later = new SwitchablePhoneLink(LinkState.disconnected("Hands-free", "No phone in range"));
        switchable = later;
        DetailViewModel model = model();
        model.show(ada.key());

        later.announce(new LinkState(true, "Pixel 8", "Hands-free", ""));
        model.dial(model.details().numbers().get(0), false);

        assertThat(model.phoneReadyProperty().get()).isTrue();
        assertThat(model.phoneReasonProperty().get()).isEmpty();
        assertThat(later.dialled()).containsExactly("+498971041201");
    }

    @Test
    void aPhoneThatDisconnectsDisablesTheCallButtonsWithAReason() {
        SwitchablePhoneLink later = new SwitchablePhoneLink(new LinkState(true, "Pixel 8", "Hands-free", ""));
        switchable = later;
        DetailViewModel model = model();

        later.announce(LinkState.disconnected("Hands-free", "Out of range"));

        assertThat(model.phoneReadyProperty().get()).isFalse();
        assertThat(model.phoneReasonProperty().get()).isEqualTo("No phone is paired, so calls cannot start from here.");
    }

    @Test
    void stopsFollowingThePhoneWhenClosed() {
        SwitchablePhoneLink later = new SwitchablePhoneLink(LinkState.disconnected("Hands-free", "No phone in range"));
        switchable = later;
        DetailViewModel model = model();

        model.close();
        later.announce(new LinkState(true, "Pixel 8", "Hands-free", ""));

        assertThat(model.phoneReadyProperty().get()).isFalse();
        assertThat(later.listenerCount()).isZero();
    }

    @Test
    void saysInThePaneWhenNoProgramCanOpenTheTeamsLink() {
        opener = new DesktopLinkOpener(uri -> { }, Runnable::run, "Linux", List.of());
        DetailViewModel model = model();
        model.show(ada.key());

        model.teamsAudioCall();

        assertThat(model.feedbackProperty().get())
                .isEqualTo("Teams could not be opened: no browser or Teams app is set up to open links.");
    }

    @Test
    void writesMailThroughTheLinkOpener() {
        DetailViewModel model = model();
        model.show(lena.key());

        model.email(model.details().emails().get(0));

        assertThat(links.opened()).containsExactly(URI.create("mailto:lena.vogel@fabrikam.example"));
    }

    @Test
    void showsPresenceWithActivityStatusOutOfOfficeAndAge() {
        presence.put(ada.key(), new PresenceView(Availability.BUSY, "InACall", "Back at 3", "On leave until Monday",
                NOW.minusSeconds(95)));
        DetailViewModel model = model();

        model.show(ada.key());

        assertThat(model.presence().lineProperty().get()).isEqualTo("Busy · In a call");
        assertThat(model.presence().ageProperty().get()).isEqualTo("updated 1 min ago");
        assertThat(model.presence().staleProperty().get()).isTrue();
        assertThat(model.presence().viewProperty().get().outOfOffice()).isEqualTo("On leave until Monday");
    }

    @Test
    void followsPresenceChangesOfTheShownPerson() {
        DetailViewModel model = model();
        model.show(ada.key());

        presence.put(ada.key(), new PresenceView(Availability.AVAILABLE, "Available", "", "", NOW.minusSeconds(5)));

        assertThat(model.presence().lineProperty().get()).isEqualTo("Available");
        assertThat(model.presence().staleProperty().get()).isFalse();
    }

    @Test
    void togglesTheFavourite() {
        DetailViewModel model = model();
        model.show(ada.key());

        model.toggleFavourite();

        assertThat(model.favouriteProperty().get()).isTrue();
        assertThat(favourites).containsExactly(Map.entry(ada.key(), true));
    }

    @Test
    void theStarFollowsAFavouriteChangedElsewhereOnlyForThePersonShown() {
        DetailViewModel model = model();
        model.show(ada.key());

        model.favouriteChanged(lena.key(), true);
        boolean afterSomeoneElse = model.favouriteProperty().get();
        model.favouriteChanged(ada.key(), true);
        boolean afterAda = model.favouriteProperty().get();
        model.favouriteChanged(ada.key(), false);

        assertThat(afterSomeoneElse).isFalse();
        assertThat(afterAda).isTrue();
        assertThat(model.favouriteProperty().get()).isFalse();
        assertThat(favourites).as("nothing is written back").isEmpty();
    }

    @Test
    void theStarShowsTheMarkAsItIsWhenThePersonArrivesNotTheStoresOlderReading() {
        Queue<Runnable> reads = new ArrayDeque<>();
        background = reads::add;
        DetailViewModel model = model();
        model.show(ada.key());

        marked.add(ada.key());
        reads.forEach(Runnable::run);

        assertThat(model.nameProperty().get()).isEqualTo("Ada Beispiel");
        assertThat(model.favouriteProperty().get()).as("marked in the list while the store was read").isTrue();
    }

    @Test
    void aListRedrawnUnderThePersonShownKeepsThemAndTheirStar() {
        Queue<Runnable> reads = new ArrayDeque<>();
        Queue<Runnable> fxEvents = new ArrayDeque<>();
        background = reads::add;
        ui = fxEvents::add;
        marked.add(ada.key());
        DetailViewModel model = model();
        model.show(ada.key());
        reads.poll().run();
        fxEvents.poll().run();
        List<Person> shown = new ArrayList<>();
        model.personProperty().addListener((obs, old, now) -> shown.add(now));

        model.show(null);
        model.show(ada.key());
        reads.poll().run();
        while (!fxEvents.isEmpty()) {
            fxEvents.poll().run();
        }

        assertThat(shown).as("the pane never blanks").doesNotContainNull();
        assertThat(model.nameProperty().get()).isEqualTo("Ada Beispiel");
        assertThat(model.favouriteProperty().get()).isTrue();
    }

    @Test
    void aSlowerReadOfSomeoneAskedForEarlierDoesNotReplaceThePersonAskedForLast() {
        Queue<Runnable> reads = new ArrayDeque<>();
        background = reads::add;
        DetailViewModel model = model();

        model.show(ada.key());
        model.show(lena.key());
        Runnable adaRead = reads.poll();
        reads.poll().run();
        adaRead.run();

        assertThat(model.nameProperty().get()).isEqualTo("Lena Vogel");
    }

    @Test
    void theTimerReadsThePresenceAgainFromTheFeedTheListReads() {
        TickingClock ticking = new TickingClock(NOW);
        clock = ticking;
        Map<PersonKey, PresenceView> renewedSilently = new HashMap<>();
        presenceFeed = new PresenceFeed() {
            @Override
            public Optional<PresenceView> presence(PersonKey key) {
                return Optional.ofNullable(renewedSilently.get(key));
            }

            @Override
            public void addListener(Consumer<Set<PersonKey>> listener) {
                // Renews presence without telling anyone, as the demo feed does.
            }

            @Override
            public void removeListener(Consumer<Set<PersonKey>> listener) {
                // Nothing was registered.
            }
        };
        renewedSilently.put(ada.key(), new PresenceView(Availability.AVAILABLE, "Available", "", "", NOW));
        DetailViewModel model = model();
        model.show(ada.key());

        ticking.advance(Duration.ofMinutes(5));
        renewedSilently.put(ada.key(), new PresenceView(Availability.BUSY, "InACall", "", "",
                ticking.instant().minusSeconds(4)));
        model.updatePresence();

        assertThat(model.presence().staleProperty().get()).isFalse();
        assertThat(model.presence().ageProperty().get()).isEqualTo("updated 4 s ago");
        assertThat(model.presence().lineProperty().get()).isEqualTo("Busy · In a call");
    }
}
