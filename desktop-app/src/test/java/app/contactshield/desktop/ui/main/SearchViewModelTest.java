package app.contactshield.desktop.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import app.contactshield.desktop.TestPeople;
import app.contactshield.desktop.ui.Messages;
import app.contactshield.desktop.ui.TickingClock;
import app.contactshield.desktop.ui.presence.Availability;
import app.contactshield.desktop.ui.presence.PresenceView;
import app.contactshield.desktop.ui.presence.StaticPresenceFeed;
import app.contactshield.desktop.ui.sample.InMemoryContactStore;
import app.contactshield.desktop.ui.settings.UserSettings;
import app.contactshield.graphsync.model.Person;
import app.contactshield.graphsync.store.ContactStore;
import app.contactshield.graphsync.store.StoreException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.collections.ListChangeListener;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SearchViewModelTest {
    private static final Instant NOW = Instant.parse("2026-12-03T10:00:00Z");

    private final List<Person> people = TestPeople.directory();
    private final InMemoryContactStore store = InMemoryContactStore.of(people);
    private final StaticPresenceFeed presence = new StaticPresenceFeed();
    private SearchViewModel model;

    @BeforeEach
    void startModel() {
        model = new SearchViewModel(store, presence, UserSettings.inMemory(), Runnable::run, Runnable::run,
                Messages.forLocale(Locale.ENGLISH), Clock.fixed(NOW, ZoneOffset.UTC));
        model.start();
    }

    private List<String> shownNames() {
        return model.rows().stream().map(row -> row.hit().entry().displayName()).toList();
    }

    @Test
    void listsEveryoneAlphabeticallyWhenNothingIsTyped() {
        assertThat(model.loadingProperty().get()).isFalse();
        assertThat(shownNames()).hasSize(6).startsWith("Ada Beispiel");
        assertThat(model.summaryProperty().get()).isEqualTo("6 people · favourites first");
    }

    @Test
    void buildsTheIndexFromPeopleStreamedByTheStoreWithoutAskingForTheWholeList() {
        ContactStore streamingOnly = (ContactStore) Proxy.newProxyInstance(ContactStore.class.getClassLoader(),
                new Class<?>[] {ContactStore.class}, (proxy, method, args) -> {
                    if (method.getName().equals("people")) {
                        throw new StoreException("store.error.read", "the whole list was asked for");
                    }
                    try {
                        return method.invoke(store, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
        SearchViewModel streamed = new SearchViewModel(streamingOnly, presence, UserSettings.inMemory(),
                Runnable::run, Runnable::run, Messages.forLocale(Locale.ENGLISH), Clock.fixed(NOW, ZoneOffset.UTC));

        streamed.start();
        streamed.queryProperty().set("müller");

        assertThat(streamed.index().size()).isEqualTo(6);
        assertThat(streamed.rows()).extracting(row -> row.hit().entry().displayName())
                .containsExactlyInAnyOrder("Jürgen Müller", "Sabine Mueller", "Marco Muller");
    }

    @Test
    void collectsTheBuildsGarbageInTheBackgroundOnlyAfterBuildingALargeIndex() {
        List<Person> many = new java.util.ArrayList<>();
        for (int i = 0; i < 20_000; i++) {
            many.add(TestPeople.customer("Zora Person" + i, "Zora", "Person" + i, "Mannheim Maschinenbau", "Buyer",
                    "p" + i + "@mannheim.example", "+49 621 555 " + (1000 + i)));
        }
        List<String> smallTasks = new java.util.ArrayList<>();
        List<String> largeTasks = new java.util.ArrayList<>();

        startWith(InMemoryContactStore.of(people), smallTasks);
        SearchViewModel large = startWith(InMemoryContactStore.of(many), largeTasks);

        assertThat(smallTasks).hasSize(1);
        assertThat(largeTasks).hasSize(2);
        assertThat(large.totalProperty().get()).isEqualTo(20_000);
    }

    private SearchViewModel startWith(InMemoryContactStore source, List<String> backgroundTasks) {
        SearchViewModel started = new SearchViewModel(source, presence, UserSettings.inMemory(), task -> {
            backgroundTasks.add(task.toString());
            task.run();
        }, Runnable::run, Messages.forLocale(Locale.ENGLISH), Clock.fixed(NOW, ZoneOffset.UTC));
        started.start();
        return started;
    }

    @Test
    void narrowsTheResultsWithEveryKeystroke() {
        model.queryProperty().set("m");
        int afterM = model.rows().size();
        model.queryProperty().set("mu");
        model.queryProperty().set("mül");

        assertThat(afterM).isGreaterThan(3);
        assertThat(shownNames()).containsExactlyInAnyOrder("Jürgen Müller", "Sabine Mueller", "Marco Muller");
        assertThat(model.summaryProperty().get()).isEqualTo("3 matches");
    }

    @Test
    void saysWhoWasNotFound() {
        model.queryProperty().set("Zebulon");

        assertThat(model.rows()).isEmpty();
        assertThat(model.emptyTextProperty().get()).isEqualTo("No one found for “Zebulon”");
    }

    @Test
    void clearsTheQueryOnEscape() {
        model.queryProperty().set("lena");

        model.clear();

        assertThat(model.queryProperty().get()).isEmpty();
        assertThat(model.rows()).hasSize(6);
    }

    @Test
    void putsANewFavouriteFirstAndStoresIt() {
        Person lena = people.get(4);

        model.setFavourite(lena.key(), true);

        assertThat(shownNames().get(0)).isEqualTo("Lena Vogel");
        assertThat(model.rows().get(0).hit().favourite()).isTrue();
        assertThat(store.favourites()).containsExactly(lena.key());
    }

    @Test
    void showsPresenceAndMarksItStaleAfterThreeIntervals() {
        Person ada = people.get(0);
        Person juergen = people.get(1);
        presence.put(ada.key(), new PresenceView(Availability.BUSY, "InACall", "", "", NOW.minusSeconds(20)));
        presence.put(juergen.key(), new PresenceView(Availability.AVAILABLE, "Available", "", "",
                NOW.minus(Duration.ofSeconds(91))));

        ResultRow adaRow = model.rows().get(0);
        ResultRow juergenRow = model.rows().stream()
                .filter(r -> r.hit().entry().key().equals(juergen.key())).findFirst().orElseThrow();

        assertThat(adaRow.presence().availability()).isEqualTo(Availability.BUSY);
        assertThat(adaRow.stale()).isFalse();
        assertThat(juergenRow.stale()).isTrue();
    }

    @Test
    void theAgeOfAStalePresenceTicksOnAndOnlyRowsThatLookDifferentAreRedrawn() {
        Person ada = people.get(0);
        Person juergen = people.get(1);
        TickingClock clock = new TickingClock(NOW);
        SearchViewModel ticking = new SearchViewModel(store, presence, UserSettings.inMemory(), Runnable::run,
                Runnable::run, Messages.forLocale(Locale.ENGLISH), clock);
        ticking.start();
        presence.put(ada.key(), new PresenceView(Availability.BUSY, "InACall", "", "", NOW.minusSeconds(20)));
        presence.put(juergen.key(), new PresenceView(Availability.AVAILABLE, "Available", "", "",
                NOW.minus(Duration.ofMinutes(6))));
        List<Integer> redrawn = new ArrayList<>();
        ticking.rows().addListener((ListChangeListener<ResultRow>) change -> {
            while (change.next()) {
                for (int i = change.getFrom(); i < change.getTo(); i++) {
                    redrawn.add(i);
                }
            }
        });
        int juergenAt = indexOf(ticking, juergen);
        String before = ticking.rows().get(juergenAt).age();

        clock.advance(Duration.ofSeconds(30));
        ticking.updatePresence();
        List<Integer> afterHalfAMinute = List.copyOf(redrawn);
        clock.advance(Duration.ofSeconds(30));
        ticking.updatePresence();

        assertThat(before).isEqualTo("updated 6 min ago");
        assertThat(afterHalfAMinute).as("nothing looks different yet").isEmpty();
        assertThat(ticking.rows().get(juergenAt).age()).isEqualTo("updated 7 min ago");
        assertThat(redrawn).as("only Jürgen's row is redrawn").containsExactly(juergenAt);
        assertThat(ticking.rows().get(indexOf(ticking, ada)).stale()).isFalse();
    }

    @Test
    void aPresenceThatAgesUnrenewedTurnsStaleOnTheNextTickAndLiveWhenFetchedAgain() {
        Person ada = people.get(0);
        TickingClock clock = new TickingClock(NOW);
        SearchViewModel ticking = new SearchViewModel(store, presence, UserSettings.inMemory(), Runnable::run,
                Runnable::run, Messages.forLocale(Locale.ENGLISH), clock);
        ticking.start();
        presence.put(ada.key(), new PresenceView(Availability.BUSY, "InACall", "", "", NOW));

        clock.advance(Duration.ofSeconds(95));
        ticking.updatePresence();
        ResultRow aged = ticking.rows().get(indexOf(ticking, ada));
        presence.put(ada.key(), new PresenceView(Availability.AVAILABLE, "Available", "", "", clock.instant()));
        ResultRow renewed = ticking.rows().get(indexOf(ticking, ada));

        assertThat(aged.stale()).isTrue();
        assertThat(aged.age()).isEqualTo("updated 1 min ago");
        assertThat(renewed.stale()).isFalse();
        assertThat(renewed.age()).isEmpty();
        assertThat(renewed.presence().availability()).isEqualTo(Availability.AVAILABLE);
    }

    private static int indexOf(SearchViewModel model, Person person) {
        for (int i = 0; i < model.rows().size(); i++) {
            if (model.rows().get(i).hit().entry().key().equals(person.key())) {
                return i;
            }
        }
        throw new AssertionError(person.displayName() + " is not listed");
    }

    @Test
    void tellsThePresenceFeedWhoIsOnScreen() {
        model.queryProperty().set("contoso");

        assertThat(presence.watched()).hasSize(4);
    }

    @Test
    void rebuildsTheIndexWhenTheStoreChanges() {
        Person newcomer = TestPeople.customer("Nora Hansen", "Nora", "Hansen", "Northwind Traders GmbH",
                "Managing Director", "nora.hansen@northwind.example", "+49 89 7104 2401");
        model.queryProperty().set("nora");

        store.put(newcomer);

        assertThat(shownNames()).containsExactly("Nora Hansen");
    }
}
